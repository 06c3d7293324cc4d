// The arrow keys turn the view (and + / − or Page Up / Page Down zoom) while the viewer has the
// focus, and only then: on the exhibition page the same keys still scroll the page everywhere
// else. Photo Sphere Viewer listens on the whole window once its keyboard control is on, so we
// switch it on and off with the focus instead of using its "always" or "fullscreen" modes.

/** Makes `element` (the viewer's stage) focusable and gives it PSV's keys while it has the focus. */
export function keysWhileFocused(viewer, element) {
  if (!element.hasAttribute("tabindex")) {
    element.tabIndex = 0;
  }
  element.addEventListener("focusin", () => viewer.startKeyboardControl());
  element.addEventListener("focusout", (e) => {
    if (!element.contains(e.relatedTarget)) {
      viewer.stopKeyboardControl();
    }
  });
  // the start button hands the focus to the stage before the viewer is there
  if (element.contains(document.activeElement)) {
    viewer.startKeyboardControl();
  }
}
