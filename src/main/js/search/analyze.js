// The search analyser of the browser: a line-by-line port of vn.haiphong.showcase.search.Analyzer,
// Stemmer and SearchIndex.shard (Java), so a query is cut, folded and hashed exactly as the index
// was at build time. AnalyzerParityTest runs this file under node and compares both sides.

export const WORD = 1;
export const HANGUL = 2;
export const CJK = 3;
const SEP = 0;
const MAX_WORD = 40;

export const PARTICLES = ["에서는", "으로는", "에서", "에게", "까지", "부터", "으로", "처럼", "보다", "이나",
  "은", "는", "이", "가", "을", "를", "에", "의", "로", "와", "과", "도", "만", "나"];

const LETTER_DIGIT_MARK = /[\p{Lu}\p{Ll}\p{Lt}\p{Lm}\p{Lo}\p{Nd}\p{Mn}\p{Mc}\p{Me}]/u;

export function charClass(cp) {
  if (cp >= 0x3400 && cp <= 0x4DBF || cp >= 0x4E00 && cp <= 0x9FFF || cp >= 0xF900 && cp <= 0xFAFF
      || cp >= 0x20000 && cp <= 0x3134F || cp === 0x3005 || cp === 0x3007
      || cp >= 0x3041 && cp <= 0x309F || cp >= 0x30A0 && cp <= 0x30FF || cp >= 0x31F0 && cp <= 0x31FF
      || cp >= 0xFF66 && cp <= 0xFF9F) {
    return CJK;
  }
  if (cp >= 0xAC00 && cp <= 0xD7A3 || cp >= 0x1100 && cp <= 0x11FF || cp >= 0x3131 && cp <= 0x318E) {
    return HANGUL;
  }
  if (cp < 0x80) {
    return cp >= 97 && cp <= 122 || cp >= 65 && cp <= 90 || cp >= 48 && cp <= 57 ? WORD : SEP;
  }
  return LETTER_DIGIT_MARK.test(String.fromCodePoint(cp)) ? WORD : SEP;
}

const size = (cp) => (cp > 0xFFFF ? 2 : 1);

function onlySpaces(s, from, to) {
  for (let k = from; k < to; k++) {
    const c = s[k];
    if (c !== " " && c !== "\t" && c !== "\n" && c !== "\r" && c !== "\u00A0" && c !== "\u3000") {
      return false;
    }
  }
  return true;
}

export function fold(s) {
  const d = s.normalize("NFD");
  let out = "";
  for (let k = 0; k < d.length; k++) {
    const c = d.charCodeAt(k);
    if (c >= 0x0300 && c <= 0x036F) continue;
    out += c === 0x0111 ? "d" : d[k];
  }
  return out.normalize("NFC");
}

export function stripParticle(norm) {
  for (const p of PARTICLES) {
    if (norm.endsWith(p) && norm.length > p.length) {
      return norm.substring(0, norm.length - p.length);
    }
  }
  return norm;
}

function ascii(w) {
  for (let i = 0; i < w.length; i++) {
    const c = w[i];
    if (c < "a" || c > "z") return false;
  }
  return true;
}

function vowel(w, end) {
  for (let i = 0; i < end; i++) {
    if ("aeiouy".indexOf(w[i]) >= 0) return true;
  }
  return false;
}

function undouble(w) {
  const n = w.length;
  if (n >= 2 && w[n - 1] === w[n - 2] && "aeioulsz".indexOf(w[n - 1]) < 0) {
    return w.substring(0, n - 1);
  }
  return w;
}

export function stem(w) {
  if (w.length <= 3 || !ascii(w)) return w;
  if (w.endsWith("sses")) {
    w = w.substring(0, w.length - 2);
  } else if (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes") || w.endsWith("zzes")) {
    w = w.substring(0, w.length - 2);
  } else if (w.endsWith("ies")) {
    w = w.length > 4 ? w.substring(0, w.length - 3) + "y" : w.substring(0, w.length - 1);
  } else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
    w = w.substring(0, w.length - 1);
  }
  if (w.endsWith("ing") && w.length - 3 >= 3 && vowel(w, w.length - 3)) {
    w = undouble(w.substring(0, w.length - 3));
  } else if (w.endsWith("ed") && !w.endsWith("eed") && w.length - 2 >= 3 && vowel(w, w.length - 2)) {
    w = undouble(w.substring(0, w.length - 2));
  }
  return w;
}

