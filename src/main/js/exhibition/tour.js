// The rooms of the exhibition's JSON as Photo Sphere Viewer virtual-tour nodes: a cubemap-tiles
// panorama, the doors as links (an arrow button at the door) and as an outline over the door,
// and one marker per exhibit.
import { escapeHtml, goTo } from "./lang.js";

/** Marker ids: the outline of an exhibit or door, and the two layers of a wall video. */
export const markerId = {
  exhibit: (id) => "ex:" + id,
  door: (to) => "door:" + to,
  video: (id) => "video:" + id,
  poster: (id) => "poster:" + id,
  label: (id) => "label:" + id,
  sign: (to) => "sign:" + to,
  title: () => "title",
};

/** The virtual-tour nodes of all rooms; `focal()` gives the viewer's current pixels per radian `f` and its `width` in px (see panelMarker). */
export function tourNodes(data, focal) {
  const names = new Map(data.rooms.map((r) => [r.id, r.name]));
  return data.rooms.map((room) => ({
    id: room.id,
    name: escapeHtml(room.name),
    caption: escapeHtml(room.name),
    thumbnail: room.thumb,
    panorama: panorama(room.panorama),
    map: room.map ? { x: room.map.x, y: room.map.y } : false,
    links: (room.doors ?? [])
      .filter((d) => names.has(d.to) && d.to !== room.id)
      .map((d) => ({ nodeId: d.to, position: d.position, data: { label: goTo(data.ui, names.get(d.to)) } })),
    markers: [
      ...(room.exhibits ?? []).flatMap((e) => exhibitMarkers(e)),
      ...(room.doors ?? []).filter((d) => d.corners && names.has(d.to)).map((d) => doorMarker(d, goTo(data.ui, names.get(d.to)))),
      ...(focal ? panelMarkers(room, names, focal) : []),
    ],
  }));
}

/** The adapter's panorama from the JSON's (tile URL template → function). */
function panorama(p) {
  return {
    levels: p.levels,
    baseUrl: p.baseUrl,
    flipTopBottom: p.flipTopBottom ?? false,
    tileUrl: (face, col, row, level) =>
      p.tileUrl.replace("{level}", level).replace("{face}", face).replace("{col}", col).replace("{row}", row),
  };
}

const OUTLINE = { fill: "rgba(255,255,255,0)", stroke: "rgba(255,255,255,0)", strokeWidth: "3px" };

function tooltip(text) {
  return { content: escapeHtml(text), position: "top center", trigger: "hover" };
}

/**
 * An exhibit with corners: an invisible outline over its frame (hover/focus shows it; it carries
 * the tooltip and the click) and, for a video, a poster layer beneath (the video layer comes when
 * it is played: see wallVideoMarker). Without corners (panorama rooms): a round hotspot at its position.
 */
function exhibitMarkers(e) {
  const data = { exhibit: e.id };
  if (!e.corners || e.corners.length !== 4) {
    const dot = document.createElement("span");
    dot.className = "ex-hotspot" + (e.type === "video" ? " ex-hotspot--video" : "");
    return [{ id: markerId.exhibit(e.id), element: dot, position: e.position, size: { width: 36, height: 36 },
      anchor: "center center", className: "ex-marker-dot", tooltip: tooltip(e.title), data }];
  }
  const corners = e.corners.map(([yaw, pitch]) => ({ yaw, pitch }));
  const markers = [];
  // the pointer "hovers" a 3D layer too (PSV raycasts under the outline), so with a video the
  // layers carry the tooltip, else two markers would fight over it
  const layered = e.type === "video" && e.video && e.poster;
  if (layered) {
    markers.push({ id: markerId.poster(e.id), imageLayer: e.poster, position: corners, tooltip: tooltip(e.title), data });
  }
  markers.push({ id: markerId.exhibit(e.id), polygon: e.corners, className: "ex-marker",
    svgStyle: OUTLINE, ...(layered ? {} : { tooltip: tooltip(e.title) }), data });
  return markers;
}

/**
 * The video layer of a wall video, added only when the visitor plays it (hidden until it plays):
 * while a video layer exists PSV redraws the whole room every frame (needsContinuousUpdate), which
 * would keep a phone's GPU busy in every room with a video, watched or not.
 */
export function wallVideoMarker(e) {
  if (!e || e.type !== "video" || !e.video || !e.corners || e.corners.length !== 4) {
    return null;
  }
  return { id: markerId.video(e.id), videoLayer: e.video, position: e.corners.map(([yaw, pitch]) => ({ yaw, pitch })),
    autoplay: false, visible: false, tooltip: tooltip(e.title), data: { exhibit: e.id } };
}

