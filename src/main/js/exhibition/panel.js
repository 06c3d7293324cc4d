// The exhibit panel: a modal dialog that shows an exhibit's <figure>, moved in from the list and
// put back on close. Escape or the close button closes it; focus goes back where it was. The page
// script makes it, so the list opens exhibits before (and without) the viewer.
// Inside: previous / next within the room (buttons, ← and →; the ends wrap round, and "3 / 23"
// says where one is), and a picture's zoom (zoom.js: buttons, + and −, wheel, pinch, drag to pan).
// Every change is announced in a polite live region; Tab stays inside the dialog.
import { showFigure } from "./figures.js";
import { createZoom } from "./zoom.js";

const ARROW_LEFT = '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M15 5l-7 7 7 7" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"/></svg>';
const ARROW_RIGHT = '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M9 5l7 7-7 7" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"/></svg>';

/**
 * Creates the panel (hidden) inside `root`; `onClose()` is told after every close, `onStep(delta)`
 * when the visitor asks for the previous (-1) or next (+1) exhibit of the room (the page script
 * then shows it with show(), which swaps the figure in the open dialog).
 */
export function createPanel(root, ui, onClose, onStep = null) {
  const panel = document.createElement("div");
  panel.className = "ex-panel";
  panel.hidden = true;
  panel.innerHTML = '<div class="ex-panel-box" role="dialog" aria-modal="true" tabindex="-1">'
    + '<button type="button" class="ex-panel-close"><span aria-hidden="true">×</span></button>'
    + '<div class="ex-panel-body"></div>'
    + '<div class="ex-panel-bar">'
    + `<button type="button" class="ex-panel-step" data-step="-1">${ARROW_LEFT}<span class="ex-panel-step-text"></span></button>`
    + '<span class="ex-panel-count" aria-hidden="true"></span>'
    + `<button type="button" class="ex-panel-step" data-step="1"><span class="ex-panel-step-text"></span>${ARROW_RIGHT}</button>`
    + '</div>'
    + '<p class="ex-panel-note"></p>'
    + '<p class="ex-sr" role="status" aria-live="polite"></p></div>';
  const box = panel.querySelector(".ex-panel-box");
  const body = panel.querySelector(".ex-panel-body");
  const closeButton = panel.querySelector(".ex-panel-close");
  const bar = panel.querySelector(".ex-panel-bar");
  const [prevButton, nextButton] = panel.querySelectorAll(".ex-panel-step");
  const count = panel.querySelector(".ex-panel-count");
  const note = panel.querySelector(".ex-panel-note");
  const status = panel.querySelector(".ex-sr");
  closeButton.setAttribute("aria-label", ui.close ?? "");
  closeButton.title = ui.close ?? "";
  prevButton.querySelector("span").textContent = ui.previous ?? "";
  nextButton.querySelector("span").textContent = ui.next ?? "";
  prevButton.setAttribute("aria-keyshortcuts", "ArrowLeft");
  nextButton.setAttribute("aria-keyshortcuts", "ArrowRight");
  root.append(panel);
  const zoom = createZoom(ui, (text) => say(text));

  let open = null; // {figure, home (its place in the list), returnTo, exhibit}

  function say(text) {
    // a new text node each time, so that the same words are announced again
    status.textContent = "";
    status.append(document.createTextNode(text));
  }

  function putBack() {
    const { figure, home } = open;
    zoom.detach();
    figure.querySelectorAll("video").forEach((v) => v.pause());
    figure.hidden = true;
    home.parent.insertBefore(figure, home.next);
  }

  function close() {
    if (!open) {
      return;
    }
    const { returnTo } = open;
    putBack();
    open = null;
    panel.hidden = true;
    if (returnTo && returnTo.isConnected && !returnTo.closest("[hidden]")) {
      returnTo.focus({ preventScroll: true });
    }
    onClose();
  }

  function step(delta) {
    if (open && onStep && !bar.hidden) {
      onStep(delta);
    }
  }

  panel.addEventListener("click", (e) => {
    if (e.target === panel) {
      close(); // a click on the backdrop
    }
  });
  closeButton.addEventListener("click", close);
  prevButton.addEventListener("click", () => step(-1));
  nextButton.addEventListener("click", () => step(1));
  panel.addEventListener("keydown", (e) => {
    // a video's own controls keep their keys
    const inMedia = e.target.closest?.("video, audio, input, textarea");
    if (e.key === "Escape") {
      e.preventDefault();
      e.stopPropagation();
      close();
    } else if (e.key === "Tab") {
      trapTab(e, box);
    } else if (inMedia || e.altKey || e.ctrlKey || e.metaKey) {
      // nothing
    } else if (zoom.key(e)) {
      e.preventDefault();
    } else if (e.key === "ArrowLeft" || e.key === "ArrowRight") {
      e.preventDefault();
      step(e.key === "ArrowLeft" ? -1 : 1);
    }
  });

  return {
    /**
     * Shows `figure` (an exhibit's <figure>); focus returns to `returnTo` on close. In an open
     * dialog the figure is swapped (previous / next) and the focus stays where it is. Its place
     * in its room's list gives "3 / 23"; its hall's note (.ex-hall-note: the shared credit of a
     * hall of illustrations) shows once under it, in place of a credit line per picture.
     */
    show(figure, exhibit, returnTo) {
      if (open?.figure === figure) {
        return;
      }
      const items = Array.from(figure.closest(".ex-list")?.querySelectorAll(":scope > .ex-item") ?? []);
      const place = { index: items.indexOf(figure.closest(".ex-item")), total: items.length };
      const hallNote = figure.closest(".ex-room")?.querySelector(".ex-hall-note")?.textContent.trim() ?? "";
      let swapped = false;
      if (open) {
        const focusInFigure = open.figure.contains(document.activeElement);
        returnTo = open.returnTo;
        putBack();
        swapped = true;
        if (focusInFigure) {
          closeButton.focus({ preventScroll: true });
        }
      }
      open = { figure, exhibit, returnTo, home: { parent: figure.parentNode, next: figure.nextSibling } };
      const title = figure.querySelector(".ex-fig-title") ?? figure.querySelector("figcaption");
      if (title) {
        title.id ||= figure.id + "-title";
        box.setAttribute("aria-labelledby", title.id);
      }
      body.replaceChildren(figure);
      showFigure(figure);
      zoom.attach(figure);
      const steps = Boolean(onStep && place.index >= 0 && place.total > 1);
      bar.hidden = !steps;
      const where = steps ? `${place.index + 1} / ${place.total}` : "";
      count.textContent = where;
      note.textContent = hallNote;
      note.hidden = !hallNote;
      if (swapped) {
        body.scrollTop = 0;
        box.scrollTop = 0;
        say([where, title?.textContent.trim() ?? ""].filter(Boolean).join(" — "));
        return;
      }
      say("");
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
    /** The <figure> on show, or null. */
    get figure() {
      return open?.figure ?? null;
    },
    /** Where the focus goes back on close (kept through previous / next). */
    get returnTo() {
      return open?.returnTo ?? null;
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
