// The page around the viewer, set up by the page script (exhibition.js) before the viewer is
// loaded, so that starting it moves nothing: the stage with the list in a column beside it, and
// in a frame the buttons on the stage. Without WebGL the sections become a gallery instead.
import { showFigure } from "./figures.js";

/** Whether this browser can draw the viewer (a WebGL context is made and let go at once). */
export function hasWebgl() {
  try {
    const canvas = document.createElement("canvas");
    const gl = canvas.getContext("webgl2") || canvas.getContext("webgl");
    gl?.getExtension("WEBGL_lose_context")?.loseContext();
    return Boolean(gl);
  } catch {
    return false;
  }
}

/** No viewer: the room sections read as a gallery, the figures shown inline, with a notice. */
export function showGallery(root, ui) {
  root.classList.add("ex--static");
  for (const section of root.querySelectorAll(".ex-room")) {
    section.hidden = false;
  }
  for (const figure of root.querySelectorAll(".ex-figure")) {
    showFigure(figure);
  }
  // the room links jump to the room's section instead
  for (const a of root.querySelectorAll(".ex-rooms a[data-room]")) {
    a.removeAttribute("aria-current");
    if (document.getElementById(`_ex-room-${a.dataset.room}`)) {
      a.setAttribute("href", `#_ex-room-${a.dataset.room}`);
    }
  }
  const stage = root.querySelector(".ex-stage");
  if (stage) {
    stage.hidden = true;
  }
  if (ui.noWebgl && !root.querySelector(".ex-notice")) {
    const notice = document.createElement("p");
    notice.className = "ex-notice";
    notice.setAttribute("role", "status");
    notice.textContent = ui.noWebgl;
    root.prepend(notice);
  }
}

/** Everything but the stage goes into one column beside (or, on phones, below) the viewer. */
export function wrapSide(root) {
  const side = document.createElement("div");
  side.className = "ex-side";
  side.id = "_ex-side";
  for (const child of Array.from(root.children)) {
    if (!child.matches(".ex-stage, script")) {
      side.append(child);
    }
  }
  root.querySelector(".ex-stage").after(side);
  root.classList.add("ex--live");
  return side;
}

/** Undoes wrapSide and takes the stage's buttons away (the page becomes a gallery). */
export function unwrapSide(root, side) {
  side.replaceWith(...side.childNodes);
  root.classList.remove("ex--live", "ex--side-open");
  for (const added of root.querySelectorAll(".ex-side-toggle, .ex-openfull")) {
    added.remove();
  }
  for (const covered of document.querySelectorAll(".ex-full")) {
    covered.hidden = false;
  }
}

/** In a frame the list hides behind a button on the stage. */
export function addSideToggle(root, side, ui) {
  const button = document.createElement("button");
  button.type = "button";
  button.className = "ex-side-toggle";
  button.setAttribute("aria-controls", side.id);
  button.setAttribute("aria-expanded", "false");
  button.textContent = ui.exhibits ?? ui.rooms ?? "";
  const set = (open) => {
    root.classList.toggle("ex--side-open", open);
    button.setAttribute("aria-expanded", String(open));
  };
  button.addEventListener("click", () => set(!root.classList.contains("ex--side-open")));
  side.addEventListener("keydown", (e) => {
    if (e.key === "Escape" && root.classList.contains("ex--side-open") && !e.defaultPrevented) {
      set(false);
      button.focus();
    }
  });
  root.querySelector(".ex-stage").append(button);
}

/**
 * In a frame: a link to the full page on the stage, kept at the current view. It stands in for the
 * page's own link below the exhibition, which the stage covers (Tab would reach it unseen).
 */
export function addOpenFull(root, ui, page) {
  for (const covered of document.querySelectorAll(".ex-full")) {
    covered.hidden = true;
  }
  const a = document.createElement("a");
  a.href = page;
  a.className = "ex-openfull";
  a.target = "_blank";
  a.rel = "noopener";
  a.textContent = ui.openFull ?? "";
  root.querySelector(".ex-stage").append(a);
  return a;
}

/** The side column shows `roomId`: its link is the current one, its section the only one shown. */
export function showRoomList(root, roomId) {
  for (const a of root.querySelectorAll(".ex-rooms a[data-room]")) {
    if (a.dataset.room === roomId) {
      a.setAttribute("aria-current", "true");
    } else {
      a.removeAttribute("aria-current");
    }
  }
  for (const s of root.querySelectorAll(".ex-room[data-room]")) {
    s.hidden = s.dataset.room !== roomId;
  }
}