function doorMarker(d, label) {
  return { id: markerId.door(d.to), polygon: d.corners, className: "ex-marker ex-marker--door",
    svgStyle: OUTLINE, tooltip: tooltip(label), data: { door: d.to } };
}

/**
 * The arrow of a door (virtual-tour link): a real button, so it can be focused and pressed. The
 * tour plugin follows pointer clicks itself; `onKey(roomId)` gets the keyboard's (click, detail 0).
 */
export const doorArrow = (onKey) => (link) => {
  const button = document.createElement("button");
  button.type = "button";
  button.className = "ex-door";
  button.setAttribute("aria-label", link.data?.label ?? link.nodeId);
  button.innerHTML = '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M5 12h12m-5-6 6 6-6 6" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"/></svg>';
  button.addEventListener("click", (e) => {
    if (e.detail === 0) {
      onKey(link.nodeId);
    }
  });
  return button;
};

/**
 * The texts of a rendered hall's blank panels, drawn over them in the visitor's language: the
 * hall's name on its title panel, "→ next hall" on the sign over each door, each exhibit's title
 * on its label plaque. They are decoration for the eye (aria-hidden, no pointer events): the
 * exhibits and doors have their own accessible names.
 */
function panelMarkers(room, names, focal) {
  const out = [];
  if (room.title) {
    out.push(panelMarker(markerId.title(), "title", room.title, room.name, focal, room.title.colour));
  }
  for (const d of room.doors ?? []) {
    if (d.sign && names.has(d.to)) {
      out.push(panelMarker(markerId.sign(d.to), "sign", d.sign, names.get(d.to), focal, null, true));
    }
  }
  for (const e of room.exhibits ?? []) {
    if (e.label) {
      out.push(panelMarker(markerId.label(e.id), "label", e.label, e.title, focal));
    }
  }
  return out;
}

/**
 * Reference focal length (px per radian) at which a panel's text box is laid out: the box is
 * the panel's angular size × F0 and the marker is scaled by focal() / F0, so the text sits on
 * its panel and grows and shrinks with the zoom. It never gets smaller than MIN_FONT px (the
 * box then outgrows its panel, away from the picture or door it belongs to); when even that
 * would be wider than the panel's space (a neighbour's), it hides until the visitor zooms in.
 */
const F0 = 1800;
const MIN_FONT = { title: 17, sign: 13, label: 11 };
/** The text's size as a share of the panel's height at F0 (a label holds two lines, more make it taller). */
const FONT_SHARE = { title: 0.5, sign: 0.5, label: 0.3 };

function panelMarker(id, kind, p, text, focal, colour = null, arrow = false) {
  const width = p.width * F0;
  const height = p.height * F0;
  const font = height * FONT_SHARE[kind];
  const min = MIN_FONT[kind] / font;
  // built with the DOM and styled through CSSOM: the CSP (style-src 'self') refuses style attributes
  const box = document.createElement("span");
  box.className = `ex-plate ex-plate--${kind}`;
  box.setAttribute("aria-hidden", "true");
  // the text covers its panel (and grows past it when it needs more lines)
  box.style.minHeight = height.toFixed(1) + "px";
  box.style.fontSize = font.toFixed(2) + "px";
  if (colour) {
    box.style.background = colour;
  }
  if (arrow) {
    const a = document.createElement("span");
    a.className = "ex-plate-arrow";
    a.textContent = "\u2192";
    box.append(a, " ");
  }
  const words = document.createElement("span");
  if (p.phrases?.length) {
    // Chinese and Japanese: lines break between phrases only (keep-all + <wbr>)
    box.classList.add("ex-plate--phrases");
    p.phrases.forEach((ph, i) => {
      if (i > 0) {
        words.append(document.createElement("wbr"));
      }
      words.append(ph);
    });
  } else {
    words.textContent = text;
  }
  box.append(words);
  let textWidth = 0;
  return {
    id, element: box, size: { width: Math.round(width), height: Math.round(height) }, position: p.position,
    anchor: p.anchor, className: "ex-plate-marker", zIndex: -1, data: { panel: kind },
    scale: () => {
      const { f, width: viewWidth } = focal();
      let s = Math.max(f / F0, min);
      if (kind !== "label") {
        // a one-line sign or title never wider than most of the view (a phone held upright)
        textWidth ||= box.offsetWidth;
        if (textWidth > 0) {
          s = Math.min(s, (0.9 * viewWidth) / textWidth);
        }
      }
      return s * width > p.space * f ? 0 : s;
    },
  };
}
