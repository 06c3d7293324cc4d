// Photo Sphere Viewer's own controls, made usable with a screen reader and the keyboard. PSV draws
// its navbar buttons and gallery thumbnails as <div tabindex="0" title="…"> with no role, reacting
// to Enter only; the zoom slider has no name; the caption (the room's name) is a Tab stop that
// does nothing; and the closed gallery keeps its thumbnails focusable below the stage, where focus
// cannot be seen. We cannot change PSV's markup from its options, so this fixes it after PSV has
// made it, and again whenever PSV adds or replaces parts (a MutationObserver on the viewer).

/** Keeps PSV's controls inside `container` (the viewer's element) accessible; returns a function that re-applies at once. */
export function accessibleControls(container) {
  const apply = () => {
    for (const button of container.querySelectorAll(".psv-navbar .psv-button[tabindex]:not(.psv-caption)")) {
      asButton(button, button.title);
      // the on/off buttons (autorotate, gallery, gyroscope, stereo, fullscreen) show their state as a class
      if (button.matches(".psv-autorotate-button, .psv-gallery-button, .psv-gyroscope-button, .psv-stereo-button, .psv-fullscreen-button")) {
        const pressed = String(button.classList.contains("psv-button--active"));
        if (button.getAttribute("aria-pressed") !== pressed) {
          button.setAttribute("aria-pressed", pressed);
        }
      }
    }
    // the zoom slider is for the mouse only (no Tab stop, no keys) and repeats the zoom buttons
    for (const range of container.querySelectorAll(".psv-navbar .psv-zoom-range:not([aria-hidden])")) {
      range.setAttribute("aria-hidden", "true");
    }
    const caption = container.querySelector(".psv-navbar .psv-caption");
    if (caption?.hasAttribute("tabindex")) {
      caption.removeAttribute("tabindex");
      caption.querySelector(".psv-caption-content")?.setAttribute("aria-live", "polite");
    }
    for (const item of container.querySelectorAll(".psv-gallery-item")) {
      asButton(item, item.querySelector(".psv-gallery-item-title")?.textContent.trim() ?? "");
    }
    const gallery = container.querySelector(".psv-gallery");
    if (gallery) {
      const closed = !gallery.classList.contains("psv-gallery--open");
      if (gallery.inert !== closed) {
        gallery.inert = closed;
      }
    }
  };
  let queued = false;
  const observer = new MutationObserver(() => {
    if (!queued) {
      queued = true;
      queueMicrotask(() => {
        queued = false;
        apply();
      });
    }
  });
  // the navbar and the gallery, not the whole viewer: markers change their classes on every frame of a turn
  const parts = [".psv-navbar", ".psv-gallery"].map((s) => container.querySelector(s)).filter(Boolean);
  for (const part of parts.length ? parts : [container]) {
    observer.observe(part, { subtree: true, childList: true, attributes: true, attributeFilter: ["class", "title"] });
  }
  apply();
  return apply;
}

function asButton(element, name) {
  if (element.getAttribute("role") !== "button") {
    element.setAttribute("role", "button");
    // a button is pressed with Space as well as Enter; PSV listens for Enter
    element.addEventListener("keydown", (e) => {
      if (e.key === " " && !e.repeat) {
        e.preventDefault();
        e.stopPropagation();
        element.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
      }
    });
  }
  if (name && element.getAttribute("aria-label") !== name) {
    element.setAttribute("aria-label", name);
  }
}
