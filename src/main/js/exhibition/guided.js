// The guided tour (`tour:` in vr360/exhibition.yaml; not tour.js, which is Photo Sphere Viewer's
// virtual tour of the rooms): a list of stops, each an exhibit or a view of a room, with its
// narration. The tour turns the view to each stop (the viewer's `show`, which changes rooms the
// normal way, so #_ex's data-room and data-exhibit follow), writes the narration into the caption
// region ([data-tour-caption], a polite live region that other code, such as a headset view, may
// mirror), plays the stop's recording when there is one and moves on at its end, or else after a
// reading time computed from the text. Previous, pause/resume, next and end are buttons; Escape in
// the tour's box ends it. Booth mode runs it in a loop as its idle show.
// #_ex carries data-tour ("playing", "paused", "ended") and data-tour-stop (1-based) while it runs,
// data-tour-arrived once the view is at that stop, and gets an "ex-tourstop" event
// ({detail: {index, stop}}) as each stop begins.

/** Milliseconds a visitor needs to read `text` (a recording sets its own pace). */
export function readingTime(text) {
  const chars = Array.from(text ?? "").length;
  // characters per second: read aloud, about 15 for Latin letters, 7 for CJK and hangul syllables
  const cjk = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/.test(text ?? "");
  const ms = 3000 + (chars / (cjk ? 7 : 15)) * 1000;
  return Math.round(Math.min(45_000, Math.max(6000, ms)));
}

/**
 * Sets up the tour of `data.tour` on the controls inside `root` (templates/partials/tour.ftl).
 * `show(stop)` brings the viewer to a stop and resolves once it is there. Returns the tour:
 * start({loop, focus}), stop(), next(), previous(), togglePause(), running(), keepGoing() (an
 * idle loop becomes a visitor's tour), or null when the exhibition has no tour.
 */
