// The postMessage API of a framed exhibition. From its parent the page accepts
// {"command": "goto", "room": "…", "exhibit": "…"} (exhibit optional) and
// {"command": "setLang", "lang": "ko"}; to its parent it sends
// {"source": "hai-phong-exhibition", "event": "ready"|"roomchange"|"exhibitopen", room, exhibit, lang}.

export const SOURCE = "hai-phong-exhibition";

/**
 * Listens to the parent window (only when framed) and returns `post(event, room, exhibit)`, which
 * does nothing when the page is not framed.
 */
export function frameMessages(lang, { goto, setLang }) {
  const parent = window.parent;
  const framed = parent && parent !== window;
  if (framed) {
    window.addEventListener("message", (e) => {
      const msg = e.data;
      if (e.source !== parent || !msg || typeof msg !== "object" || typeof msg.command !== "string") {
        return;
      }
      if (msg.command === "goto" && typeof msg.room === "string") {
        goto(msg.room, typeof msg.exhibit === "string" ? msg.exhibit : null);
      } else if (msg.command === "setLang" && typeof msg.lang === "string") {
        setLang(msg.lang);
      }
    });
  }
  return (event, room, exhibit) => {
    if (framed) {
      // nothing private in it, and an embed's parent can be any site
      parent.postMessage({ source: SOURCE, event, room, exhibit: exhibit ?? null, lang }, "*");
    }
  };
}
