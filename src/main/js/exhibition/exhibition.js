// The exhibition page's script, small on purpose: it runs at page load, the viewer does not. The
// page is a gallery without it: one section per room with its exhibits as a list of links and
// <figure>s (see the contract, §4). This script reads the room data (#_ex-data, §5), lays the page
// out around the stage, where the still of the first room shows with a start button, and opens
// exhibits of the list in a dialog at once. The 360° viewer (viewer.js: Photo Sphere Viewer and
// three, ten times this script's size) is loaded with import(data.viewer) only when wanted: the
// start button; a deep link (#room=…) on load or later; a room link or an exhibit of the list;
// booth mode (?kiosk=1); or a `goto` from the window that frames the page (messages.js). From then
// on every such request goes to the viewer's controller. Without WebGL the sections become a gallery.
import "@photo-sphere-viewer/core/index.css";
import "@photo-sphere-viewer/markers-plugin/index.css";
import "@photo-sphere-viewer/virtual-tour-plugin/index.css";
import "@photo-sphere-viewer/gallery-plugin/index.css";
import "./exhibition.css";
import { formatHash, parseHash } from "./hash.js";
import { createPanel } from "./panel.js";
import { frameMessages } from "./messages.js";
import { isKiosk } from "./kiosk.js";
import { embedBox } from "./embedbox.js";
import { addOpenFull, addSideToggle, hasWebgl, showGallery, showRoomList, unwrapSide, wrapSide } from "./layout.js";

embedBox();
const root = document.getElementById("_ex");
const dataElement = document.getElementById("_ex-data");
if (root && dataElement) {
  boot(root, JSON.parse(dataElement.textContent));
}

