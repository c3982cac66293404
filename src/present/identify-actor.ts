// Which actor a name typed by a person means — the one look-up the CLI, the HTTP API and the STIX export
// share. The cheap answers first: a catalogue key, then the names that fold to the same letters (one
// claimant: done; several: the one with stored reports, else an `ambiguous` error naming them); only then the catalogue's typo-tolerant search, and
// last the actors found only in reports. An actor an analyst merged into another reads as that one, with
// the names of every actor merged into it, each with its sources and the merge that brought it.
import type { Catalogue, CatalogueActor } from "../catalogue/index.ts";
import { squashName } from "../catalogue/index.ts";
import { EspialError } from "../core/index.ts";
import type { ActorGroup, ActorSummary } from "../store/store.ts";
import type { ActorIdentity, ProfileName } from "./actor-profile.ts";

/** The catalogue look-ups identifying an actor needs. */
export type ActorDirectory = Pick<Catalogue, "actor" | "actorsNamed" | "findActors">;

/** The store reads identifying an actor needs; without `actorGroup`, merges are not followed. */
export interface ActorLookupStore {
  listActors(): Promise<readonly Pick<ActorSummary, "key" | "name">[]>;
  actorGroup?(key: string): Promise<ActorGroup>;
}

const sourceLabel = (s: { dataset: string; vendor: string | null }) =>
  s.vendor ? `${s.dataset} (${s.vendor})` : s.dataset;

const namesOf = (actor: CatalogueActor): ProfileName[] =>
  actor.names.map((n) => ({ name: n.name, sources: n.sources.map(sourceLabel) }));

const discovered = (key: string, name: string): ActorIdentity => ({
  key,
  name,
  names: [{ name, sources: ["discovered in reports"] }],
});

/** The catalogue's or the store's identity of an actor key. */
function identityOfKey(key: string, name: string, catalogue: ActorDirectory): ActorIdentity {
  const actor = catalogue.actor(key);
  return actor ? { key: actor.key, name: actor.name, names: namesOf(actor) } : discovered(key, name);
}

/** The actor `name` means before analysts' merges: its key and the name to show (or `not-found`). */
export async function findActor(
  name: string,
  catalogue: ActorDirectory,
  store: ActorLookupStore,
): Promise<{ key: string; name: string }> {
  const byKey = catalogue.actor(name);
  if (byKey) return byKey;
  let stored: readonly Pick<ActorSummary, "key" | "name">[] | null = null;
  const storedKeys = async () => new Set((stored ??= await store.listActors()).map((a) => a.key));
  const named = catalogue.actorsNamed(name);
  if (named.length === 1 && named[0]) return named[0];
  if (named.length > 1) {
    // A name several actors claim ("Grizzly Steppe") proves neither: the one with reports in this store is
    // what the analyst has been reading about; otherwise ask, naming the claimants.
    const keys = await storedKeys();
    const reported = named.filter((a) => keys.has(a.key));
    if (reported.length === 1 && reported[0]) return reported[0];
    const claimants = named.map((a) => `${a.name} (${a.key})`).join(", ");
    throw new EspialError(
      "ambiguous",
      `"${name}" is a name claimed by ${named.length} actors: ${claimants}; ask for one of them by name`,
    );
  }
  const candidates = catalogue.findActors(name);
  if (candidates.length > 0) {
    const keys = await storedKeys();
    return (candidates.find((c) => keys.has(c.actor.key)) ?? candidates[0]!).actor;
  }
  const wanted = squashName(name);
  const local = (stored ?? (await store.listActors())).find((a) => a.key === name || squashName(a.name) === wanted);
  if (local) return local;
  throw new EspialError("not-found", `no actor known as "${name}" (see espial actors, or GET /api/actors)`);
}

/**
 * The identity of the actor `name` means (after analysts' merges), or a `not-found` error.
 * @example await identifyActor("stone panda", catalogue, store) // { key: "attack:G0045", name: "APT10", names: [...] }
 */
export async function identifyActor(
  name: string,
  catalogue: ActorDirectory,
  store: ActorLookupStore,
): Promise<ActorIdentity> {
  const found = await findActor(name, catalogue, store);
  const group = store.actorGroup ? await store.actorGroup(found.key) : null;
  if (group === null || (group.key === found.key && group.members.length === 0)) {
    return identityOfKey(found.key, found.name, catalogue);
  }
  const root = identityOfKey(group.key, group.name, catalogue);
  const seen = new Set(root.names.map((n) => squashName(n.name)));
  const names = [...root.names];
  for (const member of group.members) {
    const merged = `merged by an analyst (decision ${member.decision})`;
    for (const n of identityOfKey(member.key, member.name, catalogue).names) {
      if (seen.has(squashName(n.name))) continue;
      seen.add(squashName(n.name));
      names.push({ name: n.name, sources: [...n.sources, merged] });
    }
  }
  return { ...root, names };
}
