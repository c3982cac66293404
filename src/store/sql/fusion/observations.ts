// The claims fusion observes: those of the latest version of every document, each marked as copied when its
// evidence lies in a passage copied from another document, with analysts' decisions applied. Read by fact
// key (to fuse a fact) or by report (to find the facts new reports add).
import { sql, type RawBuilder } from "kysely";
import type { Claim, SourceKind } from "../../../core/index.ts";
import { copiedFromOf, type ClaimObservation } from "../../../pipeline/fuse/index.ts";
import { reviewClaim, type ReviewState } from "../../../review/index.ts";
import { editedInto, expandKey, fusionReviewOf, type MergeMap } from "../review/fusion.ts";
import type { CopyLineage } from "../../records.ts";
import type { Db } from "./context.ts";
import { lineageOf } from "./lineage.ts";
import { claimOfRow, type ClaimColumns } from "../report-claims.ts";

export interface FactKey {
  readonly subject_kind: string;
  readonly subject_key: string;
  readonly predicate: string;
  readonly object_kind: string;
  readonly object_key: string;
}

export const keyString = (k: FactKey) =>
  [k.subject_kind, k.subject_key, k.predicate, k.object_kind, k.object_key].join("\u0000");

/** Each key once. */
export function uniqueKeys(keys: readonly FactKey[]): FactKey[] {
  return [...new Map(keys.map((k) => [keyString(k), k])).values()];
}

export const keyColumns = (keys: readonly FactKey[]) =>
  sql`unnest(${keys.map((k) => k.subject_kind)}::text[], ${keys.map((k) => k.subject_key)}::text[],
      ${keys.map((k) => k.predicate)}::text[], ${keys.map((k) => k.object_kind)}::text[],
      ${keys.map((k) => k.object_key)}::text[]) as k(sk, skey, p, ok, okey)`;

/** What to read with the claims: sentences (for readers) and copy lineage (for confidence). */
export interface ObserveOptions {
  readonly sentences: boolean;
  readonly lineage: boolean;
}

/** A stored claim as fusion reads it, with its report's source kind and date. */
type ClaimRow = ClaimColumns & { report_id: string; source_kind: string; published: string | null };

/** The observed claims the `from` clause selects (as `c`, with `r` its report), in ingest order. */
async function observe(db: Db, from: RawBuilder<unknown>, options: ObserveOptions): Promise<ClaimObservation[]> {
  const sentence = options.sentences ? sql`c.sentence` : sql`null::text`;
  const { rows } = await sql<ClaimRow>`
    select c.report_id, c.subject_kind, c.subject_key, c.subject_name, c.predicate, c.object_kind, c.object_key,
           c.object_name, c.certainty, c.status, c.negated, c.asserted_by, c.start_offset, c.end_offset,
           c.confidence, c.detail, r.source_kind, r.published, ${sentence} as sentence
    from ${from}
    join reports r on r.id = c.report_id
    join documents d on d.latest_report_id = r.id
    order by r.seq, c.ordinal`.execute(db);
  const lineage = options.lineage
    ? await lineageOf(
        db,
        rows.map((row) => row.report_id),
      )
    : new Map<string, CopyLineage>();
  return rows.map((row) => {
    const borrowed = lineage.get(row.report_id);
    const claim = claimOfRow(row);
    return {
      ...claim,
      reportId: row.report_id,
      sourceKind: row.source_kind as SourceKind,
      published: row.published,
      copiedFrom: borrowed ? copiedFromOf(claim.evidence, copiesOf(borrowed.passages), borrowed.duplicateOf) : null,
    };
  });
}

const copiesOf = (passages: readonly { span: { start: number; end: number }; sourceReportId: string }[]) =>
  passages.map((p) => ({ copySpan: p.span, sourceReportId: p.sourceReportId }));

const underKeys = (keys: readonly FactKey[]) =>
  sql`${keyColumns(keys)}
    join report_claims c on c.subject_kind = k.sk and c.subject_key = k.skey and c.predicate = k.p
                        and c.object_kind = k.ok and c.object_key = k.okey`;

/** Applies analysts' decisions: rejected claims left out, edited claims with the analyst's values. */
async function applyReview(
  db: Db,
  observations: readonly ClaimObservation[],
  map: MergeMap,
  reviewed: boolean,
): Promise<ClaimObservation[]> {
  const state: ReviewState = reviewed
    ? await fusionReviewOf(
        db,
        map,
        observations.map((o) => o.reportId),
      )
    : { claims: new Map(), merges: map.merges };
  if (state.claims.size === 0 && state.merges.size === 0) return [...observations];
  return observations.flatMap((o) => reviewClaim(o.reportId, o, state) ?? []);
}

/** The key of a claim or fact: its subject, predicate and object. */
export const keyOfClaim = (c: Pick<Claim, "subject" | "predicate" | "object">): FactKey => ({
  subject_kind: c.subject.kind,
  subject_key: c.subject.key,
  predicate: c.predicate,
  object_kind: c.object.kind,
  object_key: c.object.key,
});

/**
 * The claims fused under these (canonical) keys, as merges read them, with analysts' decisions applied —
 * including claims an edit moved here.
 */
export async function observationsUnder(
  db: Db,
  keys: readonly FactKey[],
  review: { readonly map: MergeMap; readonly reviewed: boolean },
  options: ObserveOptions,
): Promise<ClaimObservation[]> {
  const expanded = uniqueKeys(keys.flatMap((k) => expandKey(k, review.map)));
  const moved = review.reviewed ? await editedInto(db, expanded) : [];
  const observations = await observe(db, underKeys(uniqueKeys([...expanded, ...moved])), options);
  const applied = await applyReview(db, observations, review.map, review.reviewed);
  // Decisions move claims between keys: keep only those that now read as one of the keys asked for.
  const wanted = new Set(keys.map(keyString));
  return applied.filter((o) => wanted.has(keyString(keyOfClaim(o))));
}

/** The claims of these reports (those that are latest versions), as fusion reads them. */
export async function observationsOfReports(
  db: Db,
  reportIds: readonly string[],
  review: { readonly map: MergeMap; readonly reviewed: boolean },
  options: ObserveOptions,
): Promise<ClaimObservation[]> {
  if (reportIds.length === 0) return [];
  const claims = sql`(select * from report_claims where report_id = any(${[...new Set(reportIds)]}::text[])) as c`;
  return applyReview(db, await observe(db, claims, options), review.map, review.reviewed);
}

/**
 * One claim of each polarity under each of these keys, where one is observed: enough to know which facts
 * exist, not to weigh them. Only when no analyst's decision moves claims between keys (no reviews, no merges).
 */
export async function representativesUnder(db: Db, keys: readonly FactKey[]): Promise<ClaimObservation[]> {
  if (keys.length === 0) return [];
  const claims = sql`(
    select one.* from ${keyColumns(keys)}
    cross join (values (false), (true)) as v(negated)
    cross join lateral (
      select c.* from report_claims c join documents d on d.latest_report_id = c.report_id
      where c.subject_kind = k.sk and c.subject_key = k.skey and c.predicate = k.p
        and c.object_kind = k.ok and c.object_key = k.okey and c.negated = v.negated
      limit 1
    ) as one
  ) as c`;
  return observe(db, claims, { sentences: false, lineage: false });
}
