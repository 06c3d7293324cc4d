// Photo Sphere Viewer's own strings (navbar titles, loader, map and stereo messages), all from the
// page's `ui` so the viewer speaks the page's language. Keys PSV has and `ui` may lack fall back
// to the nearest `ui` string, never to PSV's English.

/** PSV's `lang` option from the exhibition's `ui` strings. */
export function psvLang(ui) {
  const pick = (...keys) => keys.map((k) => ui[k]).find((v) => typeof v === "string" && v !== "") ?? "";
  return {
    zoom: pick("zoom", "zoomIn"),
    zoomOut: pick("zoomOut"),
    zoomIn: pick("zoomIn"),
    moveUp: pick("moveUp", "move"),
    moveDown: pick("moveDown", "move"),
    moveLeft: pick("moveLeft", "move"),
    moveRight: pick("moveRight", "move"),
    description: pick("description", "openExhibit"),
    download: pick("download"),
    fullscreen: pick("fullscreen"),
    loading: pick("loading"),
    menu: pick("menu"),
    close: pick("close"),
    twoFingers: pick("twoFingers", "move"),
    ctrlZoom: pick("ctrlZoom", "zoomIn"),
    loadError: pick("loadError", "noWebgl"),
    webglError: pick("noWebgl"),
    autorotate: pick("autorotate"),
    gallery: pick("gallery"),
    gyroscope: pick("gyroscope"),
    stereo: pick("stereo"),
    stereoNotification: pick("stereoNotification", "close"),
    pleaseRotate: pick("pleaseRotate", "stereo"),
    tapToContinue: pick("tapToContinue", "close"),
    map: pick("map"),
    mapMaximize: pick("mapMaximize", "map"),
    mapMinimize: pick("mapMinimize", "close"),
    mapNorth: pick("mapNorth", "map"),
    mapReset: pick("mapReset", "map"),
    markers: pick("exhibits"),
    markersList: pick("exhibits"),
  };
}

/** `ui.goTo` ("Go to {room}") with the room's name. */
export function goTo(ui, roomName) {
  return (ui.goTo || "{room}").replace("{room}", roomName);
}

/** Text made safe for PSV options that are HTML (tooltips, gallery and map labels). */
export function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
