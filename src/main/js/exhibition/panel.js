// The exhibit panel: a modal dialog that shows an exhibit's <figure>, moved in from the list and
// put back on close. Escape or the close button closes it; focus goes back where it was. The page
// script makes it, so the list opens exhibits before (and without) the viewer.
import { showFigure } from "./figures.js";

/** Creates the panel (hidden) inside `root`; `onClose()` is told after every close. */
export function createPanel(root, ui, onClose) {
  const panel = document.createElement("div");
  panel.className = "ex-panel";
  panel.hidden = true;
  panel.innerHTML = '<div class="ex-panel-box" role="dialog" aria-modal="true" tabindex="-1">'
    + '<button type="button" class="ex-panel-close"><span aria-hidden="true">×</span></button>'
    + '<div class="ex-panel-body"></div></div>';
  const box = panel.querySelector(".ex-panel-box");
  const body = panel.querySelector(".ex-panel-body");
  const closeButton = panel.querySelector(".ex-panel-close");
  closeButton.setAttribute("aria-label", ui.close ?? "");
  closeButton.title = ui.close ?? "";
  root.append(panel);

  let open = null; // {figure, home (its place in the list), returnTo, exhibit}

  function close() {
    if (!open) {
      return;
    }
    const { figure, home, returnTo } = open;
    open = null;
    figure.querySelectorAll("video").forEach((v) => v.pause());
    figure.hidden = true;
    home.parent.insertBefore(figure, home.next);
    panel.hidden = true;
    if (returnTo && returnTo.isConnected && !returnTo.closest("[hidden]")) {
      returnTo.focus({ preventScroll: true });
    }
    onClose();
  }

  panel.addEventListener("click", (e) => {
    if (e.target === panel) {
      close(); // a click on the backdrop
    }
  });
  closeButton.addEventListener("click", close);
  panel.addEventListener("keydown", (e) => {
    if (e.key === "Escape") {
      e.preventDefault();
      e.stopPropagation();
      close();
    } else if (e.key === "Tab") {
      trapTab(e, box);
    }
  });

  return {
    /** Shows `figure` (an exhibit's <figure>); focus returns to `returnTo` on close. */
    show(figure, exhibit, returnTo) {
      if (open?.figure === figure) {
        return;
      }
      close();
      open = { figure, exhibit, returnTo, home: { parent: figure.parentNode, next: figure.nextSibling } };
      const title = figure.querySelector(".ex-fig-title") ?? figure.querySelector("figcaption");
      if (title) {
        title.id ||= figure.id + "-title";
        box.setAttribute("aria-labelledby", title.id);
      }
      body.append(figure);
      showFigure(figure);
      // in fullscreen only the fullscreen element is on screen
      const host = document.fullscreenElement && !document.fullscreenElement.contains(root)
        ? document.fullscreenElement : root;
      host.append(panel);
      panel.hidden = false;
      closeButton.focus({ preventScroll: true });
    },
    close,
    /** The id of the exhibit on show, or null. */
    get exhibit() {
      return open?.exhibit ?? null;
    },
  };
}

/** Keeps Tab and Shift+Tab inside the dialog. */
function trapTab(e, box) {
  const focusable = Array.from(box.querySelectorAll(
    'a[href], button:not([disabled]), video[controls], audio[controls], [tabindex]:not([tabindex="-1"])'))
    .filter((el) => !el.closest("[hidden]"));
  if (focusable.length === 0) {
    e.preventDefault();
    return;
  }
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  if (e.shiftKey && (document.activeElement === first || document.activeElement === box)) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && document.activeElement === last) {
    e.preventDefault();
    first.focus();
  }
}
