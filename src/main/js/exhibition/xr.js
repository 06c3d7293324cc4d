// The headset mode (WebXR immersive-vr), its own bundle (exhibition-xr.js), loaded when the
// visitor presses "Enter VR" (xrbutton.js). It does not draw the room itself: Photo Sphere
// Viewer's three.js renderer has a WebXR manager, so the session shows the viewer's own scene in
// stereo at the headset's frame rate: the cube tiles (the preview faces first, the tiles over
// them as they come), the wall videos, the fade between rooms. This module adds what a headset
// needs: the head's direction drives which tiles load (at the level that suits the headset's
// resolution), the controllers' rays (or the gaze with a dwell when there is no controller) point
// at pictures, whose panel then shows their title and caption, and at doors, which a select walks
// through (the viewer's own room change, so #_ex's data-room follows). The guided tour's caption
// ([data-tour-caption], when the page has one) is mirrored on a panel. #_ex carries
// data-xr="immersive" while the session lasts; at its end the flat viewer shows the same room,
// looking where the visitor last looked.
import { drawDoor, drawPanel, drawReticle, pageFont } from "./xrdraw.js";

const RADIUS = 10; // Photo Sphere Viewer's sphere: the room's walls
const DEG = Math.PI / 180;
const PANEL_WIDTH = 1.8; // metres, 2.4 m away: about 41° wide
const PANEL_DISTANCE = 2.4;
const DWELL_MS = 1600; // gaze without a controller: looking at a target this long selects it
const HINT_MS = 30000; // the hint stays until the first select, or this long
const SYNC_ANGLE = 6 * DEG; // the viewer's direction (tiles, address) follows the head past this

/** PSV's direction vector (unit) of a {yaw, pitch}. */
function vec(T, yaw, pitch, out = new T.Vector3()) {
  return out.set(-Math.cos(pitch) * Math.sin(yaw), Math.sin(pitch), Math.cos(pitch) * Math.cos(yaw));
}

/** The {yaw, pitch} (PSV's, yaw in [0, 2π)) of a direction. */
function yawPitch(v) {
  const yaw = Math.atan2(-v.x, v.z);
  return { yaw: yaw < 0 ? yaw + 2 * Math.PI : yaw, pitch: Math.asin(Math.max(-1, Math.min(1, v.y / v.length()))) };
}

/**
 * Whether the unit direction `v` falls inside the polygon of unit directions `corners`, seen
 * from their centre `c` (a gnomonic projection onto the plane that touches the sphere at `c`).
 */
function inside(T, v, corners, c) {
  const d = v.dot(c);
  if (d <= 0.2) {
    return false;
  }
  const e1 = new T.Vector3(0, 1, 0).cross(c);
  if (e1.lengthSq() < 1e-6) {
    e1.set(1, 0, 0);
  }
  e1.normalize();
  const e2 = new T.Vector3().copy(c).cross(e1);
  const flat = (u) => {
    const k = 1 / u.dot(c);
    return [u.dot(e1) * k, u.dot(e2) * k];
  };
  const [px, py] = flat(v);
  const poly = corners.map(flat);
  let hit = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, yi] = poly[i];
    const [xj, yj] = poly[j];
    if ((yi > py) !== (yj > py) && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) {
      hit = !hit;
    }
  }
  return hit;
}

/**
 * Shows the room in the immersive `session` (just granted). `ctx` also has: the viewer (PSV), #_ex (`root`), the exhibition's JSON
 * (`data`), the three classes (`three`), the Enter VR `button`, and the viewer's controls:
 * `goRoom(id)`, `playOnWall(exhibitId)`, `exhibitOf(room, id)`, `currentRoom()`, `stopMoving()`.
 * Resolves once the session shows the room; rejects when the renderer cannot take the session.
 */
