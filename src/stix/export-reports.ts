// One report's objects: a relationship per fact (its claims, with modality and sentence, in Espial's property
// extension), an x-espial-action per legal or diplomatic action, and the report itself, whose object_refs
// hold everything it supports. All marked with the report's TLP and dated when it was ingested.
import type { SnapshotAction, SnapshotFact, SnapshotReport, FactPredicate, SnapshotClaim } from "./snapshot.ts";
import { pointerKey } from "./snapshot.ts";
import { stixId, toTimestamp, typeOfId } from "./ids.ts";
import { ESPIAL_ACTION_TYPE, newSdoExtension, propertyExtension } from "./extension.ts";
import { compact, type StixExternalReference, type StixObject } from "./objects.ts";
import { relationshipTypeFor } from "./relationship-types.ts";
import { common, type Provenance } from "./export-common.ts";
import { pointersOf, type EntityObjects } from "./export-entities.ts";
import { espialReference } from "./export-entity-objects.ts";

/** How each predicate becomes a relationship: the type wanted, its direction, and a sponsor as its persona. */
export const FACT_LINKS: Readonly<
  Record<FactPredicate, { readonly preferred: string; readonly reverse: boolean; readonly phrase: string }>
> = {
  "attributed-to": { preferred: "attributed-to", reverse: false, phrase: "is attributed to" },
  "member-of": { preferred: "attributed-to", reverse: true, phrase: "is a member of" },
  targets: { preferred: "targets", reverse: false, phrase: "targets" },
  "accessed-via": { preferred: "targets", reverse: false, phrase: "reached its victims through" },
  "part-of": { preferred: "related-to", reverse: false, phrase: "is part of" },
  "employed-by": { preferred: "related-to", reverse: false, phrase: "works for" },
  "same-as": { preferred: "related-to", reverse: false, phrase: "is named in the report as the same actor as" },
  uses: { preferred: "uses", reverse: false, phrase: "uses" },
  // STIX 2.1 has no `exploits`: an intrusion set `targets` a vulnerability is how the specification says it.
  exploits: { preferred: "targets", reverse: false, phrase: "exploits" },
  // The indicator points at the actor: indicator `indicates` intrusion-set.
  indicates: { preferred: "indicates", reverse: true, phrase: "is indicated by" },
};

const percent = (x: number) => Math.max(0, Math.min(100, Math.round(x * 100)));

function claimProperties(c: SnapshotClaim): Record<string, unknown> {
  return compact({
    certainty: c.modality.certainty,
    status: c.modality.status,
    negated: c.modality.negated,
    asserted_by: c.modality.assertedBy,
    confidence: percent(c.confidence),
    quantity: c.quantity,
    evidence: c.evidence ? { start: c.evidence.start, end: c.evidence.end, sentence: c.evidence.sentence } : null,
  });
}

function factRelationship(
  report: SnapshotReport,
  f: SnapshotFact,
  entities: EntityObjects,
  p: Provenance,
): StixObject | null {
  const link = FACT_LINKS[f.predicate];
  const subject = entities.idOf(f.subject);
  const object = entities.idOf(f.object, f.predicate === "attributed-to" ? "persona" : undefined);
  if (!subject || !object) return null;
  const [source, target] = link.reverse ? [object, subject] : [subject, object];
  const denied = f.claims.length > 0 && f.claims.every((c) => c.modality.negated);
  const type = denied
    ? "related-to"
    : relationshipTypeFor(link.preferred, typeOfId(source) ?? "", typeOfId(target) ?? "");
  const phrase = `${entities.nameOf(f.subject)} ${link.phrase} ${entities.nameOf(f.object)}`;
  return compact({
    ...common(
      "relationship",
      stixId("relationship", `${report.id}|${f.predicate}|${pointerKey(f.subject)}|${pointerKey(f.object)}`),
      p,
    ),
    relationship_type: type,
    description: denied ? `The report denies that ${phrase}.` : `${phrase}.`,
    source_ref: source,
    target_ref: target,
    confidence: f.claims.length > 0 ? Math.max(...f.claims.map((c) => percent(c.confidence))) : undefined,
    extensions: propertyExtension({ predicate: f.predicate, claims: f.claims.map(claimProperties) }),
  });
}

