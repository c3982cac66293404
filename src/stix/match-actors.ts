// Which catalogue actor an imported one is: by Espial key, then ATT&CK id, then MISP uuid, then a name that
// only one catalogue actor has. An imported actor that matches none is new to Espial.
import type { Catalogue } from "../catalogue/index.ts";
import type { SnapshotActor } from "./snapshot.ts";

export type ActorDirectory = Pick<Catalogue, "actor" | "findActors" | "actorsNamed">;

function byId(id: string, catalogue: ActorDirectory): string | null {
  const found = catalogue.findActors(id).find((c) => c.how === "id");
  return found ? found.actor.key : null;
}

/**
 * The catalogue key of an imported actor, or null when the catalogue does not know it (or a name of it is
 * claimed by several actors and nothing else decides).
 * @example matchCatalogueActor({ ...imported, attackIds: ["G0045"] }, catalogue) // "attack:G0045"
 */
export function matchCatalogueActor(actor: SnapshotActor, catalogue: ActorDirectory): string | null {
  if (catalogue.actor(actor.key)) return actor.key;
  for (const id of actor.attackIds) {
    const key = byId(id, catalogue);
    if (key) return key;
  }
  if (actor.mispUuid) {
    const key = byId(actor.mispUuid, catalogue);
    if (key) return key;
  }
  for (const name of [actor.name, ...actor.names.map((n) => n.name)]) {
    const named = catalogue.actorsNamed(name);
    if (named.length === 1 && named[0]) return named[0].key;
  }
  return null;
}