export async function enterHeadset(ctx) {
  const { session, viewer, root, data, three: T, button, goRoom, playOnWall, exhibitOf, currentRoom, stopMoving } = ctx;
  const ui = data.ui ?? {};
  const psv = viewer.renderer;
  const renderer = psv.renderer;
  const scene = psv.scene;
  const camera = psv.camera;
  const saved = { size: viewer.state.size, vFov: viewer.state.vFov };
  const font = pageFont(root);
  stopMoving();

  // the head starts looking where the flat view looked: a turn of the world about the vertical
  // (the rig carries the camera and the controllers; XR poses are relative to it)
  const rig = new T.Group();
  rig.rotation.y = Math.PI - viewer.getPosition().yaw;
  rig.updateMatrixWorld(true);
  scene.add(rig);
  rig.add(camera);
  const world = new T.Group(); // panels, door signs, highlights: in the room's coordinates
  scene.add(world);
  renderer.xr.enabled = true;
  renderer.xr.setReferenceSpaceType("local");
  try {
    await renderer.xr.setSession(session);
  } catch (e) {
    rig.remove(camera);
    scene.remove(rig, world);
    renderer.xr.enabled = false;
    throw e; // (the caller ends the session)
  }
  viewer.needsContinuousUpdate(true);
  root.dataset.xr = "immersive";

  // the page while the headset is on: a way out for whoever stands at the computer, and a
  // live mirror of the headset's panel for screen readers (and tests)
  const exit = document.createElement("button");
  exit.type = "button";
  exit.className = "ex-xr-exit";
  exit.dataset.xrExit = "";
  exit.textContent = ui.xrExit ?? "";
  exit.addEventListener("click", () => session.end().catch(() => {}));
  button.hidden = true;
  button.after(exit);
  const mirror = document.createElement("div");
  mirror.className = "visually-hidden";
  mirror.dataset.xrPanel = "";
  mirror.setAttribute("role", "status");
  root.append(mirror);

  const anisotropy = renderer.capabilities.getMaxAnisotropy();
  const textured = (canvas, width, order = 10) => {
    const texture = new T.Texture(canvas);
    texture.anisotropy = anisotropy;
    texture.needsUpdate = true;
    const material = new T.MeshBasicMaterial({ map: texture, transparent: true, depthTest: false, depthWrite: false, toneMapped: false });
    const mesh = new T.Mesh(new T.PlaneGeometry(width, (width * canvas.height) / canvas.width), material);
    mesh.renderOrder = order;
    return mesh;
  };
  const dispose = (mesh) => {
    if (mesh) {
      mesh.removeFromParent();
      mesh.geometry.dispose();
      mesh.material.map?.dispose();
      mesh.material.dispose();
    }
  };
  /** Puts `mesh` `distance` m away towards {yaw, pitch}, facing the visitor. */
  const place = (mesh, yaw, pitch, distance) => {
    vec(T, yaw, pitch, mesh.position).multiplyScalar(distance);
    mesh.lookAt(0, 0, 0);
  };

  // ---- pointers: the controllers' rays, or the head's gaze --------------------------------------
  const rayGeometry = new T.BufferGeometry();
  // two thin crossed strips from the controller along its -Z, 1 m long (scaled to the hit)
  rayGeometry.setAttribute("position", new T.Float32BufferAttribute([
    -0.003, 0, 0, 0.003, 0, 0, 0.003, 0, -1, -0.003, 0, 0, 0.003, 0, -1, -0.003, 0, -1,
    0, -0.003, 0, 0, 0.003, 0, 0, 0.003, -1, 0, -0.003, 0, 0, 0.003, -1, 0, -0.003, -1,
  ], 3));
  const rayMaterial = new T.MeshBasicMaterial({ color: 0xffffff, transparent: true, opacity: 0.55, side: 2, depthTest: false, toneMapped: false });
  const controllers = [0, 1].map((i) => {
    const group = renderer.xr.getController(i);
    const ray = new T.Mesh(rayGeometry, rayMaterial);
    ray.renderOrder = 11;
    ray.visible = false;
    group.add(ray);
    rig.add(group);
    const c = { group, ray, source: null };
    group.addEventListener("connected", (e) => {
      c.source = e.data;
    });
    group.addEventListener("disconnected", () => {
      c.source = null;
    });
    return c;
  });
  const pointing = (c) => c.source?.targetRayMode === "tracked-pointer";

  const reticle = textured(drawReticle(), 0.16, 12);
  reticle.visible = false;
  world.add(reticle);
  let reticleProgress = 0;

  const tmp = { o: new T.Vector3(), d: new T.Vector3(), p: new T.Vector3() };
  /** Where a ray from `o` along unit `d` meets the walls: the unit direction from the centre, and the distance. */
  function wallHit(o, d) {
    const b = o.dot(d);
    const t = -b + Math.sqrt(Math.max(0, b * b - (o.lengthSq() - RADIUS * RADIUS)));
    const p = new T.Vector3().copy(d).multiplyScalar(t).add(o);
    return { dir: p.normalize(), distance: t };
  }

  function rayOf(object) {
    object.updateMatrixWorld(true);
    const m = object.matrixWorld.elements;
    return { o: new T.Vector3(m[12], m[13], m[14]), d: new T.Vector3(-m[8], -m[9], -m[10]).normalize() };
  }

  // ---- the room: its exhibits and doors as targets, door signs, highlights -----------------------
  let room = null; // {id, targets: [{kind, id, centre, corners|null, radius, highlight, sign}], group}
  function buildRoom(id) {
    if (room) {
      room.group.children.slice().forEach(dispose);
      room.group.removeFromParent();
    }
    const r = data.rooms.find((x) => x.id === id);
    const group = new T.Group();
    world.add(group);
    const targets = [];
    const toCorners = (cs) => (cs?.length >= 3 ? cs.map(([yaw, pitch]) => vec(T, yaw, pitch)) : null);
    for (const e of r?.exhibits ?? []) {
      const corners = toCorners(e.corners);
      let highlight = null;
      if (corners) {
        const g = new T.BufferGeometry();
        g.setAttribute("position", new T.Float32BufferAttribute(corners.flatMap((c) => c.clone().multiplyScalar(RADIUS * 0.97).toArray()), 3));
        g.setIndex([0, 1, 2, 0, 2, 3].filter((i) => i < corners.length));
        highlight = new T.Mesh(g, new T.MeshBasicMaterial({ color: 0xffffff, transparent: true, opacity: 0.16, side: 2, depthTest: false, toneMapped: false }));
        highlight.renderOrder = 5;
        highlight.visible = false;
        group.add(highlight);
      }
      targets.push({ kind: "exhibit", id: e.id, centre: vec(T, e.position.yaw, e.position.pitch), corners, radius: 6 * DEG, highlight });
    }
    for (const d of r?.doors ?? []) {
      if (!data.rooms.some((x) => x.id === d.to)) {
        continue;
      }
      const label = (ui.goTo ?? "{room}").replace("{room}", d.label ?? d.to);
      const sign = textured(drawDoor(label, font, data.lang), 1.6, 9);
      place(sign, d.position.yaw, d.position.pitch - 4 * DEG, 6);
      group.add(sign);
      targets.push({ kind: "door", id: d.to, centre: vec(T, d.position.yaw, d.position.pitch), corners: toCorners(d.corners), radius: 9 * DEG, sign });
    }
    room = { id, targets, group };
  }

  function pick(dir) {
    if (!room) {
      return null;
    }
    // a door's sign stands in front of its wall: it wins over what is behind it
    for (const kind of ["door", "exhibit"]) {
      for (const t of room.targets) {
        if (t.kind === kind && (t.corners ? inside(T, dir, t.corners, t.centre) : dir.angleTo(t.centre) < t.radius)) {
          return t;
        }
        if (t.kind === kind && t.sign && dir.angleTo(t.centre) < 5 * DEG) {
          return t;
        }
      }
    }
    return null;
  }

  // ---- the exhibit's panel ------------------------------------------------------------------
  let panel = null; // {id, mesh}
  function figureText(exhibitId) {
    const figure = document.getElementById(`_ex-fig-${room.id}-${exhibitId}`);
    const part = (css) => {
      const el = figure?.querySelector(css);
      return { text: el?.textContent.trim() ?? "", lang: el?.closest("[lang]")?.getAttribute("lang") ?? data.lang };
    };
    const exhibit = exhibitOf(room.id, exhibitId);
    const title = part(".ex-fig-title");
    return { title: title.text || exhibit?.title || "", titleLang: title.lang, caption: part(".ex-caption"), credit: part(".ex-credit").text };
  }

  function showPanel(target) {
    if (panel?.id === target.id) {
      return;
    }
    closePanel();
    const { title, titleLang, caption, credit } = figureText(target.id);
    const mesh = textured(drawPanel({ title, titleLang, body: caption.text, bodyLang: caption.lang, note: credit, font }), PANEL_WIDTH);
    // under the picture, centred on it (over its lower part when the picture reaches the floor)
    const { yaw, pitch } = yawPitch(target.centre);
    const bottom = target.corners ? Math.min(...target.corners.map((c) => yawPitch(c).pitch)) : pitch - 8 * DEG;
    const half = Math.atan((mesh.geometry.parameters.height / 2) / PANEL_DISTANCE);
    place(mesh, yaw, Math.max(-50 * DEG, Math.min(pitch, bottom - half - 2 * DEG)), PANEL_DISTANCE);
    world.add(mesh);
    panel = { id: target.id, mesh };
    root.dataset.exhibit = target.id;
    mirror.replaceChildren();
    const t = document.createElement("strong");
    t.dataset.xrTitle = "";
    t.lang = titleLang;
    t.textContent = title;
    const c = document.createElement("span");
    c.dataset.xrCaption = "";
    c.lang = caption.lang;
    c.textContent = caption.text;
    mirror.append(t, " ", c);
  }

  function closePanel() {
    if (panel) {
      dispose(panel.mesh);
      panel = null;
      mirror.replaceChildren();
      delete root.dataset.exhibit;
    }
  }

  // ---- the guide's panel: the guided tour's caption, or at first the hint ---------------------------
  const started = performance.now();
  let guide = null; // {text, mesh, yaw}
  let guideText = "";
  function updateGuide(text, head) {
    if (text !== guideText) {
      guideText = text;
      // (what the guide's panel says, for tests: the page's own caption is the live region for screen readers)
      mirror.dataset.guide = text;
      dispose(guide?.mesh);
      guide = null;
      if (text) {
        guide = { mesh: textured(drawPanel({ body: text, bodyLang: data.lang, font, maxBodyLines: 6, bodySize: 76 }), 1.4, 8), yaw: null };
        world.add(guide.mesh);
      }
    }
    if (!guide) {
      return;
    }
    // below the line of sight; it follows the head once it has turned well away (not every small nod)
    const headYaw = yawPitch(head).yaw;
    if (guide.yaw === null) {
      guide.yaw = headYaw;
    }
    const delta = Math.atan2(Math.sin(headYaw - guide.yaw), Math.cos(headYaw - guide.yaw));
    if (Math.abs(delta) > 35 * DEG) {
      guide.following = true;
    } else if (Math.abs(delta) < 2 * DEG) {
      guide.following = false;
    }
    if (guide.following) {
      guide.yaw += delta * 0.1;
    }
    place(guide.mesh, guide.yaw, -30 * DEG, 2.2);
  }

  // ---- selecting ------------------------------------------------------------------------------
  let traveling = 0; // until when the head must not turn the viewer (a room change is under way)
  let acted = false;
  function act(target) {
    acted = true;
    if (!target) {
      closePanel();
    } else if (target.kind === "door") {
      closePanel();
      traveling = performance.now() + 5000;
      goRoom(target.id);
    } else {
      showPanel(target);
      if (exhibitOf(room.id, target.id)?.type === "video") {
        playOnWall(target.id);
      }
    }
  }
  const gazeDirection = () => {
    const { o, d } = rayOf(camera);
    return wallHit(o, d).dir;
  };
  function onSelect(e) {
    const c = controllers.find((x) => x.source === e.inputSource);
    const { o, d } = c && pointing(c) ? rayOf(c.group) : rayOf(camera);
    act(pick(wallHit(o, d).dir));
  }
  session.addEventListener("select", onSelect);

  // ---- every frame ----------------------------------------------------------------------------
  let synced = null; // the head direction the viewer was last turned to
  let levelsSet = false;
  let xrSize = null; // the one eye's size given to the viewer (a resize of the page replaces it)
  let hovered = null;
  let dwell = { target: null, since: 0, done: false };
  let lastPoll = 0;
  buildRoom(currentRoom());

  function onFrame() {
    const now = performance.now();
    const head = rayOf(camera).d;
    if (!levelsSet) {
      levelsSet = headsetResolution();
    }
    // the room changed (a door, the guided tour, a frame's goto): new targets; look where the room starts
    if (root.dataset.room && root.dataset.room !== room?.id) {
      closePanel();
      buildRoom(root.dataset.room);
      const { yaw } = viewer.getPosition();
      rig.rotation.y += yawPitch(head).yaw - yaw;
      rig.updateMatrixWorld(true);
      traveling = 0;
      synced = null;
      hovered = null;
      dwell = { target: null, since: now, done: false };
      return; // the head's pose in the turned room comes with the next frame
    }
    if (now > traveling && (!synced || synced.angleTo(head) > SYNC_ANGLE)) {
      synced = head.clone();
      viewer.rotate(yawPitch(head));
    }

    // pointers
    let target = null;
    let anyRay = false;
    for (const c of controllers) {
      c.ray.visible = pointing(c);
      if (!c.ray.visible) {
        continue;
      }
      anyRay = true;
      const { o, d } = rayOf(c.group);
      const hit = wallHit(o, d);
      const t = pick(hit.dir);
      c.ray.scale.set(1, 1, hit.distance * 0.97);
      if (t || !target) {
        target = t ?? target;
        reticle.position.copy(hit.dir).multiplyScalar(RADIUS * 0.95);
      }
    }
    let progress = 0;
    if (!anyRay) {
      const dir = gazeDirection();
      target = pick(dir);
      reticle.position.copy(dir).multiplyScalar(RADIUS * 0.95);
      // the gaze selects what it rests on (a door once, an exhibit's panel at once)
      if (target !== dwell.target) {
        dwell = { target, since: now, done: false };
      } else if (target && !dwell.done) {
        progress = (now - dwell.since) / DWELL_MS;
        if (progress >= 1) {
          dwell.done = true;
          progress = 0;
          act(target);
        }
      }
    }
    reticle.visible = true;
    reticle.lookAt(0, 0, 0);
    reticle.scale.setScalar(target ? 1.4 : 1);
    if (Math.abs(progress - reticleProgress) > 0.04 || (progress === 0 && reticleProgress !== 0)) {
      reticleProgress = progress;
      reticle.material.map.image = drawReticle(progress);
      reticle.material.map.needsUpdate = true;
    }
    if (target !== hovered) {
      if (hovered?.highlight) hovered.highlight.visible = false;
      if (hovered?.sign) hovered.sign.scale.setScalar(1);
      hovered = target;
      if (hovered?.highlight) hovered.highlight.visible = true;
      if (hovered?.sign) hovered.sign.scale.setScalar(1.15);
      // pointing at a picture is enough to show its panel
      if (hovered?.kind === "exhibit" && anyRay) {
        showPanel(hovered);
      }
    }

    if (now - lastPoll > 300) {
      lastPoll = now;
      // the guided tour's caption while its box is shown (a finished or unstarted tour keeps its box hidden)
      const shown = [...document.querySelectorAll("[data-tour-caption]")].find((e) => !e.closest("[hidden]"));
      const caption = shown?.textContent.trim() ?? "";
      updateGuide(caption || (!acted && now - started < HINT_MS ? ui.xrHint ?? "" : ""), head);
    } else if (guide) {
      updateGuide(guideText, head);
    }
  }

  /** The tile level for the headset: PSV picks it from the view's size and field of view, so those become one eye's. */
  function headsetResolution() {
    const eye = renderer.xr.getCamera().cameras[0];
    if (!eye || !eye.viewport || eye.viewport.z < 16) {
      return false;
    }
    const p = eye.projectionMatrix.elements;
    xrSize = { width: eye.viewport.z, height: eye.viewport.w };
    viewer.state.size = xrSize;
    viewer.state.hFov = (2 * Math.atan(1 / p[0])) / DEG;
    viewer.state.vFov = (2 * Math.atan(1 / p[5])) / DEG;
    synced = null; // the next turn asks the adapter for tiles at that level
    return true;
  }

  viewer.addEventListener("before-render", onFrame);

  session.addEventListener("end", () => {
    viewer.removeEventListener("before-render", onFrame);
    session.removeEventListener("select", onSelect);
    const look = yawPitch(rayOf(camera).d);
    closePanel();
    updateGuide("", rayOf(camera).d);
    if (room) {
      room.group.children.slice().forEach(dispose);
    }
    dispose(reticle);
    rayGeometry.dispose();
    rayMaterial.dispose();
    for (const c of controllers) {
      c.group.remove(c.ray);
      rig.remove(c.group);
    }
    rig.remove(camera);
    scene.remove(rig, world);
    renderer.xr.enabled = false;
    viewer.needsContinuousUpdate(false);
    // the flat view again: its size and field of view, its camera, looking where the visitor looked
    if (viewer.state.size === xrSize) {
      viewer.state.size = saved.size;
    }
    viewer.state.vFov = saved.vFov;
    viewer.state.hFov = viewer.dataHelper.vFovToHFov(saved.vFov);
    camera.fov = viewer.state.vFov;
    camera.aspect = viewer.state.aspect;
    camera.zoom = 1;
    camera.scale.set(1, 1, 1);
    camera.updateProjectionMatrix();
    viewer.rotate({ yaw: look.yaw, pitch: Math.max(-80 * DEG, Math.min(80 * DEG, look.pitch)) });
    camera.position.set(0, 0, 0);
    camera.lookAt(viewer.state.direction);
    camera.updateMatrix();
    camera.updateMatrixWorld(true);
    psv.frustumNeedsUpdate = true;
    viewer.needsUpdate();
    delete root.dataset.xr;
    mirror.remove();
    exit.remove();
    button.hidden = false;
    button.disabled = false;
    button.focus({ preventScroll: true });
  }, { once: true });
}
