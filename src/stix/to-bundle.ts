// Snapshot → STIX 2.1 bundle. Deterministic: ids are UUIDv5 of stable keys, times come from the reports'
// ingestion, objects are sorted, so one snapshot always gives byte-identical JSON.
import type { TlpLevel } from "../core/index.ts";
import type { StixSnapshot } from "./snapshot.ts";
import { stixId } from "./ids.ts";
import { espialExtensionDefinition, espialProjectIdentity, ESPIAL_ACTION_TYPE } from "./extension.ts";
import { tlpMarking, tlpOfMarking, tlpRank } from "./markings.ts";
import type { StixBundle, StixObject } from "./objects.ts";
import { createEntityObjects } from "./export-entities.ts";
import { reportObjects } from "./export-reports.ts";

export interface StixExportOptions {
  /** Names the Espial instance whose identity is every object's `created_by_ref` (default "Espial"). */
  readonly instanceName?: string;
  /** Leaves out the reports marked above this level, and what only they support. */
  readonly maxTlp?: TlpLevel;
}

/** The instance's identity is fixed: one version, whatever it exports. */
const INSTANCE_CREATED = "2026-11-24T00:00:00.000Z";

export function instanceIdentity(name: string): StixObject {
  return {
    type: "identity",
    spec_version: "2.1",
    id: stixId("identity", `instance:${name}`),
    created: INSTANCE_CREATED,
    modified: INSTANCE_CREATED,
    name,
    description: "An Espial instance: it read the reports and made these objects from them.",
    identity_class: "system",
  };
}

const TYPE_ORDER = [
  "intrusion-set",
  "threat-actor",
  "identity",
  "location",
  "malware",
  "tool",
  "vulnerability",
  "attack-pattern",
  "indicator",
  ESPIAL_ACTION_TYPE,
  "relationship",
  "report",
];

function byTypeThenId(a: StixObject, b: StixObject): number {
  const rank = (o: StixObject) => (TYPE_ORDER.includes(o.type) ? TYPE_ORDER.indexOf(o.type) : TYPE_ORDER.length);
  return rank(a) - rank(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The STIX 2.1 bundle of a snapshot: the Espial project identity and extension definition, the instance
 * identity, the TLP 2.0 markings used, then every actor, entity, action, relationship and report.
 * @example toStixBundle(createStixSnapshot({ reports, catalogue }), { instanceName: "Espial (team CTI)" })
 */
export function toStixBundle(snapshot: StixSnapshot, options: StixExportOptions = {}): StixBundle {
  const ceiling = options.maxTlp;
  const reports = snapshot.reports.filter((r) => !ceiling || tlpRank(r.source.tlp) <= tlpRank(ceiling));
  const instance = instanceIdentity(options.instanceName ?? "Espial");
  const entities = createEntityObjects(snapshot.actors, reports, instance.id);
  const content = [...entities.objects, ...reports.flatMap((r) => reportObjects(r, entities, instance.id))].sort(
    byTypeThenId,
  );
  const levels = new Set(content.flatMap((o) => (o.object_marking_refs ?? []).map(tlpOfMarking)));
  const markings = (["clear", "green", "amber", "amber+strict", "red"] as const)
    .filter((l) => levels.has(l))
    .map(tlpMarking);
  const objects = [espialProjectIdentity(), espialExtensionDefinition(), instance, ...markings, ...content];
  return {
    type: "bundle",
    id: stixId("bundle", objects.map((o) => `${o.id}@${String(o.modified ?? o.created)}`).join(",")),
    objects,
  };
}