/** Parses the Traditional → Simplified pairs string (t2s.txt) into a Map of code points. */
export function parseT2S(pairs) {
  const m = new Map();
  const cps = Array.from(pairs, (c) => c.codePointAt(0));
  for (let i = 0; i + 1 < cps.length; i += 2) m.set(cps[i], cps[i + 1]);
  return m;
}

export class Analyzer {
  constructor(lang, t2s) {
    this.lang = lang;
    this.t2s = t2s || new Map();
  }

  foldCjk(c) {
    if (c >= 0x30A1 && c <= 0x30F6) c -= 0x60;
    if (this.lang === "zh") c = this.t2s.get(c) ?? c;
    return String.fromCodePoint(c);
  }

  units(text) {
    const s = text.normalize("NFC");
    const out = [];
    let i = 0;
    let lastEnd = -1;
    while (i < s.length) {
      const cp = s.codePointAt(i);
      const cls = charClass(cp);
      if (cls === SEP) {
        i += size(cp);
        continue;
      }
      const start = i;
      while (i < s.length) {
        const c = s.codePointAt(i);
        if (charClass(c) !== cls) break;
        i += size(c);
      }
      const run = s.substring(start, i);
      const joined = lastEnd >= 0 && onlySpaces(s, lastEnd, start);
      lastEnd = i;
      const norm = run.normalize("NFKC").toLowerCase();
      if (cls === CJK) {
        const chars = [];
        for (let k = 0; k < norm.length;) {
          const c = norm.codePointAt(k);
          k += size(c);
          chars.push(this.foldCjk(c));
        }
        out.push({ kind: "CJK", start, end: i, exact: null, folded: null, base: null, chars, joined: false });
      } else if (cls === HANGUL) {
        if (norm.length > MAX_WORD) continue;
        const base = stripParticle(norm);
        out.push({ kind: "HANGUL", start, end: i, exact: norm, folded: null, base: base === norm ? null : base, chars: [], joined });
      } else {
        if (norm.length > MAX_WORD) continue;
        const exact = this.lang === "en" ? stem(norm) : norm;
        const f = fold(norm);
        const folded = this.lang === "en" ? stem(f) : f;
        out.push({ kind: "WORD", start, end: i, exact, folded: folded === exact ? null : folded, base: null, chars: [], joined });
      }
    }
    return out;
  }

  indexTerms(text) {
    const terms = [];
    let prev = null;
    for (const u of this.units(text)) {
      if (u.kind === "CJK") {
        const cs = u.chars;
        for (let k = 0; k < cs.length; k++) {
          terms.push(cs[k]);
          if (k + 1 < cs.length) terms.push(cs[k] + cs[k + 1]);
        }
      } else {
        terms.push(u.exact);
        if (u.folded !== null) terms.push("~" + u.folded);
        if (u.base !== null) terms.push(u.base);
        if (u.kind === "HANGUL") terms.push(...syllablePairs(pairForm(u)));
        if (prev !== null && u.joined) terms.push("~" + foldedForm(prev) + " " + foldedForm(u));
      }
      prev = u.kind === "CJK" ? null : u;
    }
    return terms;
  }
}

/** A Korean word's neighbouring syllables ("^문화", "^화유", "^유산"), for words inside compounds. */
export function syllablePairs(word) {
  const cps = Array.from(word);
  const out = [];
  for (let k = 0; k + 1 < cps.length; k++) out.push("^" + cps[k] + cps[k + 1]);
  return out;
}

export const pairForm = (u) => (u.base !== null ? u.base : u.exact);
export const foldedForm = (u) => (u.folded !== null ? u.folded : pairForm(u));

export function shardKey(term) {
  if (term.indexOf(" ") >= 0) return term;
  const at = term.startsWith("~") ? 1 : 0;
  if (at >= term.length) return term;
  const cls = charClass(term.codePointAt(at));
  const n = cls === WORD ? 3 : 2;
  let end = at;
  for (let k = 0; k < n && end < term.length; k++) end += size(term.codePointAt(end));
  return term.substring(0, end);
}

export function fnv(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

export const shard = (term, shards) => fnv(shardKey(term)) % shards;
