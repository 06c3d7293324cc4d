// The VR360 exhibition viewer, loaded by the page script (exhibition.js) with import() when the
// visitor starts the tour (or a deep link, a booth or a framing page does). It puts Photo Sphere
// Viewer on the stage in place of the still: a virtual tour across the rooms, markers over the
// exhibits, the floor plan, a gallery of rooms. The page script keeps the list, the dialog and the
// frame messages and hands each request to the controller start() returns. The URL hash follows
// the view (deep links), and ?kiosk=1 is the booth mode (kiosk.js).
// #_ex tells scripts where the viewer is: data-ready="true", data-room, data-exhibit (README).
// No stylesheet of its own: PSV's and ours come with the page (exhibition.css).
import { Viewer } from "@photo-sphere-viewer/core";
import { CubemapTilesAdapter } from "@photo-sphere-viewer/cubemap-tiles-adapter";
import { MarkersPlugin } from "@photo-sphere-viewer/markers-plugin";
import { VirtualTourPlugin } from "@photo-sphere-viewer/virtual-tour-plugin";
import { MapPlugin } from "@photo-sphere-viewer/map-plugin";
import { GalleryPlugin } from "@photo-sphere-viewer/gallery-plugin";
import { AutorotatePlugin } from "@photo-sphere-viewer/autorotate-plugin";
import { GyroscopePlugin } from "@photo-sphere-viewer/gyroscope-plugin";
import { StereoPlugin } from "@photo-sphere-viewer/stereo-plugin";
import { formatHash } from "./hash.js";
import { psvLang } from "./lang.js";
import { doorArrow, markerId, tourNodes, wallVideoMarker } from "./tour.js";
import { accessibleControls } from "./a11y.js";
import { startKiosk } from "./kiosk.js";
import { keysWhileFocused } from "./keys.js";
import { hasWebgl, showRoomList } from "./layout.js";
import { offerHeadset } from "./xrbutton.js";

/**
 * Starts the viewer in `root` (#_ex, already laid out by the page script) with the exhibition's
 * `data` (#_ex-data). `panel` is the page's exhibit dialog (panel.js), `post` sends frame messages
 * (messages.js), `openFull` is the embed's link to the full page (or null), `kiosk` the booth mode,
 * and `target` the first view: {room, exhibit, position, returnTo, shown} (each optional; `shown`:
 * the page already opened that exhibit in the dialog). Resolves to the controller, whose
 * `go(target)` goes to a room or opens an exhibit, `hash()` gives the current deep link and
 * `panelClosed()` is told when the dialog closes; or to null when this browser cannot show it.
 */
export async function start(root, data, { panel, post, openFull = null, kiosk = false, target = {} }) {
  const ui = data.ui ?? {};
  const viewerElement = root.querySelector(".ex-viewer");
  if (!viewerElement || !data.rooms?.length || !hasWebgl()) {
    return null;
  }
  const rooms = new Map(data.rooms.map((r) => [r.id, r]));
  const firstRoom = rooms.has(data.start) ? data.start : data.rooms[0].id;
  const embed = root.dataset.embed === "true";
  const reducedMotion = matchMedia("(prefers-reduced-motion: reduce)");
  const query = kiosk ? "?kiosk=1" : "";
  const exhibitOf = (roomId, id) => rooms.get(roomId)?.exhibits?.find((e) => e.id === id) ?? null;
  const roomStart = (roomId) => rooms.get(roomId)?.start ?? { yaw: 0, pitch: 0 };

  const langLinks = Array.from(root.querySelectorAll(".ex-langs a[href]"))
    .map((a) => ({ a, base: a.getAttribute("href").split("#")[0] }));
  const floorPlan = data.map ? await floorPlanImage(data.map) : null;

  // where the first room shows up: a deep link's view, an exhibit's position or the room's start
  const initialRoom = rooms.has(target.room) ? target.room : firstRoom;
  const initialExhibit = exhibitOf(initialRoom, target.exhibit);
  let pending = {
    position: target.position ?? initialExhibit?.position ?? null,
    exhibit: initialExhibit ? { id: initialExhibit.id, returnTo: target.returnTo ?? null, shown: Boolean(target.shown) } : null,
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
    viewerElement.querySelector(".psv-container")?.remove();
    return null;
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

  function takePendingPosition() {
    const position = pending.position;
    pending.position = null;
    return position;
  }

  // ---- rooms --------------------------------------------------------------------------------
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
    // the still and the start button (or its "loading" line) leave the stage to the viewer
    for (const placeholder of viewerElement.querySelectorAll(":scope > .ex-still, :scope > .ex-start, :scope > .ex-loading")) {
      placeholder.remove();
    }
    showRoomList(root, node.id);
    const wanted = pending.exhibit;
    pending.exhibit = null;
    post(ready ? "roomchange" : "ready", node.id, wanted?.id ?? null);
    ready = true;
    if (wanted && !(wanted.shown && panel.exhibit !== wanted.id)) {
      activate(node.id, wanted.id, wanted.returnTo, false);
    } else {
      // (an exhibit the page opened before the viewer came and the visitor has closed since stays closed)
      writeHash();
    }
  });

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
      pending.exhibit = { id: exhibitId, returnTo, shown: false };
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

  // the list shows where an exhibit is: its outline lights up while its link has focus or hover
  for (const link of root.querySelectorAll(".ex-room .ex-open")) {
    const roomId = link.closest(".ex-room")?.dataset.room;
    const exhibitId = link.closest(".ex-item")?.dataset.exhibit;
    if (!roomId || !exhibitId) {
      continue;
    }
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

  // ---- headset mode (xrbutton.js, xr.js): it drives the same rooms and wall videos -------------
  offerHeadset(root, data, () => ({ viewer, goRoom, playOnWall, exhibitOf, currentRoom: () => current.room,
    stopMoving: () => autorotate.stop() }));

  return {
    go({ room, exhibit = null, position = null, returnTo = null }) {
      if (exhibit) {
        activate(room, exhibit, returnTo);
      } else {
        goRoom(room, position);
      }
    },
    hash: hashNow,
    panelClosed() {
      current.exhibit = null;
      writeHash();
    },
  };
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

