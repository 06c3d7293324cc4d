// The exhibition page's "Embed" box: a read-only textarea with the iframe snippet and a button
// that copies it. The button says "Copied" for a moment (announced to screen readers through
// a polite live region); where the Clipboard API is refused, the text is selected instead so
// Ctrl+C / long-press still works.

/** Wires every `button[data-copy]` inside `scope` to the textarea it names. */
export function embedBox(scope = document) {
  for (const button of scope.querySelectorAll("button[data-copy]")) {
    const field = document.getElementById(button.dataset.copy);
    if (!field) {
      continue;
    }
    const label = button.textContent;
    const status = document.createElement("span");
    status.className = "visually-hidden";
    status.setAttribute("aria-live", "polite");
    button.after(status);
    field.addEventListener("focus", () => field.select());
    button.addEventListener("click", async () => {
      field.select();
      let copied = false;
      try {
        await navigator.clipboard.writeText(field.value);
        copied = true;
      } catch {
        copied = document.execCommand?.("copy") ?? false;
      }
      if (copied) {
        button.textContent = button.dataset.copied || label;
        status.textContent = button.dataset.copied || "";
        setTimeout(() => {
          button.textContent = label;
          status.textContent = "";
        }, 2000);
      } else {
        field.focus();
      }
    });
  }
}
