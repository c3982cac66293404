// One STIX object per entity, in the vocabularies STIX 2.1 suggests: identity classes, industry sectors,
// threat-actor types and roles. Each carries its Espial key as an external reference (source "espial"), so an
// import finds the same entity again; what STIX has no property for goes into Espial's property extension.
import type { SponsorLevel } from "../core/index.ts";
import type { SnapshotActor, SnapshotEntity, SnapshotReport } from "./snapshot.ts";
import { stixId, toEndTimestamp, toTimestamp } from "./ids.ts";
import { propertyExtension } from "./extension.ts";
import type { StixExternalReference, StixObject } from "./objects.ts";
import { compact } from "./objects.ts";
import { common, type Provenance } from "./export-common.ts";
import { arsenalObject } from "./export-arsenal-objects.ts";

/** The source name of the external reference that holds an object's Espial key. */
export const ESPIAL_SOURCE = "espial";

export function espialReference(key: string): StixExternalReference {
  return { source_name: ESPIAL_SOURCE, external_id: key };
}

function attackReference(id: string): StixExternalReference {
  return { source_name: "mitre-attack", external_id: id, url: `https://attack.mitre.org/groups/${id}` };
}

function mispReference(uuid: string): StixExternalReference {
  return { source_name: "misp-galaxy", external_id: uuid, description: "MISP galaxy threat-actor cluster" };
}

/** First and last seen from the periods the reports give the actor; last seen only when one is closed. */
function seen(actorKey: string, reports: readonly SnapshotReport[]): { first?: string; last?: string } {
  const periods = reports.flatMap((r) => r.periods.filter((p) => p.actor === actorKey));
  const firsts = periods
    .map((p) => toTimestamp(p.from))
    .filter((t): t is string => t !== null)
    .sort();
  const lasts = periods
    .map((p) => toEndTimestamp(p.to))
    .filter((t): t is string => t !== null)
    .sort();
  const first = firsts[0];
  const last = lasts[lasts.length - 1];
  if (first && last && last < first) return { first };
  return { ...(first ? { first } : {}), ...(last ? { last } : {}) };
}

export function intrusionSetObject(
  actor: SnapshotActor,
  reports: readonly SnapshotReport[],
  p: Provenance,
): StixObject {
  const confidences = reports.flatMap((r) => r.mentions.filter((m) => m.actor === actor.key).map((m) => m.confidence));
  const { first, last } = seen(actor.key, reports);
  return compact({
    ...common("intrusion-set", stixId("intrusion-set", `actor:${actor.key}`), p),
    name: actor.name,
    aliases: [...new Set(actor.names.map((n) => n.name).filter((n) => n !== actor.name))],
    first_seen: first,
    last_seen: last,
    confidence: confidences.length > 0 ? Math.round(Math.max(...confidences) * 100) : undefined,
    external_references: [
      espialReference(`actor:${actor.key}`),
      ...actor.attackIds.map(attackReference),
      ...(actor.mispUuid ? [mispReference(actor.mispUuid)] : []),
    ],
    extensions: propertyExtension(
      compact({
        names: actor.names.map((n) =>
          compact({
            name: n.name,
            sources: n.sources.map((s) =>
              compact({ dataset: s.dataset, source_id: s.id || undefined, vendor: s.vendor }),
            ),
          }),
        ),
        unconfirmed: actor.unconfirmed,
        naming_vendor: actor.namingVendor,
        country: actor.country,
      }),
    ),
  });
}

const SPONSOR_ROLES: Readonly<Record<SponsorLevel, string>> = {
  state: "sponsor",
  agency: "director",
  unit: "director",
  "front-company": "agent",
  person: "agent",
};

/** A defendant is a threat actor (the text makes them one); anyone else named is an identity. */
function personObject(e: Extract<SnapshotEntity, { kind: "person" }>, p: Provenance, stateLinked: boolean): StixObject {
  const key = `person:${e.key}`;
  const refs = [espialReference(key)];
  const extension = propertyExtension(compact({ person_role: e.role, titles: e.titles }));
  if (e.role === "defendant") {
    return {
      ...common("threat-actor", stixId("threat-actor", key), p),
      name: e.name,
      threat_actor_types: [stateLinked ? "nation-state" : "unknown"],
      roles: ["agent"],
      resource_level: "individual",
      external_references: refs,
      extensions: extension,
    };
  }
  return compact({
    ...common("identity", stixId("identity", key), p),
    name: e.name,
    identity_class: "individual",
    roles: e.titles,
    external_references: refs,
    extensions: extension,
  });
}

/** The object of an entity other than an actor. */
export function entityObject(e: SnapshotEntity, p: Provenance, stateLinked: boolean): StixObject {
  const key = `${e.kind}:${e.key}`;
  const refs = [espialReference(key)];
  switch (e.kind) {
    case "country":
      return {
        ...common("location", stixId("location", key), p),
        name: e.name,
        country: e.key,
        external_references: refs,
      };
    case "sector":
      return compact({
        ...common("identity", stixId("identity", key), p),
        name: e.name,
        identity_class: "class",
        sectors: e.sector ? [e.sector] : undefined,
        external_references: refs,
      });
    case "organisation":
      return {
        ...common("identity", stixId("identity", key), p),
        name: e.name,
        identity_class: "organization",
        external_references: refs,
      };
    case "sponsor":
      return compact({
        ...common("identity", stixId("identity", key), p),
        name: e.name,
        identity_class: e.level === "person" ? "individual" : "organization",
        sectors:
          e.level === "state" || e.level === "agency" || e.level === "unit" ? ["government-national"] : undefined,
        external_references: refs,
        extensions: propertyExtension(compact({ sponsor_level: e.level, country: e.country })),
      });
    case "person":
      return personObject(e, p, stateLinked);
    case "software":
    case "vulnerability":
    case "technique":
    case "indicator":
      return arsenalObject(e, p);
  }
}

/** The threat actor a sponsor is as the one behind an intrusion set (STIX attributes sets to threat actors). */
export function personaObject(e: Extract<SnapshotEntity, { kind: "sponsor" }>, p: Provenance): StixObject {
  const stateBacked = e.country !== null || e.level === "state" || e.level === "agency" || e.level === "unit";
  return {
    ...common("threat-actor", stixId("threat-actor", `sponsor:${e.key}`), p),
    name: e.name,
    threat_actor_types: [stateBacked ? "nation-state" : "unknown"],
    roles: [SPONSOR_ROLES[e.level]],
    external_references: [espialReference(`sponsor:${e.key}`)],
  };
}

/** The persona is the sponsor: threat-actor `attributed-to` identity. */
export function personaAttribution(
  e: SnapshotEntity,
  personaId: string,
  identityId: string,
  p: Provenance,
): StixObject {
  return {
    ...common("relationship", stixId("relationship", `persona|sponsor:${e.key}`), p),
    relationship_type: "attributed-to",
    source_ref: personaId,
    target_ref: identityId,
  };
}

/** A sponsor's identity is located in its state: identity `located-at` location. */
export function locatedAt(e: SnapshotEntity, identityId: string, locationId: string, p: Provenance): StixObject {
  return {
    ...common("relationship", stixId("relationship", `located-at|sponsor:${e.key}`), p),
    relationship_type: "located-at",
    source_ref: identityId,
    target_ref: locationId,
  };
}
