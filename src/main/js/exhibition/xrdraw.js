// What the headset shows besides the room, drawn into canvases that become textures: the panel
// of an exhibit (title and caption), the guide's panel (the guided tour's caption, or the hint),
// a door's sign and the pointer's dot. Text is drawn large (a 2048 px wide panel that the headset
// shows about 35° wide, so 2–3 texels per screen pixel with mipmaps) in the page's own fonts, and
// broken into lines where the language allows (Intl.Segmenter: words for Vietnamese and Korean,
// phrases for Chinese and Japanese), never before closing punctuation.

const PANEL_WIDTH = 2048;
const PAD = 88;
const NAVY = "rgba(11, 32, 44, 0.94)";
const RED = "#b3202a";
const GOLD = "#ffd166";

/** The family the page's text uses (its web fonts are loaded by the time the visitor presses the button). */
export function pageFont(element) {
  return getComputedStyle(element).fontFamily || "sans-serif";
}

function canvas(width, height, lang) {
  const c = document.createElement("canvas");
  c.width = width;
  c.height = height;
  // the language picks the right glyphs for Han characters (Chinese or Japanese forms)
  if (lang) {
    c.lang = lang;
  }
  const g = c.getContext("2d");
  if (lang && "lang" in g) {
    g.lang = lang;
  }
  return { c, g };
}

/** Breaks `text` into lines no wider than `width` at the language's break points. */
export function wrap(g, text, width, lang) {
  const words = segments(text, lang);
  const lines = [];
  let line = "";
  for (const word of words) {
    const candidate = line + word;
    if (!line || g.measureText(candidate.trimEnd()).width <= width || /^[\s\p{Pe}\p{Po}]+$/u.test(word)) {
      line = candidate;
      continue;
    }
    lines.push(line.trimEnd());
    line = word.trimStart();
    // a single word wider than the line (a long URL, a run of CJK without breaks): by characters
    while (g.measureText(line).width > width && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && g.measureText(line.slice(0, cut)).width > width) {
        cut--;
      }
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line.trim()) {
    lines.push(line.trimEnd());
  }
  return lines;
}

function segments(text, lang) {
  if (typeof Intl !== "undefined" && Intl.Segmenter) {
    const out = [];
    for (const { segment } of new Intl.Segmenter(lang || undefined, { granularity: "word" }).segment(text)) {
      // spaces stay with the word before them, so lines break after a space, not before
      if (/^\s+$/.test(segment) && out.length) {
        out[out.length - 1] += segment;
      } else {
        out.push(segment);
      }
    }
    return out;
  }
  return text.split(/(?<=\s)/);
}

function roundRect(g, x, y, w, h, r) {
  g.beginPath();
  g.moveTo(x + r, y);
  g.arcTo(x + w, y, x + w, y + h, r);
  g.arcTo(x + w, y + h, x, y + h, r);
  g.arcTo(x, y + h, x, y, r);
  g.arcTo(x, y, x + w, y, r);
  g.closePath();
}

/**
 * A panel: `title` (bold, may be empty), `body` (may be empty) and a small `note` line (the
 * credit); `lang` for each text's line breaking and glyphs; `bodySize` in px of the 2048 px width.
 * Returns the canvas; its height follows the text.
 */
