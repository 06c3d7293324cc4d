// Deep links: `#room=tourism&exhibit=cat-ba&yaw=1.23&pitch=-0.05` (exhibit, yaw and pitch
// optional; radians with 2 decimals, yaw in [0, 2π)).

/** The deep link in `hash` ("#…" or ""): {room, exhibit, yaw, pitch}, each null when absent or bad. */
export function parseHash(hash) {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const angle = (name) => {
    const value = params.get(name);
    const n = value === null || value.trim() === "" ? NaN : Number(value);
    return Number.isFinite(n) ? n : null;
  };
  return {
    room: params.get("room") || null,
    exhibit: params.get("exhibit") || null,
    yaw: angle("yaw"),
    pitch: angle("pitch"),
  };
}

/** "#room=…[&exhibit=…][&yaw=…&pitch=…]" for a view; position may be null. */
export function formatHash(room, exhibit, position) {
  let hash = "#room=" + encodeURIComponent(room);
  if (exhibit) {
    hash += "&exhibit=" + encodeURIComponent(exhibit);
  }
  if (position) {
    const turn = 2 * Math.PI;
    const yaw = ((position.yaw % turn) + turn) % turn;
    hash += "&yaw=" + round2(yaw >= turn - 0.005 ? 0 : yaw) + "&pitch=" + round2(position.pitch);
  }
  return hash;
}

function round2(n) {
  const s = (Math.round(n * 100) / 100).toFixed(2);
  return s === "-0.00" ? "0.00" : s;
}
