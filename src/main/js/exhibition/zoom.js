// Deep zoom for a picture in the exhibit dialog (panel.js). The picture's <img> (and the <source>s
// of its <picture>) carry the image pipeline's published widths in srcset; zooming widens their
// `sizes` to the zoomed width, so the browser itself fetches the next larger width, up to the
// largest published one. Zoom with the buttons on the picture, + and − (0 fits again), the wheel,
// a pinch or a double click; drag (or, zoomed, the arrow keys) to pan. Videos are not zoomed.

const MAX = 4;
const STEP = 1.5;

/** The dialog's zoom; `say(text)` announces a change. attach(figure) / detach() per exhibit. */
export function createZoom(ui, say) {
  const tools = document.createElement("div");
  tools.className = "ex-zoom-tools";
  const button = (cls, label, text, keys) => {
    const b = document.createElement("button");
    b.type = "button";
    b.className = "ex-zoom-" + cls;
    b.setAttribute("aria-label", label ?? "");
    b.title = label ?? "";
    b.setAttribute("aria-keyshortcuts", keys);
    b.innerHTML = `<span aria-hidden="true">${text}</span>`;
    tools.append(b);
    return b;
  };
  const outButton = button("out", ui.zoomOut, "−", "-");
  const inButton = button("in", ui.zoomIn, "+", "+");
  const fitButton = button("fit", ui.zoomFit, '<svg viewBox="0 0 24 24" focusable="false"><path d="M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round"/></svg>', "0");

  let frame = null; // the wrapper around the <img> while attached
  let img = null;
  let scale = 1;
  let x = 0;
  let y = 0;
  let widest = 0; // the widest `sizes` asked for so far (never narrowed: the larger file is there)
  let sizesTimer = 0;
  const pointers = new Map();
  let gesture = null;

  function apply(announce) {
    img.style.transform = scale === 1 ? "" : `translate(${x}px, ${y}px) scale(${scale})`;
    frame.classList.toggle("ex-zoom--on", scale > 1);
    frame.dataset.zoom = String(Math.round(scale * 100) / 100);
    outButton.disabled = scale <= 1;
    inButton.disabled = scale >= MAX;
    fitButton.disabled = scale <= 1;
    if (announce) {
      say((ui.zoomLevel || "{n} %").replace("{n}", String(Math.round(scale * 100))));
    }
    clearTimeout(sizesTimer);
    sizesTimer = setTimeout(widen, 150);
  }

  /** The zoomed width as `sizes`: the browser picks the larger published width from srcset. */
  function widen() {
    if (!img || scale <= 1) {
      return;
    }
    // from twice the size on, the largest published width (a deep zoom wants every pixel there is)
    const width = scale >= 2 ? Math.max(largest(), Math.ceil(frame.clientWidth * scale)) : Math.ceil(frame.clientWidth * scale);
    if (width <= widest) {
      return;
    }
    widest = width;
    for (const el of [img, ...(img.closest("picture")?.querySelectorAll("source[srcset]") ?? [])]) {
      el.setAttribute("sizes", width + "px");
    }
  }

  /** The widest `NNNw` candidate of the picture's srcsets (0 if none). */
  function largest() {
    const sets = [img, ...(img.closest("picture")?.querySelectorAll("source[srcset]") ?? [])].map((el) => el.getAttribute("srcset") ?? "");
    return Math.max(0, ...sets.join(",").split(",").map((c) => Number(c.trim().match(/\s(\d+)w$/)?.[1] ?? 0)));
  }

  function clamp() {
    const w = frame.clientWidth;
    const h = frame.clientHeight;
    x = Math.min(0, Math.max(w - w * scale, x));
    y = Math.min(0, Math.max(h - h * scale, y));
  }

  /** Zooms to `to` keeping the point (px, py) of the frame where it is (default: its centre). */
  function zoomTo(to, px = frame.clientWidth / 2, py = frame.clientHeight / 2, announce = true) {
    const next = Math.min(MAX, Math.max(1, to));
    if (next === scale) {
      return false;
    }
    x = px - (px - x) * (next / scale);
    y = py - (py - y) * (next / scale);
    scale = next;
    if (scale === 1) {
      x = 0;
      y = 0;
    }
    clamp();
    apply(announce);
    return true;
  }

  function panBy(dx, dy) {
    x += dx;
    y += dy;
    clamp();
    apply(false);
  }

  const local = (e) => {
    const r = frame.getBoundingClientRect();
    return [e.clientX - r.left, e.clientY - r.top];
  };

  function onWheel(e) {
    e.preventDefault();
    const [px, py] = local(e);
    zoomTo(scale * Math.exp(-e.deltaY * 0.0025), px, py, false);
  }

  function onDown(e) {
    if (e.target.closest(".ex-zoom-tools") || (e.pointerType === "mouse" && e.button !== 0)) {
      return;
    }
    pointers.set(e.pointerId, local(e));
    frame.setPointerCapture?.(e.pointerId);
    gesture = null;
  }

  function onMove(e) {
    if (!pointers.has(e.pointerId)) {
      return;
    }
    const before = pointers.get(e.pointerId);
    const now = local(e);
    if (pointers.size >= 2) {
      const [a, b] = Array.from(pointers.values());
      const d0 = Math.hypot(a[0] - b[0], a[1] - b[1]);
      pointers.set(e.pointerId, now);
      const [c, d] = Array.from(pointers.values());
      const d1 = Math.hypot(c[0] - d[0], c[1] - d[1]);
      if (d0 > 0) {
        zoomTo(scale * (d1 / d0), (c[0] + d[0]) / 2, (c[1] + d[1]) / 2, false);
      }
      gesture = "pinch";
    } else {
      pointers.set(e.pointerId, now);
      if (scale > 1) {
        panBy(now[0] - before[0], now[1] - before[1]);
        gesture = "pan";
      }
    }
  }

  function onUp(e) {
    pointers.delete(e.pointerId);
    if (pointers.size === 0 && gesture === "pinch") {
      say((ui.zoomLevel || "{n} %").replace("{n}", String(Math.round(scale * 100))));
    }
  }

  function onDouble(e) {
    const [px, py] = local(e);
    zoomTo(scale > 1 ? 1 : 2.5, px, py);
  }

  outButton.addEventListener("click", () => zoomTo(scale / STEP));
  inButton.addEventListener("click", () => zoomTo(scale * STEP));
  fitButton.addEventListener("click", () => zoomTo(1));

  return {
    attach(figure) {
      const found = figure.querySelector("picture img, img");
      if (!found || figure.querySelector("video")) {
        return;
      }
      img = found;
      const outer = img.closest("picture") ?? img;
      frame = document.createElement("div");
      frame.className = "ex-zoom";
      outer.before(frame);
      frame.append(outer, tools);
      scale = 1;
      x = 0;
      y = 0;
      widest = 0;
      apply(false);
      frame.addEventListener("wheel", onWheel, { passive: false });
      frame.addEventListener("pointerdown", onDown);
      frame.addEventListener("pointermove", onMove);
      frame.addEventListener("pointerup", onUp);
      frame.addEventListener("pointercancel", onUp);
      frame.addEventListener("dblclick", onDouble);
    },
    detach() {
      if (!frame) {
        return;
      }
      clearTimeout(sizesTimer);
      img.style.transform = "";
      const outer = img.closest("picture") ?? img;
      frame.replaceWith(outer);
      tools.remove();
      pointers.clear();
      frame = null;
      img = null;
    },
    /** Handles a key of the dialog (+, −, 0; the arrows pan while zoomed); true if it did. */
    key(e) {
      if (!frame) {
        return false;
      }
      if (e.key === "+" || e.key === "=") {
        zoomTo(scale * STEP);
        return true;
      }
      if (e.key === "-" || e.key === "_") {
        zoomTo(scale / STEP);
        return true;
      }
      if (e.key === "0") {
        zoomTo(1);
        return true;
      }
      const pan = { ArrowLeft: [1, 0], ArrowRight: [-1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] }[e.key];
      if (pan && scale > 1) {
        panBy(pan[0] * frame.clientWidth * 0.15, pan[1] * frame.clientHeight * 0.15);
        return true;
      }
      return false;
    },
  };
}
