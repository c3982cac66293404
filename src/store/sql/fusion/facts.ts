// Facts: the claims of the latest version of every document, fused across reports (fuseClaims) with each
// claim marked as copied when its evidence lies in a passage copied from another document. Recomputed for
// the fact keys (subject, predicate, object — both polarities) a change touches, never the whole store.
import { sql } from "kysely";
import type { Claim, EntityKind, Predicate, SourceKind } from "../../../core/index.ts";
import { copiedFromOf, fuseClaims, type ClaimObservation, type Fact } from "../../../pipeline/fuse/index.ts";
import { reviewClaim, type ReviewState } from "../../../review/index.ts";
import {
  canonicalKey,
  editedFrom,
  editedInto,
  expandKey,
  fusionReviewOf,
  loadMerges,
  reviewFlags,
  type MergeMap,
} from "../review/fusion.ts";
import { notifyWatchers } from "../review/notify.ts";
import { inFusion, type Db } from "./context.ts";
import { toStoredBody } from "./fact-bodies.ts";
import { lineageOf } from "./lineage.ts";

export interface FactKey {
  readonly subject_kind: string;
  readonly subject_key: string;
  readonly predicate: string;
  readonly object_kind: string;
  readonly object_key: string;
}

/** Fact keys recomputed per statement. */
const KEYS_PER_BATCH = 1000;

const keyString = (k: FactKey) =>
  [k.subject_kind, k.subject_key, k.predicate, k.object_kind, k.object_key].join("\u0000");

/** The fact keys of these reports' claims. */
export async function factKeysOf(db: Db, reportIds: readonly string[]): Promise<FactKey[]> {
  if (reportIds.length === 0) return [];
  return db
    .selectFrom("report_claims")
    .select(["subject_kind", "subject_key", "predicate", "object_kind", "object_key"])
    .distinct()
    .where("report_id", "in", [...new Set(reportIds)])
    .execute();
}

/** Each key once. */
export function uniqueKeys(keys: readonly FactKey[]): FactKey[] {
  return [...new Map(keys.map((k) => [keyString(k), k])).values()];
}

const columns = (keys: readonly FactKey[]) =>
  sql`unnest(${keys.map((k) => k.subject_kind)}::text[], ${keys.map((k) => k.subject_key)}::text[],
      ${keys.map((k) => k.predicate)}::text[], ${keys.map((k) => k.object_kind)}::text[],
      ${keys.map((k) => k.object_key)}::text[]) as k(sk, skey, p, ok, okey)`;

interface ClaimRow {
  report_id: string;
  subject_kind: string;
  subject_key: string;
  subject_name: string;
  predicate: string;
  object_kind: string;
  object_key: string;
  object_name: string;
  certainty: string;
  status: string;
  negated: boolean;
  asserted_by: string | null;
  start_offset: number;
  end_offset: number;
  confidence: number;
  detail: Readonly<Record<string, string | number | boolean | null>> | null;
  source_kind: string;
  published: string | null;
}

/** The claims under these keys in the latest versions of documents, as fusion observes them. */
async function observationsOf(db: Db, keys: readonly FactKey[]): Promise<ClaimObservation[]> {
  const { rows } = await sql<ClaimRow>`
    select c.report_id, c.subject_kind, c.subject_key, c.subject_name, c.predicate, c.object_kind, c.object_key,
           c.object_name, c.certainty, c.status, c.negated, c.asserted_by, c.start_offset, c.end_offset,
           c.confidence, c.detail, r.source_kind, r.published
    from ${columns(keys)}
    join report_claims c on c.subject_kind = k.sk and c.subject_key = k.skey and c.predicate = k.p
                        and c.object_kind = k.ok and c.object_key = k.okey
    join reports r on r.id = c.report_id
    join documents d on d.latest_report_id = r.id
    order by r.seq, c.ordinal`.execute(db);
  const lineage = await lineageOf(
    db,
    rows.map((row) => row.report_id),
  );
  return rows.map((row) => {
    const borrowed = lineage.get(row.report_id);
    // The sentence is not needed to fuse, and the stored fact leaves it out (see fact-bodies.ts).
    const evidence = { start: row.start_offset, end: row.end_offset, sentence: "" };
    return {
      subject: { kind: row.subject_kind as EntityKind, key: row.subject_key, name: row.subject_name },
      predicate: row.predicate as Predicate,
      object: { kind: row.object_kind as EntityKind, key: row.object_key, name: row.object_name },
      modality: {
        certainty: row.certainty as Claim["modality"]["certainty"],
        status: row.status as Claim["modality"]["status"],
        negated: row.negated,
        assertedBy: row.asserted_by,
      },
      evidence,
      confidence: row.confidence,
      ...(row.detail === null ? {} : { detail: row.detail }),
      reportId: row.report_id,
      sourceKind: row.source_kind as SourceKind,
      published: row.published,
      copiedFrom: borrowed ? copiedFromOf(evidence, copiesOf(borrowed.passages), borrowed.duplicateOf) : null,
    };
  });
}

