// Misspellings a text points out itself: `one report even spells it "Kim Sukey"`, `some vendors misspell it as
// Peach Sandstrom`. The name after the cue is looked up forgivingly in the catalogue (up to two letters off); a
// spelling no catalogue name comes near is left alone.
import type { Span } from "../../core/index.ts";
import type { AliasMatch, Catalogue } from "../../catalogue/index.ts";

const SPELLED =
  /\b(?:mis)?spel(?:ls?|led|t|ling|lings)\s+(?:it|them|the\s+(?:group|name|actor|gang)|its\s+name)(?:\s+as)?\s+["“‘']?(\p{Lu}[\p{L}\p{N}-]*(?:\s+\p{Lu}[\p{L}\p{N}-]*){0,2})/gu;

const overlaps = (a: Span, list: readonly Span[]) => list.some((b) => a.start < b.end && b.start < a.end);

/** Catalogue names the text itself flags as misspelt, outside the spans already found. */
export function misspelledNames(text: string, catalogue: Catalogue, taken: readonly Span[]): AliasMatch[] {
  const out: AliasMatch[] = [];
  for (const m of text.matchAll(SPELLED)) {
    const surface = m[1] ?? "";
    const start = m.index + m[0].length - surface.length;
    const span = { start, end: start + surface.length };
    if (overlaps(span, taken)) continue;
    const found = catalogue.findActors(surface, { limit: 8 }).filter((c) => c.how !== "partial" && c.score >= 0.6);
    const best = found[0];
    if (!best) continue;
    const tied = found.filter((c) => c.score === best.score);
    out.push(
      Object.freeze({
        ...span,
        surface,
        actors: Object.freeze(tied.map((c) => c.actor.key)),
        name: best.name,
        via: "typo" as const,
        confidence: 0.6,
        strength: "word" as const,
      }),
    );
  }
  return out;
}
