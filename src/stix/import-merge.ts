// Imported STIX merged into Espial's own snapshot: each imported actor becomes the catalogue actor it matches
// (Espial key, ATT&CK id, MISP uuid, a name only one actor has), else an actor already in the store under one
// of its names, else a new one; every pointer of the imported reports follows. A report the store already
// holds (same Espial report id) is not taken twice.
import type { ActorDirectory } from "./match-actors.ts";
import { matchCatalogueActor } from "./match-actors.ts";
import { snapshotActorOf } from "./snapshot-from-store.ts";
import type { EntityPointer, SnapshotActor, SnapshotReport, StixSnapshot } from "./snapshot.ts";

const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

function byName(actors: Iterable<SnapshotActor>): Map<string, string> {
  const names = new Map<string, string>();
  for (const a of actors) for (const n of [a.name, ...a.names.map((x) => x.name)]) names.set(squash(n), a.key);
  return names;
}

function rekeyReport(report: SnapshotReport, keyOf: (key: string) => string): SnapshotReport {
  const pointer = (p: EntityPointer): EntityPointer => (p.kind === "actor" ? { kind: "actor", key: keyOf(p.key) } : p);
  return {
    ...report,
    mentions: report.mentions.map((m) => ({ ...m, actor: keyOf(m.actor) })),
    facts: report.facts.map((f) => ({ ...f, subject: pointer(f.subject), object: pointer(f.object) })),
    actions: report.actions.map((a) => ({ ...a, concerns: a.concerns.map(pointer) })),
    periods: report.periods.map((p) => ({ ...p, actor: p.actor === null ? null : keyOf(p.actor) })),
  };
}

/**
 * Espial's snapshot with an imported one merged in.
 * @example mergeImported(createStixSnapshot({ reports, catalogue }), fromBundle.snapshot, catalogue)
 */
export function mergeImported(base: StixSnapshot, imported: StixSnapshot, catalogue: ActorDirectory): StixSnapshot {
  const actors = new Map(base.actors.map((a) => [a.key, a]));
  const names = byName(base.actors);
  const rekeyed = new Map<string, string>();
  for (const actor of imported.actors) {
    const known = matchCatalogueActor(actor, catalogue);
    const key =
      known ??
      [actor.name, ...actor.names.map((n) => n.name)].map((n) => names.get(squash(n))).find((k) => k !== undefined) ??
      actor.key;
    rekeyed.set(actor.key, key);
    if (actors.has(key)) continue;
    const entry = known ? catalogue.actor(known) : undefined;
    actors.set(key, entry ? snapshotActorOf(entry) : actor);
  }
  const keyOf = (key: string) => rekeyed.get(key) ?? key;
  const held = new Set(base.reports.map((r) => r.id));
  const reports = imported.reports.filter((r) => !held.has(r.id)).map((r) => rekeyReport(r, keyOf));
  return { actors: [...actors.values()], reports: [...base.reports, ...reports] };
}
