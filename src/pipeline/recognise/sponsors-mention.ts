// One place in the text where a possible sponsor is named — a state, an agency, a bureau or unit, a front
// company — before anything decides whether the text ties hacking to it.
import type { SponsorLevel, Span } from "../../core/index.ts";

/** How the text names a sponsor: this decides what counts as tying it to hacking. */
export const SPONSOR_FORMS = [
  /** "China", "Beijing", "the Chinese government": needs a tie ("on behalf of", "blamed on"). */
  "state-noun",
  /** "Russian state-backed", "Iran-backed", "Chinese state hackers": the tie is in the words. */
  "state-compound",
  /** "MSS", "Russia's GRU military intelligence service", "Chinese intelligence". */
  "agency",
  /** "Unit 26165", "Tianjin office of China's MSS", "Hainan State Security Department". */
  "unit",
  /** "Integrity Technology Group, a Beijing-based security contractor accused of running …". */
  "front",
] as const;
export type SponsorForm = (typeof SPONSOR_FORMS)[number];

export interface SponsorMention extends Span {
  /** The text's own words for it, as an analyst would quote them ("Tianjin office of China's MSS"). */
  readonly surface: string;
  /** A gazetteer id ("cn-mss"), "state:CN", "CN:intelligence", or "unit:…"/"front:…" with a normalised name. */
  readonly key: string;
  readonly level: SponsorLevel;
  readonly form: SponsorForm;
  readonly country: string | null;
  readonly parentKey: string | null;
  /** The parent's name as this text or the gazetteer gives it. */
  readonly parentName: string | null;
  readonly parentLink: "part-of" | "employed-by" | null;
  /** Whether the text ties hacking to it here; `cue` is the span of the words that do. */
  readonly tied: boolean;
  readonly cue: Span | null;
}

/** Normalised form of a name for keys ("Tianjin office of China's MSS" → "tianjin office of china mss"). */
export function normaliseName(name: string): string {
  return name
    .normalize("NFKC")
    .toLowerCase()
    .replace(/['’]s\b/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** A copy of a mention with new fields. */
export function withMention(m: SponsorMention, changes: Partial<SponsorMention>): SponsorMention {
  return Object.freeze({ ...m, ...changes });
}
