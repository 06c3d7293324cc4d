// Booth mode (?kiosk=1): fullscreen on the first touch, links that leave the exhibition hidden,
// after 60 s without a touch a slow tour of the room's exhibits (stopped by the next touch), after
// 3 min back to the first room with panels closed. A booth may change both delays in the address:
// ?kiosk=1&tour=30&reset=120 (seconds).

/** A delay in milliseconds from the address's `name` (seconds, 1 to 3600), else `fallback`. */
function delay(name, fallback) {
  const seconds = Number(new URLSearchParams(location.search).get(name));
  return Number.isFinite(seconds) && seconds >= 1 && seconds <= 3600 ? seconds * 1000 : fallback;
}

/** Whether the page was opened in booth mode. */
export function isKiosk() {
  return new URLSearchParams(location.search).get("kiosk") === "1";
}

/**
 * Starts booth mode on `root`. `allowed` is a selector of the links that stay; `tour.start()` /
 * `tour.stop()` run the idle tour; `reset()` goes back to the first room.
 */
export function startKiosk(root, { allowed, tour, reset, idleText }) {
  const TOUR_AFTER = delay("tour", 60_000);
  const RESET_AFTER = Math.max(delay("reset", 180_000), TOUR_AFTER);
  document.documentElement.classList.add("ex-kiosk");
  root.dataset.kiosk = "true";
  for (const a of document.querySelectorAll("a[href]")) {
    if (!a.matches(allowed)) {
      a.classList.add("ex-kiosk-off");
      a.setAttribute("tabindex", "-1");
      a.setAttribute("aria-hidden", "true");
    }
  }
  document.addEventListener("click", (e) => {
    const a = e.target.closest?.("a.ex-kiosk-off");
    if (a) {
      e.preventDefault();
    }
  }, true);

  const notice = document.createElement("p");
  notice.className = "ex-kiosk-idle";
  notice.hidden = true;
  notice.setAttribute("aria-live", "polite");
  notice.textContent = idleText;
  root.querySelector(".ex-stage")?.append(notice);

  let last = Date.now();
  let touring = false;
  let wasReset = false;
  const wake = () => {
    last = Date.now();
    wasReset = false;
    if (touring) {
      touring = false;
      notice.hidden = true;
      tour.stop();
    }
  };
  let fullscreenAsked = false;
  const firstTouch = () => {
    if (!fullscreenAsked && !document.fullscreenElement && root.requestFullscreen) {
      fullscreenAsked = true;
      root.requestFullscreen().catch(() => {});
    }
  };
  for (const type of ["pointerdown", "keydown", "wheel", "touchstart"]) {
    window.addEventListener(type, () => {
      firstTouch();
      wake();
    }, { capture: true, passive: true });
  }
  const startTour = () => {
    touring = true;
    notice.hidden = false;
    tour.start();
  };
  setInterval(() => {
    if (root.dataset.xr) {
      last = Date.now(); // a visitor in the headset (xr.js) touches no screen but is there
    }
    const idle = Date.now() - last;
    if (idle >= RESET_AFTER && !wasReset) {
      wasReset = true;
      tour.stop();
      // the tour goes on in the first room once it is there, unless someone touched meanwhile
      Promise.resolve(reset()).then(() => wasReset && touring && tour.start(), () => {});
    } else if (idle >= TOUR_AFTER && !touring) {
      startTour();
    }
  }, Math.min(1000, TOUR_AFTER / 2));
}
