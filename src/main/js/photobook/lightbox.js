// The photo book's lightbox. The gallery is plain HTML that works without JavaScript: every
// photo is a link to its largest JPEG with its caption in a <figcaption>. This script opens the
// links in PhotoSwipe (keyboard, swipe, pinch-zoom), shows the figure's caption and credit, and
// keeps the URL hash (#photo-3) in step so a photo can be linked to. A page may hold several
// galleries (the :::gallery component of any page): each opens its own photos.
import PhotoSwipeLightbox from "photoswipe/lightbox";
import PhotoSwipe from "photoswipe";
import "photoswipe/style.css";
import "./lightbox.css";

for (const gallery of document.querySelectorAll("[data-lightbox]")) {
  const links = Array.from(gallery.querySelectorAll("a[data-pswp-width]"));
  const strings = gallery.dataset;
  // the link of the photo on show (at "change", currSlide may still be the previous slide)
  const current = (pswp) => pswp.getItemData(pswp.currIndex)?.element;
  const lightbox = new PhotoSwipeLightbox({
    gallery,
    children: "a[data-pswp-width]",
    pswpModule: PhotoSwipe,
    bgOpacity: 0.94,
    showHideAnimationType: "fade",
    closeTitle: strings.close,
    zoomTitle: strings.zoom,
    arrowPrevTitle: strings.prev,
    arrowNextTitle: strings.next,
    errorMsg: strings.error,
    indexIndicatorSep: " / ",
    // focus goes back to the photo last on show (below), not to the one that opened the lightbox
    returnFocus: false,
  });

  lightbox.on("uiRegister", () => {
    lightbox.pswp.ui.registerElement({
      name: "caption",
      order: 9,
      isButton: false,
      appendTo: "root",
      html: "",
      onInit: (el, pswp) => {
        el.setAttribute("aria-live", "polite");
        const show = () => {
          const figure = current(pswp)?.closest("figure");
          const caption = figure?.querySelector("figcaption");
          el.innerHTML = caption ? caption.innerHTML : "";
          el.lang = caption?.lang || document.documentElement.lang;
          el.hidden = !caption;
        };
        pswp.on("change", show);
        show();
      },
    });
  });

  // the URL names the open photo, so it can be shared and the back button closes it
  lightbox.on("change", () => {
    const id = current(lightbox.pswp)?.closest("figure")?.id;
    if (id) {
      history.replaceState(null, "", "#" + id);
    }
  });
  // closing puts the keyboard focus on the photo that was on show, so the visitor goes on from there
  let last = null;
  lightbox.on("close", () => {
    last = current(lightbox.pswp);
    history.replaceState(null, "", location.pathname + location.search);
  });
  lightbox.on("destroy", () => {
    last?.focus();
    last = null;
  });
  lightbox.init();

  const openFromHash = () => {
    const id = decodeURIComponent(location.hash.slice(1));
    const index = links.findIndex((a) => a.closest("figure")?.id === id);
    if (index >= 0 && !lightbox.pswp) {
      lightbox.loadAndOpen(index);
    }
  };
  window.addEventListener("hashchange", openFromHash);
  openFromHash();
}
