// The main menu on phones. Without JavaScript the menu is a row that scrolls sideways; with it, a
// "Menu" button shows and hides the list (a disclosure: aria-expanded on the button). Escape closes
// the open menu and puts the focus back on the button. Wider screens show the row, no button.
const nav = document.querySelector(".main-nav");
const button = nav?.querySelector(".menu-toggle");
const list = nav?.querySelector("ul");
if (nav && button && list) {
  const set = (open) => {
    button.setAttribute("aria-expanded", String(open));
    nav.classList.toggle("open", open);
  };
  button.hidden = false;
  nav.classList.add("has-toggle");
  button.addEventListener("click", () => set(button.getAttribute("aria-expanded") !== "true"));
  nav.addEventListener("keydown", (e) => {
    if (e.key === "Escape" && button.getAttribute("aria-expanded") === "true") {
      set(false);
      button.focus();
    }
  });
}
