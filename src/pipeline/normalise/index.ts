// Normalise: folds Unicode compatibility forms, curly quotes, dashes and odd spaces so matchers see one
// spelling, and keeps a map from every normalised offset back to the original text, so whatever a matcher
// finds is reported against the text exactly as ingested.

/** A normalised copy of a text with the way back to the original offsets. */
export interface NormalisedText {
  readonly text: string;
  /** Original offset of the normalised offset `i` (i may equal text.length). */
  toOriginal(i: number): number;
  /** The original span of the normalised span [start, end): the end covers the whole last character. */
  toOriginalSpan(start: number, end: number): { start: number; end: number };
}

const FOLD: Readonly<Record<string, string>> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u201a": "'",
  "\u201b": "'",
  "\u02bc": "'",
  "\u2032": "'",
  "\u00b4": "'",
  "\u0060": "'",
  "\u201c": '"',
  "\u201d": '"',
  "\u201e": '"',
  "\u201f": '"',
  "\u00ab": '"',
  "\u00bb": '"',
  "\u2033": '"',
  "\u2010": "-",
  "\u2011": "-",
  "\u2012": "-",
  "\u2013": "-",
  "\u2014": "-",
  "\u2015": "-",
  "\u2212": "-",
  "\u00a0": " ",
  "\u2007": " ",
  "\u202f": " ",
  "\u2009": " ",
  "\u200a": " ",
  "\u2002": " ",
  "\u2003": " ",
  "\u3000": " ",
  "\t": " ",
  "\u200b": "",
  "\u200c": "",
  "\u200d": "",
  "\u2060": "",
  "\ufeff": "",
  "\u00ad": "",
};

/** Folds one character (a full code point) to its normalised form. */
function foldChar(ch: string): string {
  const direct = FOLD[ch];
  if (direct !== undefined) return direct;
  const code = ch.codePointAt(0) ?? 0;
  if (code < 0x80) return ch;
  const nfkc = ch.normalize("NFKC");
  if (nfkc.length === 1) return FOLD[nfkc] ?? nfkc;
  return nfkc;
}

/** Normalises a text, keeping offsets recoverable. Equal-length folds keep offsets identical. */
export function normaliseText(original: string): NormalisedText {
  let out = "";
  // map[i] = original offset of normalised char i; only allocated once a fold changes length.
  let map: number[] | null = null;
  let ends: number[] | null = null;
  let i = 0;
  while (i < original.length) {
    const code = original.codePointAt(i) ?? 0;
    const width = code > 0xffff ? 2 : 1;
    const ch = width === 2 ? original.slice(i, i + 2) : (original[i] ?? "");
    const folded = code < 0x80 && ch !== "\t" && ch !== "`" ? ch : foldChar(ch);
    if (map === null && folded.length !== width) {
      map = Array.from({ length: out.length }, (_, k) => k);
      ends = Array.from({ length: out.length }, (_, k) => k + 1);
    }
    if (map !== null && ends !== null) {
      for (let k = 0; k < folded.length; k++) {
        map.push(i);
        ends.push(i + width);
      }
    }
    out += folded;
    i += width;
  }
  if (map === null || ends === null) {
    return { text: out, toOriginal: (n) => n, toOriginalSpan: (start, end) => ({ start, end }) };
  }
  const starts = map;
  const finalEnds = ends;
  const toOriginal = (n: number) => (n >= starts.length ? original.length : (starts[n] ?? original.length));
  return {
    text: out,
    toOriginal,
    toOriginalSpan: (start, end) => ({
      start: toOriginal(start),
      end: end <= start ? toOriginal(start) : (finalEnds[end - 1] ?? original.length),
    }),
  };
}

/** Text folded for comparison: quotes, dashes and whitespace unified, runs of space collapsed, trimmed. */
export function foldForComparison(text: string): string {
  return normaliseText(text).text.replace(/\s+/g, " ").trim();
}
