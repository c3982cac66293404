// What kind of name a surface is, and the extra forms a catalogue name is written in: the short form
// without a trailing "Group"/"Team" ("Lazarus" for "Lazarus Group") and the spelt-out designation
// ("Advanced Persistent Threat 10" for APT10).

/** How much a surface proves on its own. */
export const NAME_STRENGTHS = ["distinctive", "word", "weak"] as const;
export type NameStrength = (typeof NAME_STRENGTHS)[number];

const GENERIC_TAIL = /^(\p{L}[\p{L}\p{N}]{3,})[\s-]+(?:group|team|gang|crew)$/iu;

/** "Lazarus Group" → "Lazarus": the one-word base of a name ending in a generic group noun, else null. */
export function shortForm(name: string): string | null {
  const m = GENERIC_TAIL.exec(name.trim());
  return m?.[1] ?? null;
}

const SPELT = [
  { short: /^APT[\s-]?(\d{1,4})$/i, long: "Advanced Persistent Threat" },
  { short: /^TG[\s-]?(\d{3,5})$/i, long: "Threat Group" },
] as const;

/** "APT10" → "Advanced Persistent Threat 10": the designation spelt out, or null. */
export function spelledOut(name: string): string | null {
  for (const { short, long } of SPELT) {
    const m = short.exec(name.trim());
    if (m) return `${long} ${m[1]}`;
  }
  return null;
}

/**
 * How much a surface in a text proves by its shape alone:
 * - distinctive: letters joined to digits, or an upper-case prefix before digits (APT10, APT 10, TA505,
 *   Ke3chang, DEV-0537), or a coined word with an inner capital (FamousSparrow, menuPass);
 * - weak: a short upper-case acronym (CARR, GOP, SEA), which ordinary text uses for many things;
 * - word: everything made of ordinary-looking words (Cicada, Stone Panda, NICKEL, Group 3, Apt 10).
 */
export function surfaceStrength(surface: string): NameStrength {
  const s = surface.trim();
  const code = /(\p{L}+)([\s.\-_]*)(\d)/u.exec(s);
  if (code) {
    const [, letters = "", gap = ""] = code;
    if (gap === "" || letters === letters.toUpperCase()) return "distinctive";
    return "word";
  }
  if (/^\p{L}+$/u.test(s) && /\p{Ll}\p{Lu}/u.test(s)) return "distinctive";
  if (/^\p{Lu}{2,4}$/u.test(s)) return "weak";
  return "word";
}

/** True when the surface starts with a capital letter or a digit, as analysts write group names. */
export function isCapitalised(surface: string): boolean {
  return /^[\p{Lu}\p{N}]/u.test(surface) || /\p{Ll}\p{Lu}/u.test(surface);
}
