// Consolidating organisation names: "US Navy" and "U.S. Navy" are one; "Sony", "Sony Pictures" and "Sony's
// Hollywood studio" are one; "the German parliament", "Bundestag" and "German federal parliament
// (Bundestag)" are one. The fullest proper name wins; a possessed description gives way to a proper name.
import { findCountryMentions } from "./countries.ts";
import type { OrganisationHit } from "./organisations.ts";

const STOP = new Set(["the", "of", "and", "for", "s", "a", "an", "de", "del"]);

/** The words of a name, with every way of naming a country folded to its code ("U.S." and "US" → "@us"). */
export function nameTokens(name: string): Set<string> {
  let folded = name;
  for (const c of findCountryMentions(name).reverse()) {
    folded = `${folded.slice(0, c.start)} @${c.code.toLowerCase()} ${folded.slice(c.end)}`;
  }
  return new Set(
    folded
      .toLowerCase()
      .replace(/'s\b/g, "")
      .split(/[^\p{L}\p{N}@&]+/u)
      .filter((t) => t && !STOP.has(t)),
  );
}

const within = (a: ReadonlySet<string>, b: ReadonlySet<string>) => a.size > 0 && [...a].every((t) => b.has(t));

function sameOrganisation(a: OrganisationHit, b: OrganisationHit): boolean {
  const [ta, tb] = [nameTokens(a.name), nameTokens(b.name)];
  if (within(ta, tb) || within(tb, ta)) return true;
  const oa = a.owner ? nameTokens(a.owner) : null;
  const ob = b.owner ? nameTokens(b.owner) : null;
  return (oa !== null && within(oa, tb)) || (ob !== null && within(ob, ta));
}

/** Higher is the better name: a proper name over a possessed description, then more words, then longer. */
function rank(hit: OrganisationHit): number {
  return (hit.owner ? 0 : 1000) + nameTokens(hit.name).size * 50 + hit.name.length;
}

/** One hit per organisation, in order of first mention; the best name wins, counts and access paths are kept. */
export function consolidateOrganisations(hits: readonly OrganisationHit[]): OrganisationHit[] {
  const groups: OrganisationHit[][] = [];
  for (const hit of hits) {
    const group = groups.find((g) => g.some((h) => sameOrganisation(h, hit)));
    if (group) group.push(hit);
    else groups.push([hit]);
  }
  return groups.map((group) => {
    const best = group.reduce((a, b) => (rank(b) > rank(a) ? b : a));
    return {
      ...best,
      quantity: best.quantity ?? group.find((h) => h.quantity)?.quantity ?? null,
      accessPath: group.some((h) => h.accessPath),
    };
  });
}
