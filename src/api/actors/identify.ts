// Which actor a name typed by a person means. The cheap answers first: a catalogue key, then the names that
// fold to the same letters (one claimant: done; several: the one with stored reports); only then the
// catalogue's typo-tolerant search, and last the actors found only in reports. The store's actor list is
// read only when it decides something.
import type { Catalogue, CatalogueActor } from "../../catalogue/index.ts";
import { squashName } from "../../catalogue/index.ts";
import { EspialError } from "../../core/index.ts";
import type { ActorIdentity } from "../../present/actor-profile.ts";
import type { ActorSummary } from "../../store/store.ts";

const sourceLabel = (s: { dataset: string; vendor: string | null }) =>
  s.vendor ? `${s.dataset} (${s.vendor})` : s.dataset;

function identityOf(actor: CatalogueActor): ActorIdentity {
  return {
    key: actor.key,
    name: actor.name,
    names: actor.names.map((n) => ({ name: n.name, sources: n.sources.map(sourceLabel) })),
  };
}

/** The identity of the actor `name` means, or a `not-found` error. */
export async function identifyActor(
  name: string,
  catalogue: Catalogue,
  listStored: () => Promise<readonly ActorSummary[]>,
): Promise<ActorIdentity> {
  const byKey = catalogue.actor(name);
  if (byKey) return identityOf(byKey);
  let stored: readonly ActorSummary[] | null = null;
  const storedKeys = async () => new Set((stored ??= await listStored()).map((a) => a.key));
  const named = catalogue.actorsNamed(name);
  if (named.length === 1 && named[0]) return identityOf(named[0]);
  if (named.length > 1) {
    const keys = await storedKeys();
    return identityOf(named.find((a) => keys.has(a.key)) ?? named[0]!);
  }
  const candidates = catalogue.findActors(name);
  if (candidates.length > 0) {
    const keys = await storedKeys();
    return identityOf((candidates.find((c) => keys.has(c.actor.key)) ?? candidates[0]!).actor);
  }
  const wanted = squashName(name);
  const local = (stored ?? (await listStored())).find((a) => a.key === name || squashName(a.name) === wanted);
  if (local)
    return { key: local.key, name: local.name, names: [{ name: local.name, sources: ["discovered in reports"] }] };
  throw new EspialError("not-found", `no actor known as "${name}" (see GET /api/actors or /api/search?q=)`);
}
