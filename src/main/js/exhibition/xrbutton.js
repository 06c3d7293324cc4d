// The headset's door into the viewer: where the browser has a WebXR runtime that can show
// immersive-vr (a Meta Quest or Pico browser, a PC browser with a headset), the stage gets an
// "Enter VR" button, button[data-xr-enter]. The headset mode itself (xr.js, its own bundle,
// data.xr) is loaded only when the button is pressed. It draws with the viewer's own three.js
// renderer and scene, so the handful of three classes it needs come from here (already in this
// bundle) instead of a second copy of three in that bundle.
import { BufferGeometry, Float32BufferAttribute, Group, Mesh, MeshBasicMaterial, PlaneGeometry, Texture, Vector3 } from "three";

const THREE = { BufferGeometry, Float32BufferAttribute, Group, Mesh, MeshBasicMaterial, PlaneGeometry, Texture, Vector3 };

/**
 * Offers the headset mode in `root` (#_ex) once the browser says it can; `context()` gives the
 * viewer's controller parts the headset mode drives (see xr.js: enterHeadset).
 */
export function offerHeadset(root, data, context) {
  const stage = root.querySelector(".ex-viewer");
  if (!data.xr || !stage || !navigator.xr?.isSessionSupported) {
    return;
  }
  navigator.xr.isSessionSupported("immersive-vr").then((supported) => {
    if (!supported || stage.querySelector("[data-xr-enter]")) {
      return;
    }
    const ui = data.ui ?? {};
    const button = document.createElement("button");
    button.type = "button";
    button.className = "ex-xr-enter";
    button.dataset.xrEnter = "";
    button.textContent = ui.xrEnter ?? "VR";
    stage.append(button);
    button.addEventListener("click", async () => {
      button.disabled = true;
      let session = null;
      try {
        // asked for at once, while the click still counts as the visitor's (the module may take a while)
        session = await navigator.xr.requestSession("immersive-vr");
        const xr = await import(data.xr);
        await xr.enterHeadset({ ...context(), session, root, data, three: THREE, button });
      } catch (e) {
        console.warn("exhibition: no headset session", e);
        session?.end().catch(() => {});
        button.disabled = false;
      }
    });
  }).catch(() => {});
}
