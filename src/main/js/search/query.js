// Runs a query against a language's index folder (see vn.haiphong.showcase.search.SearchIndex):
// analyses it as the index was analysed, fetches only the shards of its terms, ranks documents
// (how many query words they have first, then a BM25-like score), and returns the best ones with
// their titles and excerpts. No DOM here: ui.js shows the results; node can run this in tests.
import { Analyzer, foldedForm, pairForm, parseT2S, shard, shardKey, syllablePairs } from "./analyze.js";

const SHOWN = 20;

export class Index {
  constructor(base, fetcher = (url) => fetch(url).then((r) => {
    if (!r.ok) throw new Error(url + ": HTTP " + r.status);
    return r;
  })) {
    this.base = base;
    this.fetcher = fetcher;
    this.shards = new Map();
    this.chunks = new Map();
    this.meta = null;
  }

  async load() {
    if (!this.meta) {
      this.meta = (async () => {
        const m = await (await this.fetcher(this.base + "index.json")).json();
        const t2s = m.t2s ? parseT2S(await (await this.fetcher(this.base + m.t2s)).text()) : null;
        this.analyzer = new Analyzer(m.lang, t2s);
        return m;
      })();
    }
    return this.meta;
  }

  shard(n) {
    if (!this.shards.has(n)) {
      this.shards.set(n, this.fetcher(this.base + "t/" + n + ".json").then((r) => r.json()));
    }
    return this.shards.get(n);
  }

  chunk(n) {
    if (!this.chunks.has(n)) {
      this.chunks.set(n, this.fetcher(this.base + "d/" + n + ".json").then((r) => r.json()));
    }
    return this.chunks.get(n);
  }

  /** The query's units: what a document must match, each with its alternative terms and their weights. */
  plan(q, typing) {
    const units = this.analyzer.units(q);
    const plan = { units: [], pairs: [], prefix: null, marks: new Set(), bigrams: new Set(), grams: new Set() };
    let prev = null;
    for (const u of units) {
      if (u.kind === "CJK") {
        if (u.chars.length === 1) {
          plan.units.push({ alts: [[u.chars[0], 1]] });
          plan.marks.add(u.chars[0]);
        }
        for (let k = 0; k + 1 < u.chars.length; k++) {
          const bg = u.chars[k] + u.chars[k + 1];
          plan.units.push({ alts: [[bg, 1]] });
          plan.bigrams.add(bg);
        }
        prev = null;
        continue;
      }
      const alts = [[u.exact, 1]];
      if (u.kind === "WORD") alts.push(u.folded !== null ? ["~" + u.folded, 0.6] : ["~" + u.exact, 1]);
      if (u.base !== null) alts.push([u.base, 0.9]);
      const unit = { alts, word: u, grams: u.kind === "HANGUL" ? syllablePairs(pairForm(u)) : [] };
      plan.units.push(unit);
      if (prev !== null && u.joined) {
        plan.pairs.push({ alts: [["~" + foldedForm(prev) + " " + foldedForm(u), 1]] });
      }
      prev = u;
    }
    const last = units[units.length - 1];
    if (typing && last && last.kind !== "CJK" && !/\s$/.test(q)
        && [...last.exact].length >= (last.kind === "WORD" ? 3 : 2)) {
      plan.prefix = plan.units[plan.units.length - 1];
    }
    for (const unit of plan.units) for (const [t] of unit.alts) plan.marks.add(t);
    return plan;
  }

  /** The ranked results of {@code q}: {total, results: [{url,title,section,kind,text}], plan}. */
  async search(q, { typing = false, limit = SHOWN } = {}) {
    const meta = await this.load();
    const plan = this.plan(q, typing);
    if (plan.units.length === 0) return { total: 0, results: [], plan };
    const need = new Set();
    for (const unit of [...plan.units, ...plan.pairs]) {
      for (const [t] of unit.alts) need.add(shard(t, meta.shards));
    }
    const loaded = new Map();
    await Promise.all([...need].map(async (n) => loaded.set(n, await this.shard(n))));
    const lookup = (t) => loaded.get(shard(t, meta.shards))?.[t];
    // a Korean word found nowhere as a whole word: look for its syllable pairs (part of a compound)
    const split = plan.units.filter((u) => u.grams && u.grams.length && u.alts.every(([t]) => !lookup(t)));
    if (split.length) {
      const more = new Set(split.flatMap((u) => u.grams.map((g) => shard(g, meta.shards))));
      await Promise.all([...more].filter((n) => !loaded.has(n)).map(async (n) => loaded.set(n, await this.shard(n))));
      plan.units = plan.units.flatMap((u) => (split.includes(u) ? u.grams.map((g) => ({ alts: [[g, 0.8]] })) : [u]));
      for (const u of split) for (const g of u.grams) plan.grams.add(g.substring(1));
    }
    // the last word while typing: every term it starts (same shard: the shard key is the first characters)
    if (plan.prefix) expand(plan.prefix, loaded, meta.shards, plan.marks);
    // a word of 5+ letters that is nowhere: the terms one edit away that share its first three letters
    for (const unit of plan.units) {
      const w = unit.word;
      if (w && w.kind === "WORD" && [...w.exact].length >= 5 && unit.alts.every(([t]) => !lookup(t))) {
        typos(unit, loaded, meta.shards, plan.marks);
      }
    }
    const N = meta.docs;
    const idf = (df) => Math.log(1 + (N - df + 0.5) / (df + 0.5));
    const docs = new Map();
    // one idf per unit, from every document any of its forms is in: "cat" and "~cat" are one word
    const score = (unit, counts) => {
      const best = new Map();
      for (const [t, weight] of unit.alts) {
        const p = lookup(t);
        if (!p) continue;
        let id = 0;
        for (let k = 0; k < p.length; k += 2) {
          id += p[k];
          const s = weight * Math.log(1 + p[k + 1]);
          if (s > (best.get(id) || 0)) best.set(id, s);
        }
      }
      const f = idf(best.size);
      for (const [id, s] of best) {
        let d = docs.get(id);
        if (!d) docs.set(id, (d = { id, score: 0, matched: 0 }));
        d.score += (counts ? 1 : 1.5) * f * s;
        if (counts) d.matched++;
      }
    };
    for (const unit of plan.units) score(unit, true);
    for (const pair of plan.pairs) score(pair, false);
    let all = [...docs.values()].filter((d) => d.matched > 0);
    const n = plan.units.length;
    const want = n <= 2 ? n : Math.ceil(n * 0.75);
    const top = all.reduce((m, d) => Math.max(m, d.matched), 0);
    all = all.filter((d) => d.matched >= Math.min(want, top));
    all.sort((a, b) => b.matched - a.matched || b.score - a.score || a.id - b.id);
    const shown = all.slice(0, limit);
    const results = await Promise.all(shown.map(async (d) => {
      const c = await this.chunk(Math.floor(d.id / meta.chunk));
      const [url, title, section, kind, text] = c[d.id % meta.chunk];
      return { url, title, section, kind, text, score: d.score };
    }));
    return { total: all.length, results, plan };
  }

