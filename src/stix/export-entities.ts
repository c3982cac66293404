// The STIX objects for the things reports name, one per entity across all reports: an intrusion-set per
// actor; a threat-actor per defendant (the text makes them actors); an identity per official, researcher,
// organisation, sector and sponsor — plus, for a sponsor, a threat-actor persona so that an intrusion set
// can be `attributed-to` it as STIX 2.1 defines; a location per country. Each is marked with the least
// restrictive TLP of the reports naming it, created when the first of them was ingested and modified at the last.
import countries from "i18n-iso-countries";
import type { TlpLevel } from "../core/index.ts";
import type { EntityPointer, SnapshotActor, SnapshotEntity, SnapshotReport } from "./snapshot.ts";
import { pointerKey } from "./snapshot.ts";
import { createEntityIndex } from "./snapshot-entities.ts";
import { leastRestrictive } from "./markings.ts";
import { compact, type StixObject } from "./objects.ts";
import type { Provenance, Usage } from "./export-common.ts";
import {
  entityObject,
  intrusionSetObject,
  locatedAt,
  personaAttribution,
  personaObject,
} from "./export-entity-objects.ts";

/** Every entity each report names: its actors, entities, the ends of its facts, its actions' parties. */
export function pointersOf(report: SnapshotReport): EntityPointer[] {
  return [
    ...report.mentions.map((m): EntityPointer => ({ kind: "actor", key: m.actor })),
    ...report.entities.map((e): EntityPointer => ({ kind: e.kind, key: e.key })),
    // A sponsor's country is a place the report names too: the sponsor's identity is located there.
    ...report.entities.flatMap((e): EntityPointer[] =>
      e.kind === "sponsor" && e.country ? [{ kind: "country", key: e.country }] : [],
    ),
    ...report.facts.flatMap((f) => [f.subject, f.object]),
    ...report.actions.flatMap((a) => a.concerns),
    ...report.periods.flatMap((p): EntityPointer[] => (p.actor ? [{ kind: "actor", key: p.actor }] : [])),
  ];
}

function usageOf(reports: readonly SnapshotReport[]): Map<string, Usage> {
  const seen = new Map<string, { times: string[]; tlps: TlpLevel[] }>();
  for (const r of reports) {
    for (const p of pointersOf(r)) {
      const u = seen.get(pointerKey(p)) ?? { times: [], tlps: [] };
      u.times.push(r.ingestedAt);
      u.tlps.push(r.source.tlp);
      seen.set(pointerKey(p), u);
    }
  }
  const usage = new Map<string, Usage>();
  for (const [key, u] of seen) {
    const times = u.times.sort();
    usage.set(key, { created: times[0] ?? "", modified: times[times.length - 1] ?? "", tlp: leastRestrictive(u.tlps) });
  }
  return usage;
}

export interface EntityObjects {
  /** The object standing for an entity; for a sponsor as an attribution's target, its threat-actor persona. */
  idOf(p: EntityPointer, as?: "persona"): string | undefined;
  nameOf(p: EntityPointer): string;
  /** The object of an entity and the ones made for it (a sponsor's persona and their relationships). */
  supportOf(p: EntityPointer): readonly string[];
  readonly objects: readonly StixObject[];
}

function countryName(code: string, entities: readonly SnapshotEntity[]): string {
  const named = entities.find((e) => e.kind === "country" && e.key === code);
  const state = entities.find((e) => e.kind === "sponsor" && e.level === "state" && e.country === code);
  return named?.name ?? state?.name ?? countries.getName(code, "en", { select: "alias" }) ?? code;
}

/** Builds the objects for every actor and entity the reports name. */
export function createEntityObjects(
  actors: readonly SnapshotActor[],
  reports: readonly SnapshotReport[],
  createdBy: string,
): EntityObjects {
  const usage = usageOf(reports);
  const index = createEntityIndex();
  for (const r of reports) for (const e of r.entities) index.add(e);
  const entities = index.list();
  for (const e of entities) {
    if (e.kind !== "sponsor" || !e.country || index.has("country", e.country)) continue;
    index.add({ kind: "country", key: e.country, name: countryName(e.country, entities) });
  }
  const ids = new Map<string, string>();
  const support = new Map<string, string[]>();
  const names = new Map<string, string>();
  const objects: StixObject[] = [];
  const provenance = (p: EntityPointer): Provenance | null => {
    const u = usage.get(pointerKey(p));
    return u ? { ...u, createdBy } : null;
  };
  for (const actor of actors) {
    const p = provenance({ kind: "actor", key: actor.key });
    if (!p) continue;
    const object = intrusionSetObject(actor, reports, p);
    ids.set(`actor:${actor.key}`, object.id);
    names.set(`actor:${actor.key}`, actor.name);
    objects.push(object);
  }
  for (const e of index.list()) {
    const p = provenance(e);
    if (!p) continue;
    const object = entityObject(e, p, memberOfStateActor(e, reports));
    ids.set(pointerKey(e), object.id);
    names.set(pointerKey(e), e.name);
    objects.push(object);
    if (e.kind !== "sponsor") continue;
    const persona = personaObject(e, p);
    const derived = [persona, personaAttribution(e, persona.id, object.id, p)];
    const place = e.country ? ids.get(`country:${e.country}`) : undefined;
    if (place) derived.push(locatedAt(e, object.id, place, p));
    ids.set(`persona:${pointerKey(e)}`, persona.id);
    support.set(
      pointerKey(e),
      derived.map((d) => d.id),
    );
    objects.push(...derived);
  }
  return {
    idOf: (p, as) => ids.get(as === "persona" && p.kind === "sponsor" ? `persona:${pointerKey(p)}` : pointerKey(p)),
    nameOf: (p) => names.get(pointerKey(p)) ?? p.key,
    supportOf: (p) => {
      const id = ids.get(pointerKey(p));
      return id ? [id, ...(support.get(pointerKey(p)) ?? [])] : [];
    },
    objects: objects.map((o) => compact(o)),
  };
}

/** Is a person a member of an actor the reports attribute to a sponsor? (A catalogue country alone is not
 * enough: MISP gives criminal groups a country of origin too.) */
function memberOfStateActor(e: SnapshotEntity, reports: readonly SnapshotReport[]): boolean {
  if (e.kind !== "person") return false;
  const facts = reports.flatMap((r) => r.facts);
  const sponsored = new Set(facts.filter((f) => f.predicate === "attributed-to").map((f) => pointerKey(f.subject)));
  return facts.some(
    (f) =>
      f.predicate === "member-of" &&
      f.subject.key === e.key &&
      f.subject.kind === "person" &&
      sponsored.has(pointerKey(f.object)),
  );
}
