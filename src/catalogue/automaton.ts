// An Aho–Corasick automaton over folded letters and digits, compiled to a dense table so the scan costs one
// table read per character, in one left-to-right pass. Separators (spaces, hyphens, dots) are skipped, so
// "APT 10", "APT-10" and "APT10" are one pattern; any other punctuation resets the automaton. A match counts
// only where it starts and ends on a word boundary, and its offsets are always into the original text.
import { charTable, FOREIGN as FOREIGN_CLASS, SEPARATOR as SEPARATOR_CLASS } from "./normalise.ts";

// Local copies: under a loader that turns imports into getters (tsx), an imported constant read in the hot
// loop would cost a call per character.
const FOREIGN: number = FOREIGN_CLASS;
const SEPARATOR: number = SEPARATOR_CLASS;

export interface Automaton {
  readonly patternCount: number;
  readonly stateCount: number;
  /**
   * Calls `onMatch(pattern, start, end)` for every pattern occurrence in text[from, to) that starts and ends on
   * a word boundary; [start, end) is the span in the original text, separators inside it included.
   */
  scan(text: string, onMatch: OnMatch, from?: number, to?: number): void;
}

type OnMatch = (pattern: number, start: number, end: number) => void;

interface Tables {
  /** Per UTF-16 code unit: its symbol (≥ 0), or SEPARATOR / BREAK / FOREIGN. */
  readonly cls: Int32Array;
  /** state * K + symbol → next state, negated when that state ends a pattern (its own or by suffix). */
  readonly table: Int16Array;
  readonly K: number;
  /** Patterns ending at each state; `outLink` chains to the next shorter suffix state that ends some. */
  readonly outputs: readonly Int32Array[];
  readonly outLink: Int32Array;
  /** Symbols per pattern. */
  readonly lengths: Int32Array;
}

/** Compiles patterns given as folded strings (see squashName); empty patterns never match. */
export function createAutomaton(patterns: readonly string[]): Automaton {
  const { fold } = charTable();
  // Symbols: a–z, 0–9, then any other folded character the patterns use.
  const symbolOf = new Int32Array(65536).fill(-1);
  let symbols = 0;
  const addSymbol = (c: number) => {
    if (symbolOf[c] === -1) symbolOf[c] = symbols++;
  };
  for (let c = 0x61; c <= 0x7a; c++) addSymbol(c);
  for (let c = 0x30; c <= 0x39; c++) addSymbol(c);
  for (const p of patterns) for (let i = 0; i < p.length; i++) addSymbol(p.charCodeAt(i));
  const K = symbols;

  const { children, ends } = buildTrie(patterns, symbolOf);
  const n = children.length;
  if (n > 32767) throw new RangeError(`automaton too large: ${n} states (16-bit table)`);
  // Breadth-first numbering: the rows read most (near the root) share cache lines.
  const order = [0];
  for (let qi = 0; qi < order.length; qi++) for (const next of children[order[qi]!]!.values()) order.push(next);
  const renumber = new Int32Array(n);
  order.forEach((old, i) => (renumber[old] = i));
  const kids = order.map((old) => [...children[old]!].map(([sym, next]) => [sym, renumber[next]!] as const));
  const outputs = order.map((old) => Int32Array.from(ends[old]!));

  // Failure links and the full transition table, breadth first (states are already in that order).
  const delta = new Int32Array(n * K);
  const fail = new Int32Array(n);
  const outLink = new Int32Array(n).fill(-1);
  for (const [sym, next] of kids[0]!) delta[sym] = next; // depth 1: failure is the root (fail = 0)
  for (let s = 1; s < n; s++) {
    const f = fail[s]!;
    outLink[s] = outputs[f]!.length > 0 ? f : outLink[f]!;
    // A state's row is its failure state's row, except where it has children of its own.
    delta.copyWithin(s * K, f * K, f * K + K);
    for (const [sym, next] of kids[s]!) {
      fail[next] = delta[f * K + sym]!;
      delta[s * K + sym] = next;
    }
  }
  const hasOutput = (s: number) => outputs[s]!.length > 0 || outLink[s]! >= 0;
  const table = new Int16Array(n * K);
  for (let i = 0; i < delta.length; i++) table[i] = hasOutput(delta[i]!) ? -delta[i]! : delta[i]!;

  const cls = new Int32Array(65536);
  for (let c = 0; c < 65536; c++) {
    const f = fold[c]!;
    cls[c] = f >= 0 ? (symbolOf[f] !== -1 ? symbolOf[f]! : FOREIGN) : f;
  }
  const lengths = Int32Array.from(patterns, (p) => p.length);
  const tables: Tables = { cls, table, K, outputs, outLink, lengths };
  return Object.freeze({
    patternCount: patterns.length,
    stateCount: n,
    scan: (text: string, onMatch: OnMatch, from = 0, to = text.length) => scanWith(tables, text, onMatch, from, to),
  });
}

function buildTrie(patterns: readonly string[], symbolOf: Int32Array) {
  const children: Map<number, number>[] = [new Map<number, number>()];
  const ends: number[][] = [[]];
  patterns.forEach((p, id) => {
    if (p.length === 0) return;
    let s = 0;
    for (let i = 0; i < p.length; i++) {
      const sym = symbolOf[p.charCodeAt(i)]!;
      let next = children[s]!.get(sym);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        ends.push([]);
        children[s]!.set(sym, next);
      }
      s = next;
    }
    ends[s]!.push(id);
  });
  return { children, ends };
}

/** The pass (at module level, its tables in locals, so the compiler keeps them in registers). */
function scanWith(t: Tables, text: string, onMatch: OnMatch, from: number, to: number): void {
  const { cls, table, K } = t;
  let state = 0;
  for (let i = from; i < to; i++) {
    const c = cls[text.charCodeAt(i)]!;
    if (c >= 0) {
      let next = table[state * K + c]!;
      if (next < 0) {
        next = -next;
        const after = i + 1 < text.length ? cls[text.charCodeAt(i + 1)]! : SEPARATOR;
        if (after < 0 && after !== FOREIGN) report(t, text, onMatch, next, i);
      }
      state = next;
    } else if (c !== SEPARATOR) state = 0;
  }
}

/** Reports the patterns ending at i in `state`, each where it starts on a word boundary. */
function report(t: Tables, text: string, onMatch: OnMatch, state: number, i: number): void {
  for (let s = state; s >= 0; s = t.outLink[s]!) {
    const list = t.outputs[s]!;
    for (let k = 0; k < list.length; k++) {
      const id = list[k]!;
      // Walk back over the pattern's symbols (separators between them belong to the match).
      let start = i;
      for (let left = t.lengths[id]! - 1; left > 0;) {
        start--;
        if (t.cls[text.charCodeAt(start)]! >= 0) left--;
      }
      const before = start === 0 ? SEPARATOR : t.cls[text.charCodeAt(start - 1)]!;
      if (before < 0 && before !== FOREIGN) onMatch(id, start, i + 1);
    }
  }
}
