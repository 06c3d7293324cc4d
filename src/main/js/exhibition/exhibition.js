// The VR360 exhibition viewer. The page is a gallery without it: one section per room with its
// exhibits as a list of links and <figure>s (see the contract, §4). This script reads the room
// data (#_ex-data, §5) and puts Photo Sphere Viewer on the stage: a virtual tour across the rooms,
// markers over the exhibits, the floor plan, a gallery of rooms. The list beside it drives the
// viewer; an exhibit opens in a dialog. The URL hash follows the view (deep links), a parent
// window can steer a framed page (messages.js), and ?kiosk=1 is the booth mode (kiosk.js).
// #_ex tells scripts where the viewer is: data-ready="true", data-room, data-exhibit (README).
import { Viewer } from "@photo-sphere-viewer/core";
import { CubemapTilesAdapter } from "@photo-sphere-viewer/cubemap-tiles-adapter";
import { MarkersPlugin } from "@photo-sphere-viewer/markers-plugin";
import { VirtualTourPlugin } from "@photo-sphere-viewer/virtual-tour-plugin";
import { MapPlugin } from "@photo-sphere-viewer/map-plugin";
import { GalleryPlugin } from "@photo-sphere-viewer/gallery-plugin";
import { AutorotatePlugin } from "@photo-sphere-viewer/autorotate-plugin";
import { GyroscopePlugin } from "@photo-sphere-viewer/gyroscope-plugin";
import { StereoPlugin } from "@photo-sphere-viewer/stereo-plugin";
import "@photo-sphere-viewer/core/index.css";
import "@photo-sphere-viewer/markers-plugin/index.css";
import "@photo-sphere-viewer/virtual-tour-plugin/index.css";
import "@photo-sphere-viewer/map-plugin/index.css";
import "@photo-sphere-viewer/gallery-plugin/index.css";
import "./exhibition.css";
import { formatHash, parseHash } from "./hash.js";
import { psvLang } from "./lang.js";
import { doorArrow, markerId, tourNodes, wallVideoMarker } from "./tour.js";
import { createPanel } from "./panel.js";
import { accessibleControls } from "./a11y.js";
import { frameMessages } from "./messages.js";
import { isKiosk, startKiosk } from "./kiosk.js";
import { embedBox } from "./embedbox.js";
import { keysWhileFocused } from "./keys.js";

embedBox();
const root = document.getElementById("_ex");
const dataElement = document.getElementById("_ex-data");
if (root && dataElement) {
  start(root, JSON.parse(dataElement.textContent));
}

