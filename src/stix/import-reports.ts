// A STIX report as a snapshot report: its metadata (no text: a bundle carries none), the entities in its
// object_refs, its relationships as facts (with their claims when Espial wrote them; a foreign `targets`
// relationship as a claim without a sentence), its x-espial-action objects, and what Espial's property
// extension says of its mentions, periods and unattributed activity.
import type { Evidence, Modality } from "../core/index.ts";
import { ESPIAL_ACTION_TYPE, espialProperties } from "./extension.ts";
import {
  actionSchema,
  relationshipExtensionSchema,
  reportExtensionSchema,
  type ReportExtension,
} from "./extension-schema.ts";
import { toTimestamp } from "./ids.ts";
import { tlpOfMarking } from "./markings.ts";
import type { StixObject } from "./objects.ts";
import type {
  EntityPointer,
  SnapshotAction,
  SnapshotClaim,
  SnapshotEntity,
  SnapshotFact,
  SnapshotMention,
  SnapshotReport,
  SnapshotSource,
} from "./snapshot.ts";
import { pointerKey } from "./snapshot.ts";
import { FACT_LINKS } from "./export-reports.ts";
import { entityOf, espialKeyOf, referencesOf, type ImportIndex } from "./import-index.ts";

const REPORTED: Modality = { certainty: "reported", status: "done", negated: false, assertedBy: null };
const confidenceOf = (o: StixObject) => (typeof o.confidence === "number" ? o.confidence / 100 : 0.5);
const evidenceOf = (e: { start: number; end: number; sentence: string } | undefined): Evidence | null =>
  e ? { start: e.start, end: e.end, sentence: e.sentence } : null;

function modalityOf(m: {
  certainty: Modality["certainty"];
  status: Modality["status"];
  negated: boolean;
  asserted_by?: string | undefined;
}): Modality {
  return { certainty: m.certainty, status: m.status, negated: m.negated, assertedBy: m.asserted_by ?? null };
}

function factOf(o: StixObject, index: ImportIndex): SnapshotFact | null {
  const source = index.pointer(String(o["source_ref"]));
  const target = index.pointer(String(o["target_ref"]));
  if (!source || !target) return null;
  const ext = relationshipExtensionSchema.safeParse(espialProperties(o));
  if (ext.success) {
    const link = FACT_LINKS[ext.data.predicate];
    const [subject, object] = link.reverse ? [target, source] : [source, target];
    const claims = ext.data.claims.map((c): SnapshotClaim => ({
      modality: modalityOf(c),
      evidence: evidenceOf(c.evidence),
      confidence: c.confidence / 100,
      quantity: c.quantity ?? null,
    }));
    return { subject, predicate: ext.data.predicate, object, claims };
  }
  if (o["relationship_type"] !== "targets" || source.kind !== "actor" || target.kind === "actor") return null;
  return {
    subject: source,
    predicate: "targets",
    object: target,
    claims: [{ modality: REPORTED, evidence: null, confidence: confidenceOf(o), quantity: null }],
  };
}

function actionOf(o: StixObject, index: ImportIndex): SnapshotAction | null {
  const parsed = actionSchema.safeParse(o);
  if (!parsed.success) return null;
  const a = parsed.data;
  const concerns = (a.against_refs ?? [])
    .map((id) => index.pointer(id))
    .filter((p): p is EntityPointer => p !== undefined);
  return {
    type: a.action_type,
    kind: a.action_kind,
    date: a.action_date ?? null,
    by: a.taken_by ?? [],
    against: a.against ?? [],
    concerns,
    modality: modalityOf(a),
    evidence: evidenceOf(a.evidence),
    confidence: confidenceOf(o),
  };
}

function mentionsOf(ext: ReportExtension | null, refs: readonly string[], index: ImportIndex): SnapshotMention[] {
  if (ext) {
    return (ext.actor_mentions ?? []).flatMap((m) => {
      const p = index.pointer(m.actor_ref);
      return p?.kind === "actor" ? [{ actor: p.key, names: m.names ?? [], confidence: m.confidence / 100 }] : [];
    });
  }
  return refs.flatMap((id) => {
    const o = index.object(id);
    const p = index.pointer(id);
    return o && p?.kind === "actor" ? [{ actor: p.key, names: [], confidence: confidenceOf(o) }] : [];
  });
}

function actorKeyOf(id: string | undefined, index: ImportIndex): string | null {
  const p = id ? index.pointer(id) : undefined;
  return p?.kind === "actor" ? p.key : null;
}

/** The entities, facts and actions among a report's object_refs. */
function contentsOf(refs: readonly string[], index: ImportIndex) {
  const entities = new Map<string, SnapshotEntity>();
  const facts: SnapshotFact[] = [];
  const actions: SnapshotAction[] = [];
  for (const id of refs) {
    const target = index.object(id);
    const p = index.pointer(id);
    if (!target) continue;
    if (p && p.kind !== "actor") {
      const entity = entityOf(target, p);
      if (entity) entities.set(pointerKey(p), entity);
    } else if (target.type === "relationship") {
      const fact = factOf(target, index);
      if (fact) facts.push(fact);
    } else if (target.type === ESPIAL_ACTION_TYPE) {
      const action = actionOf(target, index);
      if (action) actions.push(action);
    }
  }
  return { entities: [...entities.values()], facts, actions };
}

function sourceOf(o: StixObject, ext: ReportExtension | null): SnapshotSource {
  const markings: unknown[] = Array.isArray(o.object_marking_refs) ? o.object_marking_refs : [];
  const tlp = markings.map((m) => tlpOfMarking(String(m))).find((t) => t !== null);
  return {
    url: referencesOf(o).find((r) => r.source_name !== "espial" && r.url)?.url ?? null,
    title: typeof o["name"] === "string" ? o["name"] : null,
    published: toTimestamp(typeof o["published"] === "string" ? o["published"] : null),
    outlet: ext?.outlet ?? null,
    byline: ext?.byline ?? null,
    kind: ext?.source_kind ?? "unknown",
    tlp: tlp ?? "clear",
  };
}

/** The snapshot report of a STIX report object, or why it cannot be read. */
export function reportOf(o: StixObject, index: ImportIndex): SnapshotReport | string {
  const created = toTimestamp(typeof o.created === "string" ? o.created : null);
  if (!created) return "a report without a valid created timestamp";
  const parsed = reportExtensionSchema.safeParse(espialProperties(o));
  const ext = parsed.success ? parsed.data : null;
  const refs = Array.isArray(o["object_refs"])
    ? (o["object_refs"] as unknown[]).filter((r): r is string => typeof r === "string")
    : [];
  const own = espialKeyOf(o);
  const hash = referencesOf(o).find((r) => r.source_name === "espial")?.hashes?.["SHA-256"];
  return {
    id: own?.startsWith("report:") ? own.slice("report:".length) : `stix:${o.id}`,
    contentHash: typeof hash === "string" ? hash : null,
    ingestedAt: created,
    source: sourceOf(o, ext),
    mentions: mentionsOf(ext, refs, index),
    ...contentsOf(refs, index),
    periods: (ext?.activity_periods ?? []).map((x) => ({
      actor: actorKeyOf(x.actor_ref, index),
      from: x.period_start,
      to: x.period_end ?? null,
      evidence: evidenceOf(x.evidence),
    })),
    unattributed: (ext?.unattributed ?? []).map((u) => ({
      description: u.description,
      suspectedSponsor: u.suspected_sponsor ?? null,
      evidence: evidenceOf(u.evidence),
    })),
  };
}