const ACTION_LABELS: Readonly<Record<SnapshotAction["type"], string>> = {
  indictment: "Indictment",
  sanctions: "Sanctions",
  condemnation: "Condemnation",
  "arrest-warrant": "Arrest warrant",
  arrest: "Arrest",
  advisory: "Advisory",
  takedown: "Takedown",
  other: "Action",
};

function actionObject(report: SnapshotReport, a: SnapshotAction, entities: EntityObjects, p: Provenance): StixObject {
  const key = [
    report.id,
    a.kind,
    a.date ?? "undated",
    a.evidence?.start ?? "",
    a.by.join(","),
    a.against.join(","),
  ].join("|");
  return compact({
    ...common(ESPIAL_ACTION_TYPE, stixId(ESPIAL_ACTION_TYPE, key), p),
    name: `${ACTION_LABELS[a.type]}${a.kind !== a.type ? ` (${a.kind})` : ""}${a.date ? ` ${a.date}` : ""}`,
    action_type: a.type,
    action_kind: a.kind,
    action_date: a.date,
    taken_by: a.by,
    against: a.against,
    against_refs: a.concerns.map((c) => entities.idOf(c)).filter((id): id is string => id !== undefined),
    certainty: a.modality.certainty,
    status: a.modality.status,
    negated: a.modality.negated,
    asserted_by: a.modality.assertedBy,
    evidence: a.evidence ? { start: a.evidence.start, end: a.evidence.end, sentence: a.evidence.sentence } : null,
    confidence: percent(a.confidence),
    extensions: newSdoExtension(),
  });
}

function reportExtension(report: SnapshotReport, entities: EntityObjects): Record<string, unknown> {
  const actorRef = (key: string) => entities.idOf({ kind: "actor", key });
  const evidence = (e: { start: number; end: number; sentence: string } | null) =>
    e ? { start: e.start, end: e.end, sentence: e.sentence } : null;
  return compact({
    source_kind: report.source.kind,
    outlet: report.source.outlet,
    byline: report.source.byline,
    actor_mentions: report.mentions.map((m) =>
      compact({ actor_ref: actorRef(m.actor), names: m.names, confidence: percent(m.confidence) }),
    ),
    activity_periods: report.periods.map((x) =>
      compact({
        actor_ref: x.actor ? actorRef(x.actor) : null,
        period_start: x.from,
        period_end: x.to,
        evidence: evidence(x.evidence),
      }),
    ),
    unattributed: report.unattributed.map((u) =>
      compact({ description: u.description, suspected_sponsor: u.suspectedSponsor, evidence: evidence(u.evidence) }),
    ),
  });
}

function references(report: SnapshotReport): StixExternalReference[] {
  const own = compact({
    ...espialReference(`report:${report.id}`),
    hashes: report.contentHash ? { "SHA-256": report.contentHash } : null,
  });
  const { url, outlet } = report.source;
  return url ? [own, compact({ source_name: outlet ?? "source", url })] : [own];
}

/** The objects of one report, the report last. */
export function reportObjects(report: SnapshotReport, entities: EntityObjects, createdBy: string): StixObject[] {
  const p: Provenance = { createdBy, created: report.ingestedAt, modified: report.ingestedAt, tlp: report.source.tlp };
  const relationships = report.facts.map((f) => factRelationship(report, f, entities, p)).filter((o) => o !== null);
  const actions = report.actions.map((a) => actionObject(report, a, entities, p));
  const refs = new Set([
    ...pointersOf(report).flatMap((x) => entities.supportOf(x)),
    ...relationships.map((o) => o.id),
    ...actions.map((o) => o.id),
  ]);
  const object = compact({
    ...common("report", stixId("report", `report:${report.id}`), p),
    name: report.source.title ?? report.source.url ?? `Report ${report.id}`,
    report_types: ["threat-report"],
    published: toTimestamp(report.source.published) ?? report.ingestedAt,
    // STIX requires at least one: a report naming nothing refers to the instance that read it.
    object_refs: refs.size > 0 ? [...refs].sort() : [createdBy],
    external_references: references(report),
    extensions: propertyExtension(reportExtension(report, entities)),
  });
  return [...relationships, ...actions, object];
}
