// How Espial folds names: case, diacritics, spacing, hyphens and dots are forgiven; every other character
// breaks a name. One table per UTF-16 code unit serves both the automaton and the lookups, so a name
// typed at the CLI and a name read in a report fold the same way.

/** The code unit is a separator a name may contain or omit: spaces, hyphens, dots, underscores. */
export const SEPARATOR = -1;
/** The code unit ends any name: punctuation, quotes, newlines, symbols. */
export const BREAK = -2;
/** A letter or digit outside the folded alphabet: part of a word, but of no catalogue name. */
export const FOREIGN = -3;

const SEPARATORS = " \t\u00a0\u2009\u202f-\u2010\u2011\u2012\u2013._";

export interface CharTable {
  /** For each UTF-16 code unit: its folded character code (≥ 0), or SEPARATOR, BREAK or FOREIGN. */
  readonly fold: Int32Array;
}

let shared: CharTable | null = null;

/** The folding table (built once, ~65k entries). */
export function charTable(): CharTable {
  if (shared) return shared;
  const fold = new Int32Array(65536).fill(BREAK);
  const letterOrDigit = /[\p{L}\p{N}]/u;
  for (let c = 0; c < 65536; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    if (SEPARATORS.includes(ch)) {
      fold[c] = SEPARATOR;
      continue;
    }
    if (!letterOrDigit.test(ch)) continue;
    const base = ch.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
    if (base.length === 1 && /[a-z0-9]/.test(base)) fold[c] = base.charCodeAt(0);
    else if (ch === "\u0131")
      fold[c] = 0x69; // dotless i (Turkish names) folds to i
    else if (base.length === 1)
      fold[c] = base.charCodeAt(0); // other scripts: lower case, kept as is
    else fold[c] = FOREIGN;
  }
  shared = { fold };
  return shared;
}

/** True when the code unit is part of a word (a letter or digit of any script). */
export function isWordChar(table: CharTable, code: number): boolean {
  const f = table.fold[code] ?? BREAK;
  return f >= 0 || f === FOREIGN;
}

/**
 * A name's lookup key: folded letters and digits only, so "APT 10", "apt-10" and "APT10" agree.
 * @example squashName("Stone Panda’s") === "stonepandas"
 */
export function squashName(name: string): string {
  const { fold } = charTable();
  let out = "";
  for (let i = 0; i < name.length; i++) {
    const f = fold[name.charCodeAt(i)] ?? BREAK;
    if (f >= 0) out += String.fromCharCode(f);
  }
  return out;
}

/** The words of a name as the text writes them, camel-case humps split: "FamousSparrow" → Famous, Sparrow. */
export function nameWords(name: string): string[] {
  return name
    .replace(/(\p{Ll})(\p{Lu})/gu, "$1 $2")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}
