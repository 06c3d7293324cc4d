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
import { GalleryPlugin } from "@photo-sphere-viewer/gallery-plugin";
import { AutorotatePlugin } from "@photo-sphere-viewer/autorotate-plugin";
import { GyroscopePlugin } from "@photo-sphere-viewer/gyroscope-plugin";
import { StereoPlugin } from "@photo-sphere-viewer/stereo-plugin";
import { formatHash } from "./hash.js";
import { escapeHtml, psvLang } from "./lang.js";
import { doorArrow, markerId, tourNodes, wallVideoMarker } from "./tour.js";
import { accessibleControls } from "./a11y.js";
import { startKiosk } from "./kiosk.js";
import { createGuidedTour } from "./guided.js";
import { keysWhileFocused } from "./keys.js";
import { hasWebgl, showRoomList } from "./layout.js";
import { floorPlan } from "./floorplan.js";
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

  // where the first room shows up: a deep link's view, an exhibit's position or the room's start
  const initialRoom = rooms.has(target.room) ? target.room : firstRoom;
  const initialExhibit = exhibitOf(initialRoom, target.exhibit);
  let pending = {
    position: target.position ?? initialExhibit?.position ?? null,
    exhibit: initialExhibit ? { id: initialExhibit.id, returnTo: target.returnTo ?? null, shown: Boolean(target.shown) } : null,
  };
  const current = { room: null, exhibit: null };

  let viewer;
  // pixels per radian at the middle of the view, for the texts on the halls' panels (tour.js)
  const focal = () => (viewer
    ? { f: viewer.state.size.height / (2 * Math.tan((viewer.state.vFov * Math.PI) / 360)), width: viewer.state.size.width }
    : { f: 600, width: 600 });
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
        [GalleryPlugin, { visibleOnLoad: false, hideOnClick: true, thumbnailSize: { width: 160, height: 90 } }],
        [AutorotatePlugin, { autostartDelay: null, autostartOnIdle: false, autorotateSpeed: "1rpm", autorotatePitch: 0 }],
        GyroscopePlugin,
        StereoPlugin,
        // last: it hands the rooms to the gallery, which must be set up by then
        [VirtualTourPlugin, {
          positionMode: "manual",
          renderMode: "2d",
          nodes: tourNodes(data, focal),
          startNodeId: initialRoom,
          preload: true,
          showLinkTooltip: true,
          // the door's card: "Go to <hall>" over the hall's thumbnail, light on dark (exhibition.css)
          getLinkTooltip: (content, link, node) => `<p class="ex-door-card">${escapeHtml(link.data?.label ?? node.name)}</p>`
            + (node.thumbnail ? `<img src="${escapeHtml(node.thumbnail)}" alt="">` : ""),
          arrowStyle: { element: doorArrow((roomId) => throughDoor(roomId)), size: { width: 56, height: 56 } },
          // through a door the visitor keeps looking the way they walked (the halls share north), so
          // the next hall opens looking into it with the door behind; else the room's start view
          transitionOptions: (node, fromNode, fromLink) => ({
            rotateTo: takePendingPosition() ?? (fromLink?.position ? doorView(fromLink.position) : roomStart(node.id)),
            effect: reducedMotion.matches ? "none" : "fade",
            rotation: !reducedMotion.matches,
            speed: "20rpm",
            showLoader: true,
          }),
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
  // the floor plan: all halls, this one lit, the visitor's place and view (floorplan.js)
  const plan = floorPlan(viewerElement, data, ui, (roomId) => goRoom(roomId));
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

  /** The view on entering a room through a door seen at `position`: the same heading, level. */
  function doorView(position) {
    return { yaw: position.yaw, pitch: 0 };
  }

  /** Walks through the current room's door to `roomId` (keyboard, door outline): heading kept. */
  function throughDoor(roomId) {
    const door = rooms.get(current.room)?.doors?.find((d) => d.to === roomId);
    return goRoom(roomId, door?.position ? doorView(door.position) : null);
  }

  let ready = false;
  let firstShown;
  const shown = new Promise((resolve) => {
    firstShown = resolve;
  });
  tour.addEventListener("node-changed", ({ node }) => {
    firstShown();
    current.room = node.id;
    current.exhibit = null;
    // the state for scripts and tests: the room on screen, the open exhibit, and ready once the
    // first room shows (the same moment a framed page posts "ready")
    root.dataset.room = node.id;
    delete root.dataset.exhibit;
    plan.room(node.id);
    plan.view(viewer.getPosition().yaw);
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
  /** Turns to `position` (and `zoom`, when given); resolves when the view is there. */
  function turnTo(position, zoom = null) {
    autorotate.stop();
    if (reducedMotion.matches) {
      viewer.rotate(position);
      if (zoom !== null) {
        viewer.zoom(zoom);
      }
      return Promise.resolve();
    }
    // animate() returns a thenable without catch(); an interrupted turn is no error
    return Promise.resolve(viewer.animate({ ...position, ...(zoom === null ? {} : { zoom }), speed: "10rpm" })).catch(() => {});
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
      throughDoor(door);
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
  viewer.addEventListener("position-updated", ({ position }) => {
    plan.view(position.yaw);
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

  // ---- the guided tour (guided.js) -----------------------------------------------------------
  /**
   * Where to look for a stop: its exhibit (or view) in the middle of the part of the stage the
   * tour's caption leaves free, so the narration never hides what it describes.
   */
  function aimAbove(position, zoom) {
    const box = viewerElement.querySelector(".ex-tour");
    const height = viewerElement.clientHeight;
    if (!box || box.hidden || !height) {
      return position;
    }
    const covered = Math.max(0, viewerElement.getBoundingClientRect().bottom - box.getBoundingClientRect().top);
    const vFov = ((zoom ?? null) === null ? viewer.state.vFov : viewer.dataHelper.zoomLevelToFov(zoom)) * Math.PI / 180;
    const drop = Math.atan(Math.tan(vFov / 2) * Math.min(covered / height, 0.6));
    return { yaw: position.yaw, pitch: Math.max(-Math.PI / 2, position.pitch - drop) };
  }

  /**
   * The zoom level that shows a hall's exhibit large in the part of the stage the caption leaves
   * free (its frame about two thirds of that height), or null for a thing without a frame.
   */
  function zoomFor(roomId, exhibitId) {
    const corners = exhibitOf(roomId, exhibitId)?.corners;
    const box = viewerElement.querySelector(".ex-tour");
    const height = viewerElement.clientHeight;
    const width = viewerElement.clientWidth;
    if (!corners?.length || !height || !width) {
      return null;
    }
    const pitches = corners.map(([, p]) => p);
    const yaws = corners.map(([y]) => y);
    const span = (values) => {
      const spread = Math.max(...values) - Math.min(...values);
      return spread > Math.PI ? 2 * Math.PI - spread : spread;
    };
    const covered = box && !box.hidden ? Math.max(0, viewerElement.getBoundingClientRect().bottom - box.getBoundingClientRect().top) : 0;
    const free = Math.max(0.3, 1 - covered / height);
    const byHeight = span(pitches) / (0.65 * free);
    const byWidth = 2 * Math.atan(Math.tan(span(yaws) / 0.8 / 2) * height / width);
    const vFov = Math.min(Math.max(byHeight, byWidth) * 180 / Math.PI, viewer.config.maxFov);
    return Math.round(viewer.dataHelper.fovToZoomLevel(Math.max(vFov, viewer.config.minFov)));
  }

  /** Brings the view to a stop of the guided tour, changing rooms the usual way; resolves once there. */
  async function showStop(stop) {
    await shown;
    panel.close();
    autorotate.stop();
    const zoom = stop.zoom ?? (stop.exhibit ? zoomFor(stop.room, stop.exhibit) : null);
    const position = aimAbove(stop.position, zoom);
    if (stop.room !== current.room) {
      pending.exhibit = null;
      await goRoom(stop.room, position);
      if (zoom !== null) {
        await turnTo(position, zoom);
      }
    } else {
      // a turn cut short (the visitor dragged the view) is an arrival too
      await Promise.race([turnTo(position, zoom), new Promise((resolve) => setTimeout(resolve, 10_000))]);
    }
    if (current.room !== stop.room) {
      return;
    }
    current.exhibit = stop.exhibit ?? null;
    if (stop.exhibit) {
      root.dataset.exhibit = stop.exhibit;
      if (exhibitOf(stop.room, stop.exhibit)?.type === "video") {
        playOnWall(stop.exhibit);
      }
    } else {
      delete root.dataset.exhibit;
    }
    writeHash();
  }

  const guided = createGuidedTour(root, data, { show: showStop });

  // ---- booth mode ---------------------------------------------------------------------------
  // with a guided tour, that is the booth's idle show, in a loop; a touch on its controls keeps
  // it going as the visitor's own tour, any other touch ends it
  let touchedTourAt = 0;
  if (kiosk && guided) {
    const tourBox = root.querySelector(".ex-tour");
    for (const type of ["pointerdown", "keydown"]) {
      // registered before startKiosk's listeners, so this runs first
      window.addEventListener(type, (e) => {
        touchedTourAt = tourBox.contains(e.target) ? Date.now() : 0;
      }, { capture: true, passive: true });
    }
  }
  if (kiosk) {
    let stepper = 0;
    // the booth's idle clock starts once the first room is on screen (a deep link's exhibit shows first)
    shown.then(() => startKiosk(root, {
      allowed: ".ex-rooms a, .ex-open, .ex-langs a",
      idleText: ui.kioskIdle ?? "",
      tour: guided ? {
        start() {
          if (!guided.running()) {
            guided.start({ loop: true, focus: false });
          }
        },
        stop() {
          if (Date.now() - touchedTourAt < 1000) {
            guided.keepGoing();
          } else {
            guided.stop();
          }
        },
      } : {
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
    }));
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
    /** The guided tour (guided.js), or null when the exhibition has none. */
    tour: guided,
    panelClosed() {
      current.exhibit = null;
      writeHash();
    },
  };
}
