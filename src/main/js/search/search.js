// The search page (/<lang>/search/): runs ?q= on load and again while the visitor types, shows
// results in [data-search-results] (each [data-search-result], its first link the result), the
// count in a polite live region, excerpts with <mark>. Loaded as a module: no inline script.
import { Index } from "./query.js";

const root = document.querySelector("[data-search]");
if (root) start(root);

function start(root) {
  const index = new Index(new URL(root.dataset.index, location.href).href);
  const form = root.querySelector("form");
  const input = form.querySelector("input[name=q]");
  const list = root.querySelector("[data-search-results]");
  const status = root.querySelector("[data-search-status]");
  const help = root.querySelector("[data-search-help]");
  const s = root.dataset;
  let run = 0;
  let timer = 0;

  const go = async (typing) => {
    const q = input.value.trim();
    const mine = ++run;
    if (!q) {
      list.replaceChildren();
      status.textContent = "";
      help.hidden = false;
      return;
    }
    let found;
    try {
      found = await index.search(q, { typing });
    } catch (e) {
      if (mine === run) status.textContent = s.error;
      return;
    }
    if (mine !== run) return;
    list.replaceChildren(...found.results.map((r) => result(r, found.plan)));
    status.textContent = found.total === 0 ? fill(s.none, q)
      : fill(found.total === 1 ? s.one : s.other, q).replace("{count}", String(found.total));
    help.hidden = found.total > 0;
    root.dataset.ready = "true";
  };

  const result = (r, plan) => {
    const li = document.createElement("li");
    li.className = "search-result search-" + r.kind;
    li.setAttribute("data-search-result", "");
    const h = document.createElement("h2");
    const a = document.createElement("a");
    a.href = r.url;
    marked(a, r.title, index.highlights(r.title, plan));
    h.append(a);
    const meta = document.createElement("p");
    meta.className = "search-meta";
    const label = r.kind === "photo" ? s.photo : r.kind === "exhibit" ? s.exhibit : "";
    if (label) {
      const k = document.createElement("span");
      k.className = "search-kind";
      k.textContent = label;
      meta.append(k, r.section ? " · " : "");
    }
    meta.append(r.section);
    const p = document.createElement("p");
    p.className = "search-excerpt";
    excerpt(p, r.text, index.highlights(r.text, plan), /^(zh|ja|ko)/.test(document.documentElement.lang) ? 110 : 220);
    li.append(h, meta, p);
    return li;
  };

  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const url = new URL(location.href);
      url.searchParams.set("q", input.value);
      history.replaceState(null, "", url);
      go(true);
    }, 120);
  });
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const url = new URL(location.href);
    url.searchParams.set("q", input.value);
    history.replaceState(null, "", url);
    go(false);
  });
  const q = new URL(location.href).searchParams.get("q");
  if (q) {
    input.value = q;
    go(false);
  } else {
    root.dataset.ready = "true";
  }
}

const fill = (template, q) => template.replace("{query}", q);

/** {@code text} into {@code el}, the {@code ranges} in <mark>. */
function marked(el, text, ranges) {
  const t = text.normalize("NFC");
  let at = 0;
  for (const [a, b] of ranges) {
    if (a < at) continue;
    el.append(t.substring(at, a));
    const m = document.createElement("mark");
    m.textContent = t.substring(a, b);
    el.append(m);
    at = b;
  }
  el.append(t.substring(at));
}

/** About {@code length} characters of {@code text} around its first match, matches in <mark>. */
function excerpt(el, text, ranges, length) {
  const t = text.normalize("NFC");
  const first = ranges.length ? ranges[0][0] : 0;
  let from = t.length <= length ? 0 : Math.max(0, first - Math.round(length / 4));
  if (from > 0) {
    // start at a word or clause boundary: a space, or CJK punctuation (no spaces there)
    for (let i = from; i < first; i++) {
      if (" 。、，．！？".includes(t[i])) {
        from = i + 1;
        break;
      }
    }
  }
  let to = Math.min(t.length, from + length);
  if (to < t.length) {
    const space = t.lastIndexOf(" ", to);
    if (space > first) to = space;
  }
  const inside = ranges.filter(([a, b]) => a >= from && b <= to).map(([a, b]) => [a - from, b - from]);
  marked(el, (from > 0 ? "… " : "") + t.substring(from, to) + (to < t.length ? " …" : ""),
    inside.map(([a, b]) => (from > 0 ? [a + 2, b + 2] : [a, b])));
}