  /** Where the query's words are in {@code text}: [start, end] ranges of the NFC text, in order. */
  highlights(text, plan) {
    const ranges = [];
    for (const u of this.analyzer.units(text)) {
      if (u.kind !== "CJK") {
        if (plan.marks.has(u.exact) || u.folded !== null && plan.marks.has("~" + u.folded)
            || u.kind === "HANGUL" && [...plan.grams].some((g) => u.exact.includes(g))
            || u.base !== null && plan.marks.has(u.base) || u.folded === null && plan.marks.has("~" + u.exact)) {
          ranges.push([u.start, u.end]);
        }
        continue;
      }
      const run = text.normalize("NFC").substring(u.start, u.end);
      const cps = Array.from(run);
      if (cps.length !== u.chars.length) {
        if (u.chars.some((c, k) => plan.bigrams.has(c + (u.chars[k + 1] || "")) || plan.marks.has(c))) {
          ranges.push([u.start, u.end]);
        }
        continue;
      }
      const on = new Array(cps.length).fill(false);
      for (let k = 0; k < cps.length; k++) {
        if (plan.marks.has(u.chars[k])) on[k] = true;
        if (k + 1 < cps.length && plan.bigrams.has(u.chars[k] + u.chars[k + 1])) on[k] = on[k + 1] = true;
      }
      let at = u.start;
      let open = -1;
      for (let k = 0; k <= cps.length; k++) {
        if (k < cps.length && on[k] && open < 0) open = at;
        if ((k === cps.length || !on[k]) && open >= 0) {
          ranges.push([open, at]);
          open = -1;
        }
        if (k < cps.length) at += cps[k].length;
      }
    }
    // words of one phrase ("Cát Bà") in one <mark>
    const t = text.normalize("NFC");
    const merged = [];
    for (const r of ranges) {
      const last = merged[merged.length - 1];
      if (last && /^[ \u00A0]*$/.test(t.substring(last[1], r[0]))) last[1] = Math.max(last[1], r[1]);
      else merged.push([r[0], r[1]]);
    }
    return merged;
  }
}


function expand(unit, loaded, shards, marks) {
  const found = [];
  for (const [t, weight] of unit.alts.slice(0, 2)) {
    const key = shardKey(t);
    const terms = loaded.get(shard(t, shards)) || {};
    for (const term in terms) {
      if (term !== t && term.startsWith(t) && term.indexOf(" ") < 0 && shardKey(term) === key) {
        found.push([term, weight * 0.7, terms[term].length]);
      }
    }
  }
  found.sort((a, b) => b[2] - a[2]);
  for (const [term, weight] of found.slice(0, 40)) {
    unit.alts.push([term, weight]);
    marks.add(term);
  }
}

function typos(unit, loaded, shards, marks) {
  for (const [t, weight] of unit.alts.slice(0, 2)) {
    const terms = loaded.get(shard(t, shards)) || {};
    const key = shardKey(t);
    for (const term in terms) {
      if (term.indexOf(" ") < 0 && shardKey(term) === key && oneEdit(t, term)) {
        unit.alts.push([term, weight * 0.5]);
        marks.add(term);
      }
    }
  }
}

/** Whether {@code a} and {@code b} differ by exactly one insertion, deletion, substitution or swap. */
export function oneEdit(a, b) {
  if (a === b) return false;
  const x = Array.from(a);
  const y = Array.from(b);
  if (Math.abs(x.length - y.length) > 1) return false;
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  let j = 0;
  while (j < x.length - i && j < y.length - i && x[x.length - 1 - j] === y[y.length - 1 - j]) j++;
  const rx = x.length - i - j;
  const ry = y.length - i - j;
  if (rx <= 1 && ry <= 1) return true;
  return rx === 2 && ry === 2 && x[i] === y[i + 1] && x[i + 1] === y[i];
}