function boot(root, data) {
  const ui = data.ui ?? {};
  // the list's thumbnails wait for the page's load (the still is its largest paint), see exhibition.css
  const showThumbs = () => root.classList.add("ex--thumbs");
  if (document.readyState === "complete") {
    showThumbs();
  } else {
    window.addEventListener("load", showThumbs, { once: true });
  }
  const viewerElement = root.querySelector(".ex-viewer");
  // the full check (a WebGL context) waits until the page is idle; this one costs nothing
  if (!viewerElement || !data.rooms?.length || !data.viewer || !("WebGLRenderingContext" in window)) {
    showGallery(root, ui);
    return;
  }
  const rooms = new Map(data.rooms.map((r) => [r.id, r]));
  const firstRoom = rooms.has(data.start) ? data.start : data.rooms[0].id;
  const kiosk = isKiosk();
  const embed = root.dataset.embed === "true";
  const exhibitOf = (roomId, id) => rooms.get(roomId)?.exhibits?.find((e) => e.id === id) ?? null;

  const side = wrapSide(root);
  const openFull = embed && !kiosk && data.page ? addOpenFull(root, ui, data.page) : null;
  if (embed) {
    addSideToggle(root, side, ui);
  }
  showRoomList(root, firstRoom);
  const still = viewerElement.querySelector(".ex-still");
  const startButton = viewerElement.querySelector(".ex-start");

  let viewer = null; // the started viewer's controller
  let loading = false;
  let wanted = null; // the latest request while the viewer loads

  const panel = createPanel(root, ui, () => {
    delete root.dataset.exhibit;
    if (viewer) {
      viewer.panelClosed();
    }
  }, step);

  /** Previous (-1) / next (+1) exhibit of the open one's room, wrapping round at the ends. */
  function step(delta) {
    const figure = panel.figure;
    const roomId = figure?.id.startsWith("_ex-fig-")
      ? Array.from(rooms.keys()).find((id) => figure.id.startsWith(`_ex-fig-${id}-`) && exhibitOf(id, panel.exhibit)) : null;
    const items = Array.from(root.querySelectorAll(`.ex-room[data-room="${CSS.escape(roomId ?? "")}"] .ex-item`));
    const at = items.findIndex((li) => li.dataset.exhibit === panel.exhibit);
    if (!roomId || at < 0) {
      return;
    }
    const nextId = items[(at + delta + items.length) % items.length].dataset.exhibit;
    if (viewer) {
      viewer.go({ room: roomId, exhibit: nextId, returnTo: panel.returnTo });
      return;
    }
    const next = document.getElementById(`_ex-fig-${roomId}-${nextId}`);
    if (next) {
      panel.show(next, nextId, panel.returnTo);
      root.dataset.exhibit = nextId;
      history.replaceState(history.state, "", formatHash(roomId, nextId, null));
    }
  }
  const post = frameMessages(data.lang, {
    goto: (roomId, exhibit) => {
      if (rooms.has(roomId) && (!exhibit || exhibitOf(roomId, exhibit))) {
        go({ room: roomId, exhibit });
      }
    },
    setLang: (lang) => {
      const target = data.langs?.find((l) => l.code === lang);
      if (target) {
        location.assign(target.href.split("#")[0] + (kiosk ? "?kiosk=1" : "") + (viewer ? viewer.hash() : location.hash));
      }
    },
  });

  /** Goes to {room, exhibit, position, returnTo}: in the viewer if it runs, else it starts it there. */
  function go(target) {
    if (viewer) {
      viewer.go(target);
    } else {
      load(target, false);
    }
  }

  /** Loads and starts the viewer at `target`; `focus`: the visitor pressed the start button. */
  async function load(target, focus) {
    wanted = target;
    if (focus) {
      // the stage keeps the focus from the button through the loading and into the viewer
      if (!viewerElement.hasAttribute("tabindex")) {
        viewerElement.tabIndex = embed || kiosk ? -1 : 0;
      }
      viewerElement.focus({ preventScroll: true });
    }
    if (loading) {
      return;
    }
    loading = true;
    const room = rooms.get(target.room);
    if (still && room?.still && target.room !== firstRoom) {
      still.src = room.still;
    }
    const status = document.createElement("p");
    status.className = "ex-loading";
    status.setAttribute("role", "status");
    status.textContent = ui.loading ?? "";
    startButton?.replaceWith(status);
    try {
      const module = await import(data.viewer);
      const first = wanted;
      viewer = await module.start(root, data, { panel, post, openFull, kiosk, target: first });
      if (viewer && wanted !== first) {
        viewer.go(wanted);
      }
      if (viewer && tourWanted) {
        viewer.tour?.start();
      }
    } catch (e) {
      // a failed download: the button comes back for another try
      console.warn("exhibition: the viewer did not load", e);
      loading = false;
      status.replaceWith(startButton ?? "");
      return;
    }
    if (!viewer) {
      panel.close();
      unwrapSide(root, side);
      showGallery(root, ui);
    }
  }

  // the guided tour's button starts the viewer first if need be, in the tour's first room
  let tourWanted = false;
  const tourStart = root.querySelector("[data-tour-start]");
  if (tourStart && data.tour?.length) {
    tourStart.hidden = false;
    tourStart.addEventListener("click", () => {
      if (viewer) {
        viewer.tour?.start();
      } else {
        tourWanted = true;
        load({ room: data.tour[0].room }, true);
      }
    });
  }

  if (startButton) {
    startButton.hidden = false;
    startButton.addEventListener("click", () => load({}, true));
  }

  for (const a of root.querySelectorAll(".ex-rooms a[data-room]")) {
    a.addEventListener("click", (e) => {
      e.preventDefault();
      go({ room: a.dataset.room });
    });
  }

  // an exhibit of the list opens in the dialog at once; the viewer, loading meanwhile, turns to it
  for (const link of root.querySelectorAll(".ex-room .ex-open")) {
    const roomId = link.closest(".ex-room")?.dataset.room;
    const exhibitId = link.closest(".ex-item")?.dataset.exhibit;
    const figure = document.getElementById(`_ex-fig-${roomId}-${exhibitId}`);
    if (!rooms.has(roomId) || !exhibitOf(roomId, exhibitId)) {
      continue;
    }
    link.addEventListener("click", (e) => {
      e.preventDefault();
      if (viewer || !figure) {
        go({ room: roomId, exhibit: exhibitId, returnTo: link });
        return;
      }
      panel.show(figure, exhibitId, link);
      root.dataset.exhibit = exhibitId;
      history.replaceState(history.state, "", formatHash(roomId, exhibitId, null));
      load({ room: roomId, exhibit: exhibitId, returnTo: link, shown: true }, false);
    });
  }

  // a hash typed in or followed from elsewhere on the page
  window.addEventListener("hashchange", () => {
    const link = parseHash(location.hash);
    if (!rooms.has(link.room)) {
      return;
    }
    const position = link.yaw !== null && link.pitch !== null ? { yaw: link.yaw, pitch: link.pitch } : null;
    go({ room: link.room, exhibit: exhibitOf(link.room, link.exhibit) ? link.exhibit : null, position });
  });

  // a deep link, or a booth, starts the viewer at once
  const initial = parseHash(location.hash);
  if (rooms.has(initial.room) || kiosk) {
    const known = rooms.has(initial.room);
    load({
      room: known ? initial.room : null,
      exhibit: known && exhibitOf(initial.room, initial.exhibit) ? initial.exhibit : null,
      position: known && initial.yaw !== null && initial.pitch !== null ? { yaw: initial.yaw, pitch: initial.pitch } : null,
    }, false);
    return;
  }

  // no WebGL after all (switched off, or a blocked GPU): the gallery, before anyone presses start
  const check = () => {
    if (!viewer && !loading && !hasWebgl()) {
      unwrapSide(root, side);
      showGallery(root, ui);
    }
  };
  if (window.requestIdleCallback) {
    requestIdleCallback(check, { timeout: 3000 });
  } else {
    setTimeout(check, 1000);
  }
}