export function createGuidedTour(root, data, { show }) {
  const stops = data.tour ?? [];
  const box = root.querySelector(".ex-tour");
  const caption = box?.querySelector("[data-tour-caption]");
  if (!stops.length || !box || !caption) {
    return null;
  }
  const ui = data.ui ?? {};
  const startButton = root.querySelector("[data-tour-start]");
  const count = box.querySelector(".ex-tour-count");
  const prevButton = box.querySelector("[data-tour-prev]");
  const nextButton = box.querySelector("[data-tour-next]");
  const pauseButton = box.querySelector("[data-tour-pause]");
  const stopButton = box.querySelector("[data-tour-stop]");
  const pauseText = pauseButton.querySelector(".ex-tour-label") ?? pauseButton;
  const pauseIcon = pauseButton.querySelector(".ex-tour-icon");
  const pauseLabel = pauseText.textContent;
  const audio = document.createElement("audio");
  audio.className = "ex-tour-audio";
  audio.preload = "auto";
  box.append(audio);

  let index = -1;
  let running = false;
  let paused = false;
  let loop = false;
  let arrival = 0; // counts requests, so a late arrival at a stop left meanwhile does nothing
  let arrived = false;
  let timer = 0;
  let timerEnds = 0;
  let remaining = 0; // of the reading time, when paused
  let playing = false; // the stop's recording sets the pace

  function clearTimer() {
    clearTimeout(timer);
    timer = 0;
  }

  /** Moves on after `ms`, counted only while not paused. */
  function wait(ms) {
    clearTimer();
    remaining = ms;
    if (!paused) {
      timerEnds = Date.now() + ms;
      timer = setTimeout(advance, ms);
    }
  }

  function setState(state) {
    root.dataset.tour = state;
  }

  function label(i) {
    return (ui.tourStopOf ?? "{n} / {total}").replace("{n}", String(i + 1)).replace("{total}", String(stops.length));
  }

  function goTo(i) {
    clearTimer();
    audio.pause();
    index = i;
    arrived = false;
    playing = false;
    remaining = 0;
    const stop = stops[i];
    count.textContent = label(i);
    caption.textContent = stop.text;
    if (stop.lang) {
      caption.setAttribute("lang", stop.lang);
    } else {
      caption.removeAttribute("lang");
    }
    prevButton.disabled = i === 0 && !loop;
    nextButton.disabled = false;
    pauseButton.disabled = false;
    root.dataset.tourStop = String(i + 1);
    delete root.dataset.tourArrived;
    setState(paused ? "paused" : "playing");
    root.dispatchEvent(new CustomEvent("ex-tourstop", { detail: { index: i, stop } }));
    const request = ++arrival;
    Promise.resolve(show(stop)).catch(() => {}).then(() => {
      if (request === arrival && running) {
        arrived = true;
        root.dataset.tourArrived = String(i + 1);
        narrate(stop);
      }
    });
  }

  /** At the stop: its recording plays (the tour moves on at its end), or the reading time runs. */
  function narrate(stop) {
    if (!stop.audio) {
      wait(readingTime(stop.text));
      return;
    }
    audio.src = stop.audio;
    playing = true;
    if (!paused) {
      play();
    }
  }

  function play() {
    // a booth's idle loop may not be allowed to play sound before anyone touched the screen
    audio.play().catch(() => {
      if (running && !paused && audio.paused && playing) {
        playing = false;
        wait(readingTime(stops[index].text));
      }
    });
  }

  audio.addEventListener("ended", () => {
    if (running && !paused) {
      advance();
    }
  });

  function advance() {
    clearTimer();
    if (index + 1 < stops.length) {
      goTo(index + 1);
    } else if (loop) {
      goTo(0);
    } else {
      finish();
    }
  }

  /** The last stop is done: the caption says so; previous still goes back, the end button closes. */
  function finish() {
    arrival++;
    audio.pause();
    index = stops.length;
    count.textContent = "";
    caption.removeAttribute("lang");
    caption.textContent = ui.tourEnd ?? "";
    nextButton.disabled = true;
    pauseButton.disabled = true;
    prevButton.disabled = false;
    delete root.dataset.tourStop;
    delete root.dataset.tourArrived;
    setState("ended");
    if (box.contains(document.activeElement) && document.activeElement.disabled) {
      stopButton.focus();
    }
  }

  function setPaused(on) {
    paused = on;
    pauseText.textContent = on ? ui.tourResume ?? pauseLabel : pauseLabel;
    if (pauseIcon) {
      pauseIcon.textContent = on ? "▶" : "Ⅱ";
    }
    if (index >= stops.length) {
      return;
    }
    setState(on ? "paused" : "playing");
    if (on) {
      if (timer) {
        remaining = Math.max(0, timerEnds - Date.now());
      }
      clearTimer();
      audio.pause();
    } else if (arrived && playing) {
      play();
    } else if (arrived) {
      wait(remaining > 0 ? remaining : readingTime(stops[index].text));
    }
  }

  function start({ loop: looping = false, focus = true } = {}) {
    loop = looping;
    running = true;
    setPaused(false);
    box.hidden = false;
    if (startButton) {
      startButton.hidden = true;
    }
    goTo(0);
    if (focus) {
      nextButton.focus({ preventScroll: true });
      // on a phone the stage grows for the tour: all of it in sight
      box.parentElement?.scrollIntoView?.({ block: "nearest" });
    }
  }

  function stop() {
    if (!running) {
      return;
    }
    const hadFocus = box.contains(document.activeElement);
    running = false;
    arrival++;
    clearTimer();
    audio.pause();
    audio.removeAttribute("src");
    box.hidden = true;
    caption.textContent = "";
    delete root.dataset.tour;
    delete root.dataset.tourStop;
    delete root.dataset.tourArrived;
    if (startButton) {
      startButton.hidden = false;
      if (hadFocus) {
        startButton.focus({ preventScroll: true });
      }
    }
  }

  prevButton.addEventListener("click", () => {
    if (index > 0) {
      goTo(Math.min(index, stops.length) - 1);
    } else if (loop) {
      goTo(stops.length - 1);
    }
  });
  nextButton.addEventListener("click", advance);
  pauseButton.addEventListener("click", () => setPaused(!paused));
  stopButton.addEventListener("click", stop);
  box.addEventListener("keydown", (e) => {
    if (e.key === "Escape") {
      e.preventDefault();
      e.stopPropagation();
      stop();
    }
  });

  return {
    start,
    stop,
    next: advance,
    previous: () => prevButton.click(),
    togglePause: () => setPaused(!paused),
    running: () => running,
    keepGoing() {
      loop = false;
    },
  };
}
