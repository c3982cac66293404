// Consolidating sector phrases: one victim kind named several ways in a report is one sector. "telecom
// providers", "telecommunications companies" and "a big Malaysian telecommunications provider" are one;
// "journalists" and "members of the press" are one; "tech companies" folds into "communications technology
// companies"; "defense industrial firms" and "cloud service providers" stay two.
import type { SectorHit } from "./sectors.ts";
import { MODIFIER_SYNONYMS } from "./gazetteer-victims/sectors.ts";
import { meaningfulModifiers } from "./sectors-phrase.ts";

interface SectorKey {
  readonly cls: string;
  readonly lemma: string;
  readonly mods: ReadonlySet<string>;
  /** The words say the kind by themselves, so an unmodified phrase may fold into a modified one. */
  readonly standalone: boolean;
  /** The head noun's own lemma ("exchange"), whatever its class. */
  readonly head: string;
}

/** Heads too general for a phrase with only a place ("German companies") to fold into another. */
const GENERAL_HEADS = new Set([
  "company",
  "firm",
  "business",
  "corporation",
  "enterprise",
  "organization",
  "sector",
  "industry",
]);
const placeOnly = (k: SectorKey) => k.mods.size > 0 && [...k.mods].every((m) => m.startsWith("@"));

// "critical" says how much a kind matters, not which: "critical infrastructure" is not "critical manufacturing".
const STOP = new Set(["the", "of", "and", "&", "a", "an", "critical", "key", "vital", "strategic"]);

/** A modifier folded for comparison: lower case, one spelling, no "-related", singular. */
function fold(word: string): string {
  let w = word.toLowerCase().replace(/-(?:related|linked|focused|based|oriented|sector)$/, "");
  w = MODIFIER_SYNONYMS[w] ?? w;
  if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss") && w !== "telecommunications") w = w.slice(0, -1);
  return MODIFIER_SYNONYMS[w] ?? w;
}

/** What makes two phrases the same victim kind. */
export function sectorKey(hit: SectorHit): SectorKey {
  const { phrase } = hit;
  const renamed = phrase.lemma !== phrase.head.lemma;
  const words = renamed ? [] : [...meaningfulModifiers(phrase), ...(phrase.complement ?? "").split(/\s+/)];
  if (phrase.head.standalone && (phrase.head.cls === "business" || phrase.head.cls === "organisation")) {
    words.push(...phrase.head.lemma.split(" "));
  }
  // "health care" and "healthcare" are one word written two ways.
  const joined = words
    .join(" ")
    .replace(/\bhealth care\b/gi, "healthcare")
    .split(" ");
  let mods = new Set(joined.filter((w) => w && !STOP.has(w.toLowerCase())).map(fold));
  if (mods.size === 0 && !phrase.head.standalone) {
    mods = new Set(phrase.modifiers.filter((t) => t.place).map((t) => `@${t.text.replace(/\W/g, "").toLowerCase()}`));
  }
  const byLemma = phrase.head.cls === "own" || phrase.head.cls === "people";
  return {
    cls: phrase.head.cls,
    lemma: byLemma ? phrase.lemma : "",
    mods,
    standalone: phrase.head.standalone,
    head: phrase.head.lemma,
  };
}

const subset = (a: ReadonlySet<string>, b: ReadonlySet<string>) => [...a].every((x) => b.has(x));

/** Do two keys name the same kind of victim? */
export function sameSector(a: SectorKey, b: SectorKey): boolean {
  if (a.cls !== b.cls || a.lemma !== b.lemma) return false;
  // "South Korean exchanges" are among the "cryptocurrency exchanges"; "German companies" are not "defense companies".
  if ((placeOnly(a) || placeOnly(b)) && a.head === b.head && !GENERAL_HEADS.has(a.head)) return true;
  const [small, big] = a.mods.size <= b.mods.size ? [a, b] : [b, a];
  if (small.mods.size === 0) return big.mods.size === 0 || small.standalone;
  return subset(small.mods, big.mods);
}

/** One hit per victim kind, in order of first mention; the most specific name wins. */
export function consolidateSectors(hits: readonly SectorHit[]): SectorHit[] {
  const groups: { key: SectorKey; hit: SectorHit }[] = [];
  for (const hit of hits) {
    const key = sectorKey(hit);
    const group = groups.find((g) => sameSector(g.key, key));
    if (!group) {
      groups.push({ key, hit });
      continue;
    }
    const words = (h: SectorHit) => h.name.split(/\s+/).length;
    const kinds = (k: SectorKey) => [...k.mods].filter((m) => !m.startsWith("@")).length;
    const specific = kinds(key) - kinds(group.key) || words(hit) - words(group.hit);
    const keep = specific > 0 ? { key, hit } : group;
    const other = keep.hit === hit ? group.hit : hit;
    group.key = keep.key;
    group.hit = {
      ...keep.hit,
      quantity: keep.hit.quantity ?? other.quantity,
      accessPath: group.hit.accessPath || hit.accessPath,
    };
  }
  return groups.map((g) => g.hit);
}