export function drawPanel({ title = "", titleLang, body = "", bodyLang, note = "", font, maxBodyLines = 10, bodySize = 60 }) {
  const titleSize = 84;
  const noteSize = 44;
  const inner = PANEL_WIDTH - 2 * PAD - 24;
  const measure = canvas(8, 8).g;
  measure.font = `700 ${titleSize}px ${font}`;
  const titleLines = title ? wrap(measure, title, inner, titleLang).slice(0, 3) : [];
  measure.font = `400 ${bodySize}px ${font}`;
  let bodyLines = body ? wrap(measure, body, inner, bodyLang) : [];
  if (bodyLines.length > maxBodyLines) {
    bodyLines = bodyLines.slice(0, maxBodyLines);
    bodyLines[maxBodyLines - 1] = bodyLines[maxBodyLines - 1].replace(/.$/u, "…");
  }
  measure.font = `400 ${noteSize}px ${font}`;
  const noteLines = note ? wrap(measure, note, inner, bodyLang).slice(0, 2) : [];
  const titleH = titleLines.length * titleSize * 1.3;
  const bodyH = bodyLines.length * bodySize * 1.45;
  const noteH = noteLines.length * noteSize * 1.4;
  const gap = titleH && (bodyH || noteH) ? 36 : 0;
  const height = Math.ceil((2 * PAD + titleH + gap + bodyH + (noteH ? noteH + 24 : 0)) / 8) * 8;
  const { c, g } = canvas(PANEL_WIDTH, height, titleLang || bodyLang);
  g.fillStyle = NAVY;
  roundRect(g, 0, 0, PANEL_WIDTH, height, 56);
  g.fill();
  g.fillStyle = RED;
  roundRect(g, PAD - 40, PAD, 16, height - 2 * PAD, 8);
  g.fill();
  const x = PAD + 24;
  let y = PAD;
  g.textBaseline = "top";
  g.fillStyle = "#fff";
  g.font = `700 ${titleSize}px ${font}`;
  for (const line of titleLines) {
    g.fillText(line, x, y + titleSize * 0.1);
    y += titleSize * 1.3;
  }
  y += gap;
  g.fillStyle = "#e8eef2";
  g.font = `400 ${bodySize}px ${font}`;
  for (const line of bodyLines) {
    g.fillText(line, x, y + bodySize * 0.12);
    y += bodySize * 1.45;
  }
  if (noteLines.length) {
    y += 24;
    g.fillStyle = GOLD;
    g.font = `400 ${noteSize}px ${font}`;
    for (const line of noteLines) {
      g.fillText(line, x, y + noteSize * 0.1);
      y += noteSize * 1.4;
    }
  }
  return c;
}

/** A door's sign: a round arrow and the name of the room it leads to. */
export function drawDoor(label, font, lang) {
  const size = 128;
  const { c, g } = canvas(1024, 256, lang);
  g.font = `700 ${size * 0.62}px ${font}`;
  const text = wrap(g, label, 1024 - 300, lang)[0] ?? "";
  const w = Math.min(1024, 300 + g.measureText(text).width);
  const x0 = (1024 - w) / 2;
  g.fillStyle = NAVY;
  roundRect(g, x0, 40, w, 176, 88);
  g.fill();
  g.strokeStyle = "#fff";
  g.lineWidth = 8;
  roundRect(g, x0 + 4, 44, w - 8, 168, 84);
  g.stroke();
  // the arrow in a gold disc
  g.fillStyle = GOLD;
  g.beginPath();
  g.arc(x0 + 128, 128, 64, 0, 2 * Math.PI);
  g.fill();
  g.strokeStyle = "#0b3954";
  g.lineWidth = 14;
  g.lineCap = "round";
  g.lineJoin = "round";
  g.beginPath();
  g.moveTo(x0 + 96, 128);
  g.lineTo(x0 + 160, 128);
  g.moveTo(x0 + 136, 100);
  g.lineTo(x0 + 164, 128);
  g.lineTo(x0 + 136, 156);
  g.stroke();
  g.fillStyle = "#fff";
  g.textBaseline = "middle";
  g.fillText(text, x0 + 224, 132);
  return c;
}

/** The pointer's dot: a white ring with a dark edge, and (progress 0–1) the gaze's dwell arc in gold. */
export function drawReticle(progress = 0) {
  const { c, g } = canvas(128, 128);
  g.lineWidth = 14;
  g.strokeStyle = "rgba(0, 0, 0, 0.6)";
  g.beginPath();
  g.arc(64, 64, 40, 0, 2 * Math.PI);
  g.stroke();
  g.lineWidth = 8;
  g.strokeStyle = "#fff";
  g.beginPath();
  g.arc(64, 64, 40, 0, 2 * Math.PI);
  g.stroke();
  if (progress > 0) {
    g.lineWidth = 14;
    g.strokeStyle = GOLD;
    g.beginPath();
    g.arc(64, 64, 52, -Math.PI / 2, -Math.PI / 2 + 2 * Math.PI * Math.min(1, progress));
    g.stroke();
  }
  return c;
}