async function start(root, data) {
  const ui = data.ui ?? {};
  const viewerElement = root.querySelector(".ex-viewer");
  if (!viewerElement || !data.rooms?.length || !hasWebgl()) {
    showGallery(root, ui);
    return;
  }
  const rooms = new Map(data.rooms.map((r) => [r.id, r]));
  const firstRoom = rooms.has(data.start) ? data.start : data.rooms[0].id;
  const kiosk = isKiosk();
  const embed = root.dataset.embed === "true";
  const reducedMotion = matchMedia("(prefers-reduced-motion: reduce)");
  const query = kiosk ? "?kiosk=1" : "";
  const exhibitOf = (roomId, id) => rooms.get(roomId)?.exhibits?.find((e) => e.id === id) ?? null;
  const roomStart = (roomId) => rooms.get(roomId)?.start ?? { yaw: 0, pitch: 0 };

  const side = wrapSide(root);
  const langLinks = Array.from(root.querySelectorAll(".ex-langs a[href]"))
    .map((a) => ({ a, base: a.getAttribute("href").split("#")[0] }));
  const openFull = embed && !kiosk && data.page ? addOpenFull(root, ui, data.page) : null;
  const floorPlan = data.map ? await floorPlanImage(data.map) : null;
  if (embed) {
    addSideToggle(root, side, ui);
  }

  // where the next room shows up: a deep link's view, an exhibit's position or the room's start
  const initial = parseHash(location.hash);
  const initialRoom = rooms.has(initial.room) ? initial.room : firstRoom;
  let pending = {
    position: initial.yaw !== null && initial.pitch !== null ? { yaw: initial.yaw, pitch: initial.pitch }
      : exhibitOf(initialRoom, initial.exhibit)?.position ?? null,
    exhibit: exhibitOf(initialRoom, initial.exhibit) ? { id: initial.exhibit, returnTo: null } : null,
  };
  const current = { room: null, exhibit: null };

  let viewer;
  try {
    viewer = new Viewer({
      container: viewerElement,
      adapter: CubemapTilesAdapter,
      lang: psvLang(ui),
      loadingTxt: ui.loading ?? "",
      // a frame or a booth is all viewer: keys always turn it; on the page only while it has the focus (keys.js)
      keyboard: embed || kiosk ? "always" : false,
      navbar: ["zoom", "move", ...(reducedMotion.matches ? [] : ["autorotate"]), "gallery", "gyroscope",
        "stereo", "caption", "fullscreen"],
      // a page scrolls under the wheel (ctrl + wheel zooms); a frame or a booth is all viewer
      mousewheel: embed || kiosk || Boolean(ui.ctrlZoom),
      mousewheelCtrlKey: !(embed || kiosk),
      plugins: [
        [MarkersPlugin, { defaultHoverScale: false, gotoMarkerSpeed: "10rpm" }],
        ...(data.map ? [[MapPlugin, {
          imageUrl: floorPlan,
          size: "180px",
          defaultZoom: 40,
          position: ["bottom", "left"],
          visibleOnLoad: viewerElement.clientWidth >= 640,
          minimizeOnHotspotClick: true,
          coneColor: "#b3202a",
          spotStyle: { size: 16, color: "#ffd166", borderSize: 2, borderColor: "#0b3954", hoverBorderSize: 4 },
        }]] : []),
        [GalleryPlugin, { visibleOnLoad: false, hideOnClick: true, thumbnailSize: { width: 160, height: 90 } }],
        [AutorotatePlugin, { autostartDelay: null, autostartOnIdle: false, autorotateSpeed: "1rpm", autorotatePitch: 0 }],
        GyroscopePlugin,
        StereoPlugin,
        // last: it hands the rooms to the map and the gallery, which must be set up by then
        [VirtualTourPlugin, {
          positionMode: "manual",
          renderMode: "2d",
          nodes: tourNodes(data),
          startNodeId: initialRoom,
          preload: true,
          showLinkTooltip: true,
          arrowStyle: { element: doorArrow((roomId) => goRoom(roomId)), size: { width: 56, height: 56 } },
          transitionOptions: (node) => ({
            rotateTo: takePendingPosition() ?? roomStart(node.id),
            effect: reducedMotion.matches ? "none" : "fade",
            rotation: !reducedMotion.matches,
            speed: "20rpm",
            showLoader: true,
          }),
          map: floorPlan ? { imageUrl: floorPlan, size: { width: data.map.width, height: data.map.height } } : null,
        }],
      ],
    });
  } catch (e) {
    console.warn("exhibition: no viewer", e);
    viewerElement.replaceChildren();
    unwrapSide(root, side);
    showGallery(root, ui);
    return;
  }
  if (!viewerElement.hasAttribute("role")) {
    viewerElement.setAttribute("role", "region");
  }
  accessibleControls(viewerElement);
  if (!(embed || kiosk)) {
    keysWhileFocused(viewer, viewerElement);
  }
  const markers = viewer.getPlugin(MarkersPlugin);
  const tour = viewer.getPlugin(VirtualTourPlugin);
  const autorotate = viewer.getPlugin(AutorotatePlugin);
  const panel = createPanel(root, ui, () => {
    current.exhibit = null;
    delete root.dataset.exhibit;
    writeHash();
  });
  const post = frameMessages(data.lang, {
    goto: (roomId, exhibit) => (exhibit ? activate(roomId, exhibit, null) : goRoom(roomId)),
    setLang: (lang) => {
      const target = data.langs?.find((l) => l.code === lang);
      if (target) {
        location.assign(target.href.split("#")[0] + query + hashNow());
      }
    },
  });

  function takePendingPosition() {
    const position = pending.position;
    pending.position = null;
    return position;
  }

  // ---- rooms --------------------------------------------------------------------------------
  const roomLinks = Array.from(root.querySelectorAll(".ex-rooms a[data-room]"));
  const sections = Array.from(root.querySelectorAll(".ex-room[data-room]"));

  /** Shows a room (and `position` in it); resolves once it is on screen. */
  function goRoom(roomId, position = null) {
    if (!rooms.has(roomId)) {
      return Promise.resolve(false);
    }
    panel.close();
    if (roomId === current.room) {
      turnTo(position ?? roomStart(roomId));
      return Promise.resolve(true);
    }
    pending.position = position;
    return tour.setCurrentNode(roomId).catch((e) => {
      console.warn("exhibition: room", roomId, e);
      return false;
    });
  }

  let ready = false;
  tour.addEventListener("node-changed", ({ node }) => {
    current.room = node.id;
    current.exhibit = null;
    // the state for scripts and tests: the room on screen, the open exhibit, and ready once the
    // first room shows (the same moment a framed page posts "ready")
    root.dataset.room = node.id;
    delete root.dataset.exhibit;
    root.dataset.ready = "true";
    for (const a of roomLinks) {
      if (a.dataset.room === node.id) {
        a.setAttribute("aria-current", "true");
      } else {
        a.removeAttribute("aria-current");
      }
    }
    for (const s of sections) {
      s.hidden = s.dataset.room !== node.id;
    }
    const wanted = pending.exhibit;
    pending.exhibit = null;
    post(ready ? "roomchange" : "ready", node.id, wanted?.id ?? null);
    ready = true;
    if (wanted) {
      activate(node.id, wanted.id, wanted.returnTo, false);
    } else {
      writeHash();
    }
  });

  for (const a of roomLinks) {
    a.addEventListener("click", (e) => {
      e.preventDefault();
      goRoom(a.dataset.room);
    });
  }

  // ---- exhibits -----------------------------------------------------------------------------
  function turnTo(position) {
    autorotate.stop();
    if (reducedMotion.matches) {
      viewer.rotate(position);
    } else {
      // animate() returns a thenable without catch(); an interrupted turn is no error
      Promise.resolve(viewer.animate({ ...position, speed: "10rpm" })).catch(() => {});
    }
  }

  /** Turns to an exhibit and opens it in the panel (after going to its room if need be). */
  function activate(roomId, exhibitId, returnTo, turn = true) {
    const exhibit = exhibitOf(roomId, exhibitId);
    if (!exhibit) {
      return;
    }
    if (roomId !== current.room) {
      pending.exhibit = { id: exhibitId, returnTo };
      goRoom(roomId, exhibit.position);
      return;
    }
    if (turn) {
      turnTo(exhibit.position);
    }
    if (exhibit.type === "video") {
      playOnWall(exhibit.id);
    }
    const figure = document.getElementById(`_ex-fig-${roomId}-${exhibitId}`);
    if (figure) {
      panel.show(figure, exhibitId, returnTo ?? document.activeElement);
    }
    current.exhibit = exhibitId;
    root.dataset.exhibit = exhibitId;
    writeHash();
    post("exhibitopen", roomId, exhibitId);
  }

  /** Starts a wall video (muted, looping); its layer, made now, replaces the poster once it plays. */
  function playOnWall(id) {
    if (!findMarker(markerId.video(id))) {
      const config = wallVideoMarker(exhibitOf(current.room, id));
      if (config) {
        markers.addMarker(config);
      }
    }
    const marker = findMarker(markerId.video(id));
    const video = marker?.video;
    if (!video || !video.paused) {
      return;
    }
    video.muted = true;
    video.addEventListener("playing", () => {
      if (findMarker(markerId.video(id)) === marker) {
        markers.showMarker(markerId.video(id));
        if (findMarker(markerId.poster(id))) {
          markers.hideMarker(markerId.poster(id));
        }
      }
    }, { once: true });
    video.play().catch(() => {});
  }

  function findMarker(id) {
    try {
      return markers.getMarker(id);
    } catch {
      return null;
    }
  }

  markers.addEventListener("select-marker", ({ marker }) => {
    const { exhibit, door } = marker.data ?? {};
    if (exhibit) {
      activate(current.room, exhibit, null);
    } else if (door) {
      goRoom(door);
    }
  });

  for (const link of root.querySelectorAll(".ex-room .ex-open")) {
    const roomId = link.closest(".ex-room")?.dataset.room;
    const exhibitId = link.closest(".ex-item")?.dataset.exhibit;
    if (!roomId || !exhibitId) {
      continue;
    }
    link.addEventListener("click", (e) => {
      e.preventDefault();
      activate(roomId, exhibitId, link);
    });
    // the list shows where an exhibit is: its outline lights up while its link has focus or hover
    const light = (on) => {
      const marker = roomId === current.room ? findMarker(markerId.exhibit(exhibitId)) : null;
      if (!marker) {
        return;
      }
      marker.domElement?.classList.toggle("ex-marker--focus", on);
      // a video's tooltip is on whichever of its layers shows
      const withTooltip = [markerId.video(exhibitId), markerId.poster(exhibitId), marker.id]
        .map(findMarker).find((m) => m?.config.tooltip && m.config.visible !== false);
      if (withTooltip && on) {
        markers.showMarkerTooltip(withTooltip.id);
      } else if (withTooltip) {
        markers.hideMarkerTooltip(withTooltip.id);
      }
    };
    link.addEventListener("focus", () => light(true));
    link.addEventListener("blur", () => light(false));
    link.addEventListener("mouseenter", () => light(true));
    link.addEventListener("mouseleave", () => light(false));
  }

  // ---- the URL follows the view -------------------------------------------------------------
  function hashNow() {
    return current.room ? formatHash(current.room, current.exhibit, viewer.getPosition()) : location.hash;
  }

  function writeHash() {
    if (!current.room) {
      return;
    }
    const hash = hashNow();
    if (location.hash !== hash) {
      history.replaceState(history.state, "", hash);
    }
    for (const { a, base } of langLinks) {
      a.setAttribute("href", base + query + hash);
    }
    if (openFull) {
      openFull.setAttribute("href", data.page + hash);
    }
  }

  let hashTimer = 0;
  viewer.addEventListener("position-updated", () => {
    if (!hashTimer) {
      hashTimer = setTimeout(() => {
        hashTimer = 0;
        writeHash();
      }, 300);
    }
  });

  // a hash typed in or followed from elsewhere on the page
  window.addEventListener("hashchange", () => {
    const link = parseHash(location.hash);
    if (!rooms.has(link.room)) {
      return;
    }
    const position = link.yaw !== null && link.pitch !== null ? { yaw: link.yaw, pitch: link.pitch } : null;
    if (link.exhibit && exhibitOf(link.room, link.exhibit)) {
      activate(link.room, link.exhibit, null);
    } else {
      goRoom(link.room, position);
    }
  });

  reducedMotion.addEventListener?.("change", () => {
    if (reducedMotion.matches) {
      autorotate.stop();
    }
  });

  // ---- booth mode ---------------------------------------------------------------------------
  if (kiosk) {
    let stepper = 0;
    startKiosk(root, {
      allowed: ".ex-rooms a, .ex-open, .ex-langs a",
      idleText: ui.kioskIdle ?? "",
      tour: {
        start() {
          panel.close();
          const points = (rooms.get(current.room)?.exhibits ?? []).map((e) => e.position);
          if (reducedMotion.matches) {
            // jumps from exhibit to exhibit instead of turning
            let i = 0;
            clearInterval(stepper);
            stepper = points.length ? setInterval(() => viewer.rotate(points[i++ % points.length]), 6000) : 0;
            return;
          }
          autorotate.setKeypoints(points.length >= 2 ? points.map((position) => ({ position, pause: 4000 })) : null);
          autorotate.start();
        },
        stop() {
          clearInterval(stepper);
          stepper = 0;
          autorotate.stop();
          autorotate.setKeypoints(null);
        },
      },
      reset: () => goRoom(firstRoom, roomStart(firstRoom)),
    });
  }
}

