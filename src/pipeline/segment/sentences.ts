// Sentence boundaries by rule: fast, and careful with the abbreviations of news about governments
// ("U.S.", "Gen.", "Corp.") and with initials, URLs and decimals.
import type { Span } from "../../core/index.ts";

const ABBREVIATIONS = new Set(
  [
    "u.s",
    "u.k",
    "u.n",
    "e.u",
    "u.s.a",
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "gen",
    "lt",
    "col",
    "maj",
    "capt",
    "sgt",
    "adm",
    "gov",
    "sen",
    "rep",
    "sec",
    "st",
    "sr",
    "jr",
    "inc",
    "corp",
    "co",
    "ltd",
    "llc",
    "plc",
    "no",
    "vs",
    "v",
    "etc",
    "e.g",
    "i.e",
    "al",
    "approx",
    "dept",
    "est",
    "fig",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "mt",
    "ft",
    "d.c",
    "p.m",
    "a.m",
  ].map((a) => a),
);

/** Words that, after an abbreviation such as "U.S.", still start a new sentence. */
const STARTERS = new Set([
  "The",
  "It",
  "He",
  "She",
  "They",
  "This",
  "That",
  "These",
  "But",
  "We",
  "I",
  "In",
  "A",
  "An",
]);

function wordBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0 && /[\p{L}\p{N}.]/u.test(text[i - 1] ?? "")) i--;
  return text.slice(i, dot);
}

/** Splits `text` within [from, to) into sentence spans, trimmed of surrounding white space. */
export function splitSentences(text: string, from: number, to: number): Span[] {
  const spans: Span[] = [];
  let start = from;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s] ?? "")) s++;
    while (e > s && /\s/.test(text[e - 1] ?? "")) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (ch !== "." && ch !== "!" && ch !== "?") continue;
    let j = i + 1;
    while (j < to && /["'”’)\]]/.test(text[j] ?? "")) j++;
    if (j < to && !/\s/.test(text[j] ?? "")) continue;
    let k = j;
    while (k < to && /\s/.test(text[k] ?? "")) k++;
    if (k >= to) break;
    const next = text[k] ?? "";
    if (!/[\p{Lu}\p{N}"'“‘([]/u.test(next)) continue;
    if (ch === ".") {
      const word = wordBefore(text, i);
      const lower = word.toLowerCase();
      const nextWord = /^[\p{L}]+/u.exec(text.slice(k, k + 20))?.[0] ?? "";
      if (/^\p{Lu}$/u.test(word)) continue; // an initial: "J. Smith"
      if (ABBREVIATIONS.has(lower) && !STARTERS.has(nextWord)) continue;
    }
    push(j);
    start = j;
    i = j - 1;
  }
  push(to);
  return spans;
}
