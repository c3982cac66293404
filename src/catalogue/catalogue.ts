// The catalogue in memory: actors by key and by any name, every name with where it came from, and a
// forgiving lookup (case, spacing, hyphens, dots, typos) for `espial actor NAME` and search.
import type { CatalogueFile, NameDataset, SameAsVia } from "./schema.ts";
import { squashName } from "./normalise.ts";
import { editDistance } from "./edit-distance.ts";

export interface NameSource {
  readonly dataset: NameDataset;
  /** The MISP uuid or ATT&CK G-number of the entry the name came from. */
  readonly id: string;
  /** The vendor that coined the name, when MISP says. */
  readonly vendor: string | null;
}

export interface ActorName {
  readonly name: string;
  readonly sources: readonly NameSource[];
}

export interface CatalogueActor {
  readonly key: string;
  /** Display name: MISP's value when there is a MISP entry, else ATT&CK's name. */
  readonly name: string;
  readonly attackIds: readonly string[];
  readonly revokedAttackIds: readonly string[];
  readonly mispUuid: string | null;
  /** ISO 3166-1 alpha-2 of the suspected sponsor state. */
  readonly country: string | null;
  readonly sponsor: string | null;
  readonly deprecated: boolean;
  /** Every name, the display name first. */
  readonly names: readonly ActorName[];
  readonly possiblySameAs: readonly { readonly key: string; readonly via: SameAsVia }[];
}

export interface CatalogueSoftware {
  readonly id: string;
  readonly type: "malware" | "tool";
  readonly name: string;
  readonly aliases: readonly string[];
}

/** One answer of findActors: the actor, the name that matched, and how well. */
export interface ActorCandidate {
  readonly actor: CatalogueActor;
  readonly name: string;
  /** In (0, 1]: 1 for the exact name or id. */
  readonly score: number;
  readonly how: "exact" | "id" | "forgiving" | "typo" | "partial";
}

export interface Catalogue {
  readonly sources: CatalogueFile["sources"];
  readonly actors: readonly CatalogueActor[];
  readonly software: readonly CatalogueSoftware[];
  actor(key: string): CatalogueActor | undefined;
  /** The actors one of whose names folds to the same letters and digits as `name` (more than one: ambiguous). */
  actorsNamed(name: string): readonly CatalogueActor[];
  /** Ranked candidates for a name typed by a person: exact, forgiving, typo-tolerant, then partial. */
  findActors(query: string, options?: { readonly limit?: number }): ActorCandidate[];
  /** Names that more than one actor claims (folded), with their claimants. */
  ambiguousNames(): readonly { readonly name: string; readonly actors: readonly CatalogueActor[] }[];
}

function toActor(a: CatalogueFile["actors"][number]): CatalogueActor {
  const names = a.names.map((n) =>
    Object.freeze({
      name: n.name,
      sources: n.from.map((f) =>
        Object.freeze(
          f === "misp"
            ? { dataset: "misp" as const, id: a.misp ?? "", vendor: n.vendor ?? null }
            : { dataset: "attack" as const, id: f.slice("attack:".length), vendor: null },
        ),
      ),
    }),
  );
  return Object.freeze({
    key: a.key,
    name: a.name,
    attackIds: a.attack,
    revokedAttackIds: a.attackRevoked ?? [],
    mispUuid: a.misp,
    country: a.country,
    sponsor: a.sponsor,
    deprecated: a.deprecated === true,
    names,
    possiblySameAs: a.possiblySameAs ?? [],
  });
}

/** Letters then digits, the shape of designations like APT10, TA505, UNC2452. */
const CODE = /^([a-z]+)(\d+)$/;

/** A typo of a code-like name may change its letters, never its number: APT13 is not a typo of APT10. */
export function sameNumber(a: string, b: string): boolean {
  const ma = CODE.exec(a);
  const mb = CODE.exec(b);
  if (!ma && !mb) return true;
  return ma !== null && mb !== null && ma[2] === mb[2];
}

/** Builds the catalogue from its data file's content (see parseCatalogueFile). */
export function createCatalogue(file: CatalogueFile): Catalogue {
  const actors = file.actors.map(toActor);
  const byKey = new Map(actors.map((a) => [a.key, a]));
  const byId = new Map<string, CatalogueActor>();
  for (const a of actors) {
    for (const id of [...a.attackIds, ...a.revokedAttackIds]) byId.set(id.toLowerCase(), a);
    if (a.mispUuid) byId.set(a.mispUuid.toLowerCase(), a);
    byId.set(a.key.toLowerCase(), a);
  }
  const byName = new Map<string, { actor: CatalogueActor; name: string }[]>();
  for (const a of actors) {
    for (const n of a.names) {
      const key = squashName(n.name);
      const list = byName.get(key) ?? [];
      if (!list.some((e) => e.actor === a)) list.push({ actor: a, name: n.name });
      byName.set(key, list);
    }
  }
  const software = file.software.map((s) =>
    Object.freeze({ id: s.id, type: s.type, name: s.name, aliases: s.aliases }),
  );

  function findActors(query: string, options?: { readonly limit?: number }): ActorCandidate[] {
    const q = query.trim().replace(/['’]s$/, "");
    const key = squashName(q);
    if (!key) return [];
    const best = new Map<string, ActorCandidate>();
    const offer = (c: ActorCandidate) => {
      const prev = best.get(c.actor.key);
      if (!prev || c.score > prev.score) best.set(c.actor.key, c);
    };
    const id = byId.get(q.toLowerCase());
    if (id) offer({ actor: id, name: id.name, score: 1, how: "id" });
    for (const e of byName.get(key) ?? []) {
      offer({
        actor: e.actor,
        name: e.name,
        score: e.name.toLowerCase() === q.toLowerCase() ? 1 : 0.95,
        how: e.name.toLowerCase() === q.toLowerCase() ? "exact" : "forgiving",
      });
    }
    const maxTypos = key.length >= 8 ? 2 : key.length >= 4 ? 1 : 0;
    for (const [name, entries] of byName) {
      if (name === key) continue;
      if (maxTypos > 0 && sameNumber(name, key)) {
        const d = editDistance(key, name, maxTypos);
        if (d <= maxTypos)
          for (const e of entries) offer({ actor: e.actor, name: e.name, score: 0.8 - 0.1 * d, how: "typo" });
      }
      if (key.length >= 3 && name.startsWith(key) && !CODE.test(key)) {
        for (const e of entries)
          offer({ actor: e.actor, name: e.name, score: 0.5 + 0.2 * (key.length / name.length), how: "partial" });
      }
    }
    const ranked = [...best.values()].sort(
      (a, b) =>
        b.score - a.score ||
        Number(b.actor.name === b.name) - Number(a.actor.name === a.name) ||
        (a.actor.key < b.actor.key ? -1 : 1),
    );
    return ranked.slice(0, options?.limit ?? 20);
  }

  const ambiguous = [...byName]
    .filter(([, list]) => list.length > 1)
    .map(([, list]) => Object.freeze({ name: list[0]!.name, actors: list.map((e) => e.actor) }));

  return Object.freeze({
    sources: file.sources,
    actors,
    software,
    actor: (key: string) => byKey.get(key),
    actorsNamed: (name: string) => (byName.get(squashName(name)) ?? []).map((e) => e.actor),
    findActors,
    ambiguousNames: () => ambiguous,
  });
}
