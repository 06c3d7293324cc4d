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
};

/** The virtual-tour nodes of all rooms. */
export function tourNodes(data) {
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
