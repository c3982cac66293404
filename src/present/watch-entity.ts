// What an analyst asks to follow, as the keys facts carry: an actor by any of its names (after merges), a
// country by ISO code or name ("KR", "South Korea", "Korean"), a sector by its words folded as the
// recognisers fold them ("Defence" → "defence").
import { countryOfWord } from "../catalogue/index.ts";
import { EspialError } from "../core/index.ts";
import type { WatchKind } from "../review/index.ts";
import { identifyActor, type ActorDirectory, type ActorLookupStore } from "./identify-actor.ts";

/** Folded as claims' keys of sectors and organisations are (pipeline/recognise/claims.ts). */
const foldKey = (name: string) =>
  name
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[’']s\b/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/** The key and name of the entity to follow, or `bad-usage`/`not-found` naming what is wrong. */
export async function resolveWatchEntity(
  kind: WatchKind,
  entity: string,
  deps: { readonly catalogue: ActorDirectory; readonly store: ActorLookupStore },
): Promise<{ key: string; name: string }> {
  switch (kind) {
    case "actor": {
      const actor = await identifyActor(entity, deps.catalogue, deps.store);
      return { key: actor.key, name: actor.name };
    }
    case "country": {
      const code = /^[A-Za-z]{2}$/.test(entity.trim()) ? entity.trim().toUpperCase() : countryOfWord(entity);
      if (code === null)
        throw new EspialError("bad-usage", `"${entity}" is not a country (give its ISO code, e.g. KR)`);
      return { key: code, name: entity.trim() };
    }
    case "sector": {
      const key = foldKey(entity);
      if (key === "") throw new EspialError("bad-usage", "name the sector to follow, e.g. defence");
      return { key, name: entity.trim() };
    }
  }
}