/**
 * The floor plan for the map plugin, which draws it at the image's own size in pixels. An SVG
 * with only a viewBox has none (Chrome makes it 250 × 150, so the rooms' map positions miss):
 * such a plan is given inline with the JSON's width and height (the plugin makes it a data: URL).
 * Fetched before the viewer starts, because the plugin trips over an image changed while loading.
 */
async function floorPlanImage({ image, width, height }) {
  if (!/\.svg(?:[?#]|$)/.test(image) || !width || !height) {
    return image;
  }
  try {
    const response = await fetch(image);
    const svg = response.ok ? await response.text() : "";
    const open = svg.match(/<svg\b[^>]*>/)?.[0];
    // btoa() inside the plugin takes Latin-1 only
    if (open && !/\swidth\s*=/.test(open) && /^[\x00-\xff]*$/.test(svg)) {
      return svg.replace(/<svg\b/, `<svg width="${width}" height="${height}"`);
    }
  } catch {
    // the plugin will try the URL itself
  }
  return image;
}

/** Whether this browser can draw the viewer. */
function hasWebgl() {
  try {
    const canvas = document.createElement("canvas");
    return Boolean(canvas.getContext("webgl2") || canvas.getContext("webgl"));
  } catch {
    return false;
  }
}

/** No viewer: the room sections read as a gallery, the figures shown inline, with a notice. */
function showGallery(root, ui) {
  root.classList.add("ex--static");
  for (const figure of root.querySelectorAll(".ex-figure")) {
    figure.hidden = false;
  }
  // the room links jump to the room's section instead
  for (const a of root.querySelectorAll(".ex-rooms a[data-room]")) {
    if (document.getElementById(`_ex-room-${a.dataset.room}`)) {
      a.setAttribute("href", `#_ex-room-${a.dataset.room}`);
    }
  }
  const stage = root.querySelector(".ex-stage");
  if (stage) {
    stage.hidden = true;
  }
  if (ui.noWebgl) {
    const notice = document.createElement("p");
    notice.className = "ex-notice";
    notice.setAttribute("role", "status");
    notice.textContent = ui.noWebgl;
    root.prepend(notice);
  }
}

/** Everything but the stage goes into one column beside (or, on phones, below) the viewer. */
function wrapSide(root) {
  const side = document.createElement("div");
  side.className = "ex-side";
  side.id = "_ex-side";
  for (const child of Array.from(root.children)) {
    if (!child.matches(".ex-stage, script")) {
      side.append(child);
    }
  }
  root.querySelector(".ex-stage").after(side);
  root.classList.add("ex--live");
  return side;
}

function unwrapSide(root, side) {
  side.replaceWith(...side.childNodes);
  root.classList.remove("ex--live");
}

/** In a frame the list hides behind a button on the stage. */
function addSideToggle(root, side, ui) {
  const button = document.createElement("button");
  button.type = "button";
  button.className = "ex-side-toggle";
  button.setAttribute("aria-controls", side.id);
  button.setAttribute("aria-expanded", "false");
  button.textContent = ui.exhibits ?? ui.rooms ?? "";
  const set = (open) => {
    root.classList.toggle("ex--side-open", open);
    button.setAttribute("aria-expanded", String(open));
  };
  button.addEventListener("click", () => set(!root.classList.contains("ex--side-open")));
  side.addEventListener("keydown", (e) => {
    if (e.key === "Escape" && root.classList.contains("ex--side-open") && !e.defaultPrevented) {
      set(false);
      button.focus();
    }
  });
  root.querySelector(".ex-stage").append(button);
}

/**
 * In a frame: a link to the full page on the stage, kept at the current view. It stands in for the
 * page's own link below the exhibition, which the stage covers (Tab would reach it unseen).
 */
function addOpenFull(root, ui, page) {
  for (const covered of document.querySelectorAll(".ex-full")) {
    covered.hidden = true;
  }
  const a = document.createElement("a");
  a.href = page;
  a.className = "ex-openfull";
  a.target = "_blank";
  a.rel = "noopener";
  a.textContent = ui.openFull ?? "";
  root.querySelector(".ex-stage").append(a);
  return a;
}
