// The review queue: the claims of the latest version of each document, one per report and subject–
// predicate–object (with every sentence making it), joined with the review they are under.
import { sql, type Kysely } from "kysely";
import type { Certainty, EntityKind, Predicate, Status } from "../../../core/index.ts";
import { claimIdOf, type ClaimEdit, type ReviewStatus } from "../../../review/index.ts";
import type { ReviewClaimQuery, ReviewClaimRecord } from "../../review.ts";
import type { StoreDatabase } from "../schema.ts";
import { toDecision } from "./log.ts";

interface ClaimGroupRow {
  report_id: string;
  title: string | null;
  published: string | null;
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
  confidence: number;
  evidence: { start: number; end: number; sentence: string }[];
  review: string | null;
  edit: ClaimEdit | null;
  decision: Record<string, unknown> | null;
  total: number;
}

const reviewFilter = (review: ReviewStatus | undefined) =>
  review === undefined ? sql`true` : review === "pending" ? sql`cr.claim_id is null` : sql`cr.review = ${review}`;

/** One page of the claims to review, newest report first, and how many there are in all. */
export async function listReviewClaims(
  db: Kysely<StoreDatabase>,
  query: ReviewClaimQuery & { readonly reportId?: string },
): Promise<{ total: number; claims: ReviewClaimRecord[] }> {
  const actors = query.actorKeys ? [...query.actorKeys] : null;
  const actorFilter =
    actors === null
      ? sql`true`
      : sql`((c.subject_kind = 'actor' and c.subject_key = any(${actors}::text[]))
          or (c.object_kind = 'actor' and c.object_key = any(${actors}::text[])))`;
  const reportFilter = query.reportId === undefined ? sql`true` : sql`r.id = ${query.reportId}`;
  const { rows } = await sql<ClaimGroupRow>`
    with grouped as (
      select c.report_id, c.subject_kind, c.subject_key, c.predicate, c.object_kind, c.object_key,
             min(c.ordinal) as first, max(c.confidence) as confidence,
             json_agg(json_build_object('start', c.start_offset, 'end', c.end_offset,
                                        'sentence', coalesce(c.sentence, '')) order by c.ordinal) as evidence
      from report_claims c
      join documents d on d.latest_report_id = c.report_id
      join reports r on r.id = c.report_id
      where ${actorFilter} and ${reportFilter}
      group by c.report_id, c.subject_kind, c.subject_key, c.predicate, c.object_kind, c.object_key
    )
    select g.report_id, r.title, r.published, g.subject_kind, g.subject_key, f.subject_name, g.predicate,
           g.object_kind, g.object_key, f.object_name, f.certainty, f.status, f.negated, f.asserted_by,
           g.confidence, g.evidence, cr.review, cr.edit, to_jsonb(dc) as decision, count(*) over ()::int as total
    from grouped g
    join reports r on r.id = g.report_id
    join report_claims f on f.report_id = g.report_id and f.ordinal = g.first
    left join claim_reviews cr on left(cr.claim_id, 16) = g.report_id and cr.subject_kind = g.subject_kind
         and cr.subject_key = g.subject_key and cr.predicate = g.predicate and cr.object_kind = g.object_kind
         and cr.object_key = g.object_key
    left join decisions dc on dc.id = cr.decision_id
    where ${reviewFilter(query.review)}
    order by r.seq desc, g.first
    limit ${query.limit} offset ${query.offset}`.execute(db);
  return { total: rows[0]?.total ?? 0, claims: rows.map(toRecord) };
}

function toRecord(row: ClaimGroupRow): ReviewClaimRecord {
  const subject = { kind: row.subject_kind as EntityKind, key: row.subject_key, name: row.subject_name };
  const object = { kind: row.object_kind as EntityKind, key: row.object_key, name: row.object_name };
  const decision = row.decision;
  return {
    id: claimIdOf(row.report_id, { subject, predicate: row.predicate, object }),
    reportId: row.report_id,
    title: row.title,
    published: row.published,
    subject,
    predicate: row.predicate as Predicate,
    object,
    modality: {
      certainty: row.certainty as Certainty,
      status: row.status as Status,
      negated: row.negated,
      assertedBy: row.asserted_by,
    },
    confidence: row.confidence,
    evidence: row.evidence,
    review: (row.review ?? "pending") as ReviewStatus,
    decision:
      decision === null
        ? null
        : toDecision({
            ...(decision as unknown as Parameters<typeof toDecision>[0]),
            created_at: new Date(String(decision.created_at)),
          }),
    edit: row.edit,
  };
}
