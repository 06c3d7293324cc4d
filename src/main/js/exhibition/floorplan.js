// The floor plan on the stage: every hall of the exhibition (the build's floorplan.svg, cropped to
// the halls), the current one highlighted, and where the visitor stands and looks (a dot and a
// cone that turns with the view). It sits in the stage's top-left corner, small, behind a button
// that folds it away (folded at first on phones), so it covers no picture of the lower walls. A
// hall on the plan is a shortcut for the pointer; keyboard and screen readers have the room links,
// and the plan's button says which hall one is in.

const SVG = "http://www.w3.org/2000/svg";
const MARGIN = 24;

/**
 * Puts the plan onto `stage` for `data` (the exhibition JSON: map {image, width, height}, rooms'
 * map {x, y, w, h}); `goRoom(id)` follows a click on a hall. Returns {room(id), view(yaw)}.
 */
export function floorPlan(stage, data, ui, goRoom) {
  const placed = data.rooms.filter((r) => r.map && Number.isFinite(r.map.x));
  if (!data.map?.image || placed.length === 0) {
    return { room() {}, view() {} };
  }
  // the halls' bounding box (plus a margin), not the whole sheet: the plan stays small
  const box = placed.reduce((b, r) => {
    const w = (r.map.w ?? 180) / 2;
    const h = (r.map.h ?? 180) / 2;
    return [Math.min(b[0], r.map.x - w), Math.min(b[1], r.map.y - h), Math.max(b[2], r.map.x + w), Math.max(b[3], r.map.y + h)];
  }, [Infinity, Infinity, -Infinity, -Infinity]);
  const [x0, y0, x1, y1] = [box[0] - MARGIN, box[1] - MARGIN, box[2] + MARGIN, box[3] + MARGIN];

  const wrap = document.createElement("div");
  wrap.className = "ex-plan";
  const toggle = document.createElement("button");
  toggle.type = "button";
  toggle.className = "ex-plan-toggle";
  toggle.setAttribute("aria-controls", "_ex-plan");
  toggle.innerHTML = '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M3 6l6-2 6 2 6-2v14l-6 2-6-2-6 2zM9 4v14m6-12v14" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round"/></svg><span class="ex-plan-label"></span>';
  const label = toggle.querySelector(".ex-plan-label");

  const svg = document.createElementNS(SVG, "svg");
  svg.id = "_ex-plan";
  svg.setAttribute("class", "ex-plan-map");
  svg.setAttribute("viewBox", `${x0} ${y0} ${x1 - x0} ${y1 - y0}`);
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("focusable", "false");
  const el = (name, attrs, parent = svg) => {
    const e = document.createElementNS(SVG, name);
    for (const [k, v] of Object.entries(attrs)) {
      e.setAttribute(k, String(v));
    }
    parent.append(e);
    return e;
  };
  el("image", { href: data.map.image, x: 0, y: 0, width: data.map.width, height: data.map.height });
  const halls = new Map();
  for (const r of placed) {
    const w = r.map.w ?? 180;
    const h = r.map.h ?? 180;
    const hall = el("rect", { class: "ex-plan-hall", x: r.map.x - w / 2, y: r.map.y - h / 2, width: w, height: h, rx: 6 });
    const title = el("title", {}, hall);
    title.textContent = r.name ?? r.id;
    hall.addEventListener("click", () => goRoom(r.id));
    halls.set(r.id, hall);
  }
  // the visitor: a cone pointing up (north) turned by the view's yaw, and a dot
  const you = el("g", { class: "ex-plan-you" });
  const cone = el("path", { class: "ex-plan-cone", d: "M0 0 L-52 -90 A104 104 0 0 1 52 -90 Z" }, you);
  el("circle", { class: "ex-plan-dot", r: 15 }, you);

  wrap.append(toggle, svg);
  stage.append(wrap);

  let open = (stage.clientWidth || 1024) >= 640;
  let roomName = "";
  const show = () => {
    wrap.classList.toggle("ex-plan--open", open);
    svg.style.display = open ? "" : "none";
    toggle.setAttribute("aria-expanded", String(open));
    const name = ui.map ?? "";
    label.textContent = open ? "" : name;
    const where = roomName ? `${name}: ${(ui.youAreIn || "{room}").replace("{room}", roomName)}` : name;
    toggle.setAttribute("aria-label", where);
    toggle.title = where;
  };
  toggle.addEventListener("click", () => {
    open = !open;
    show();
  });
  show();

  let yaw = 0;
  let at = null;
  const place = () => {
    if (at) {
      you.setAttribute("transform", `translate(${at.map.x} ${at.map.y}) rotate(${(yaw * 180 / Math.PI).toFixed(1)})`);
    }
  };
  return {
    /** The visitor is now in room `id`. */
    room(id) {
      at = placed.find((r) => r.id === id) ?? null;
      for (const [rid, hall] of halls) {
        hall.classList.toggle("ex-plan-hall--here", rid === id);
      }
      wrap.dataset.room = id;
      you.style.display = at ? "" : "none";
      roomName = at?.name ?? "";
      show();
      place();
    },
    /** The view turned to `y` (radians, 0 = north, clockwise). */
    view(y) {
      yaw = y;
      wrap.dataset.yaw = y.toFixed(2);
      place();
    },
  };
}
