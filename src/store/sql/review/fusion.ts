// What fusion needs of review, read in few queries per batch: the merges in force (a small table, read
// once per refresh), the reviews of the claims of the reports observed, and the claims an edit moved into
// the keys being fused.
import { sql, type Kysely } from "kysely";
import type { ClaimReview, ReviewState } from "../../../review/index.ts";
import type { FactKey } from "../fusion/facts.ts";
import type { StoreDatabase } from "../schema.ts";
import { reviewDb } from "./tables.ts";

export interface MergeMap {
  /** Merged actor key → the actor it reads as. */
  readonly merges: ReadonlyMap<string, { readonly key: string; readonly name: string }>;
  /** Actor key → the keys read as it (itself first). */
  readonly groups: ReadonlyMap<string, readonly string[]>;
}

/** Whether any claim is under review and anyone watches anything: when not, fusion skips those queries. */
export async function reviewFlags(db: Kysely<StoreDatabase>): Promise<{ claims: boolean; watches: boolean }> {
  const { rows } = await sql<{ claims: boolean; watches: boolean }>`
    select exists (select 1 from claim_reviews) as claims, exists (select 1 from watches) as watches`.execute(db);
  return { claims: rows[0]?.claims ?? true, watches: rows[0]?.watches ?? true };
}

export async function loadMerges(db: Kysely<StoreDatabase>): Promise<MergeMap> {
  const rows = await reviewDb(db).selectFrom("actor_merges").selectAll().orderBy("from_key").execute();
  const merges = new Map(rows.map((r) => [r.from_key, { key: r.into_key, name: r.into_name }]));
  const groups = new Map<string, string[]>();
  for (const r of rows) groups.set(r.into_key, [...(groups.get(r.into_key) ?? [r.into_key]), r.from_key]);
  return { merges, groups };
}

/** The actor keys read as one with `key`: the actor they are read as (first), and every actor merged into it. */
export function groupOf(map: MergeMap, key: string): readonly string[] {
  const root = map.merges.get(key)?.key ?? key;
  return map.groups.get(root) ?? [root];
}

const actorKey = (kind: string, key: string, map: MergeMap) =>
  kind === "actor" ? (map.merges.get(key)?.key ?? key) : key;

/** The key as merges read it. */
export function canonicalKey(k: FactKey, map: MergeMap): FactKey {
  if (map.merges.size === 0) return k;
  return {
    ...k,
    subject_key: actorKey(k.subject_kind, k.subject_key, map),
    object_key: actorKey(k.object_kind, k.object_key, map),
  };
}

/** Every key of stored claims that merges read as `k` (a canonical key). */
export function expandKey(k: FactKey, map: MergeMap): FactKey[] {
  if (map.groups.size === 0) return [k];
  const subjects = k.subject_kind === "actor" ? (map.groups.get(k.subject_key) ?? [k.subject_key]) : [k.subject_key];
  const objects = k.object_kind === "actor" ? (map.groups.get(k.object_key) ?? [k.object_key]) : [k.object_key];
  return subjects.flatMap((s) => objects.map((o) => ({ ...k, subject_key: s, object_key: o })));
}

const unnestKeys = (keys: readonly FactKey[]) =>
  sql`unnest(${keys.map((k) => k.subject_kind)}::text[], ${keys.map((k) => k.subject_key)}::text[],
      ${keys.map((k) => k.predicate)}::text[], ${keys.map((k) => k.object_kind)}::text[],
      ${keys.map((k) => k.object_key)}::text[]) as k(sk, skey, p, ok, okey)`;

/** The stored keys of claims an edit moved into one of these keys. */
export async function editedInto(db: Kysely<StoreDatabase>, keys: readonly FactKey[]): Promise<FactKey[]> {
  if (keys.length === 0) return [];
  const { rows } = await sql<FactKey>`
    select distinct cr.subject_kind, cr.subject_key, cr.predicate, cr.object_kind, cr.object_key
    from ${unnestKeys(keys)}
    join claim_reviews cr on cr.to_subject_kind = k.sk and cr.to_subject_key = k.skey and cr.to_predicate = k.p
                         and cr.to_object_kind = k.ok and cr.to_object_key = k.okey
    where cr.review <> 'rejected'`.execute(db);
  return rows;
}

/** Where edits moved the claims stored under these keys: fusing a key must also fuse where its claims went. */
export async function editedFrom(db: Kysely<StoreDatabase>, keys: readonly FactKey[]): Promise<FactKey[]> {
  if (keys.length === 0) return [];
  const { rows } = await sql<FactKey>`
    select distinct cr.to_subject_kind as subject_kind, cr.to_subject_key as subject_key,
           cr.to_predicate as predicate, cr.to_object_kind as object_kind, cr.to_object_key as object_key
    from claim_reviews cr
    join ${unnestKeys(keys)} on cr.subject_kind = k.sk and cr.subject_key = k.skey and cr.predicate = k.p
                            and cr.object_kind = k.ok and cr.object_key = k.okey
    where cr.edit is not null`.execute(db);
  return rows;
}

/** The reviews of the claims of these reports. */
export async function claimReviewsOf(
  db: Kysely<StoreDatabase>,
  reportIds: readonly string[],
): Promise<Map<string, ClaimReview>> {
  if (reportIds.length === 0) return new Map();
  const rows = await reviewDb(db)
    .selectFrom("claim_reviews")
    .select(["claim_id", "review", "edit", "decision_id"])
    .where(sql<boolean>`left(claim_id, 16) = any(${[...new Set(reportIds)]}::text[])`)
    .execute();
  return new Map(
    rows.map((r) => [
      r.claim_id,
      {
        review: r.review as ClaimReview["review"],
        edit: r.edit === null ? null : (r.edit as NonNullable<ClaimReview["edit"]>),
        decision: r.decision_id,
      },
    ]),
  );
}

/** The review state for fusing the claims of these reports. */
export async function fusionReviewOf(
  db: Kysely<StoreDatabase>,
  map: MergeMap,
  reportIds: readonly string[],
): Promise<ReviewState> {
  return { claims: await claimReviewsOf(db, reportIds), merges: map.merges };
}