const copiesOf = (passages: readonly { span: { start: number; end: number }; sourceReportId: string }[]) =>
  passages.map((p) => ({ copySpan: p.span, sourceReportId: p.sourceReportId }));

function factRow(fact: Fact) {
  return {
    id: fact.id,
    subject_kind: fact.subject.kind,
    subject_key: fact.subject.key,
    predicate: fact.predicate,
    object_kind: fact.object.kind,
    object_key: fact.object.key,
    negated: fact.negated,
    confidence: fact.confidence,
    independent_sources: fact.explanation.independentSources,
    body: toStoredBody(fact),
  };
}

/** Deletes the facts under these keys; returns their ids. */
async function deleteFacts(db: Db, keys: readonly FactKey[]): Promise<string[]> {
  if (keys.length === 0) return [];
  const { rows } = await sql<{ id: string }>`
    delete from facts f using ${columns(keys)}
    where f.subject_kind = k.sk and f.subject_key = k.skey and f.predicate = k.p
      and f.object_kind = k.ok and f.object_key = k.okey
    returning f.id`.execute(db);
  return rows.map((row) => row.id);
}

/**
 * The claims fused under these keys (each as merges read it), with analysts' decisions applied: rejected
 * claims left out, edited claims with the analyst's values — including claims an edit moved here.
 */
async function reviewedObservationsOf(
  db: Db,
  batch: readonly FactKey[],
  map: MergeMap,
  reviewed: boolean,
): Promise<ClaimObservation[]> {
  const expanded = uniqueKeys(batch.flatMap((k) => expandKey(k, map)));
  const moved = reviewed ? await editedInto(db, expanded) : [];
  const observations = await observationsOf(db, uniqueKeys([...expanded, ...moved]));
  const state: ReviewState = reviewed
    ? await fusionReviewOf(
        db,
        map,
        observations.map((o) => o.reportId),
      )
    : { claims: new Map(), merges: map.merges };
  if (state.claims.size === 0 && state.merges.size === 0) return observations;
  const wanted = new Set(batch.map(keyString));
  return observations.flatMap((o) => {
    const reviewed = reviewClaim(o.reportId, o, state);
    if (reviewed === null) return [];
    const key = {
      subject_kind: reviewed.subject.kind,
      subject_key: reviewed.subject.key,
      predicate: reviewed.predicate,
      object_kind: reviewed.object.kind,
      object_key: reviewed.object.key,
    };
    return wanted.has(keyString(key)) ? [reviewed] : [];
  });
}

/**
 * Recomputes the facts under these keys, as analysts' merges read them (facts under a merged actor's own
 * keys are removed). Returns how many facts were there before and how many now; watchers of an entity a new
 * fact is about are notified.
 */
export async function refreshFacts(db: Db, keys: readonly FactKey[]): Promise<{ before: number; after: number }> {
  let before = 0;
  let after = 0;
  const [map, flags] = await Promise.all([loadMerges(db), reviewFlags(db)]);
  const given = uniqueKeys([...keys, ...(flags.claims ? await editedFrom(db, keys) : [])]);
  const all = uniqueKeys(given.map((k) => canonicalKey(k, map)));
  const canonical = new Set(all.map(keyString));
  const stale = given.filter((k) => !canonical.has(keyString(k)));
  const gone = new Set(await deleteFacts(db, stale));
  before += gone.size;
  const added: Fact[] = [];
  for (let from = 0; from < all.length; from += KEYS_PER_BATCH) {
    const batch = all.slice(from, from + KEYS_PER_BATCH);
    const observations = await reviewedObservationsOf(db, batch, map, flags.claims);
    const facts = inFusion("fusing claims", () => fuseClaims(observations));
    const deleted = await deleteFacts(db, batch);
    before += deleted.length;
    for (const id of deleted) gone.add(id);
    for (let i = 0; i < facts.length; i += 500) {
      await db
        .insertInto("facts")
        .values(facts.slice(i, i + 500).map(factRow))
        .execute();
    }
    added.push(...facts.filter((f) => !gone.has(f.id)));
    after += facts.length;
  }
  if (flags.watches) await notifyWatchers(db, added);
  return { before, after };
}
