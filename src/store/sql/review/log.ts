// The audit log of decisions and the state its fold leaves: rows of `decisions` are only ever added (an
// undo marks the decision it cancels), `claim_reviews` and `actor_merges` are rebuilt from them.
import { sql, type Kysely, type Selectable } from "kysely";
import {
  foldClaimDecisions,
  foldMerges,
  type ClaimTarget,
  type Decision,
  type DecisionKind,
} from "../../../review/index.ts";
import type { StoreDatabase } from "../schema.ts";
import type { FactKey } from "../fusion/facts.ts";
import { iso, reviewDb, type ReviewTables } from "./tables.ts";

export function toDecision(row: Selectable<ReviewTables["decisions"]>): Decision {
  return {
    id: row.id,
    kind: row.kind as DecisionKind,
    target: row.target,
    payload: row.payload as Record<string, unknown>,
    user: row.user_name,
    reason: row.reason,
    createdAt: iso(row.created_at),
    undoneBy: row.undone_by,
  };
}

export async function recordDecision(
  db: Kysely<StoreDatabase>,
  input: { kind: DecisionKind; target: string; payload: object; user: string; reason: string },
): Promise<Decision> {
  const row = await reviewDb(db)
    .insertInto("decisions")
    .values({
      kind: input.kind,
      target: input.target,
      payload: JSON.stringify(input.payload),
      user_name: input.user,
      reason: input.reason,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toDecision(row);
}

export async function getDecision(db: Kysely<StoreDatabase>, id: number): Promise<Decision | null> {
  const row = await reviewDb(db).selectFrom("decisions").selectAll().where("id", "=", id).executeTakeFirst();
  return row ? toDecision(row) : null;
}

export async function markUndone(db: Kysely<StoreDatabase>, id: number, by: number): Promise<void> {
  await reviewDb(db).updateTable("decisions").set({ undone_by: by }).where("id", "=", id).execute();
}

export async function listDecisions(
  db: Kysely<StoreDatabase>,
  query: { readonly target?: string; readonly limit: number; readonly offset: number },
): Promise<{ total: number; decisions: Decision[] }> {
  let q = reviewDb(db).selectFrom("decisions");
  if (query.target !== undefined) q = q.where("target", "=", query.target);
  const rows = await q.selectAll().orderBy("id", "desc").limit(query.limit).offset(query.offset).execute();
  const { n } = await q.select(sql<number>`count(*)::int`.as("n")).executeTakeFirstOrThrow();
  return { total: n, decisions: rows.map(toDecision) };
}

/** A claim's key once an edit applies (its own when there is none). */
export function editedKey(target: ClaimTarget, edit: ReturnType<typeof foldClaimDecisions>): FactKey {
  const e = edit?.edit ?? {};
  const subject = e.subject ?? target.subject;
  const object = e.object ?? target.object;
  return {
    subject_kind: subject.kind,
    subject_key: subject.key,
    predicate: e.predicate ?? target.predicate,
    object_kind: object.kind,
    object_key: object.key,
  };
}

/** Rebuilds the review row of one claim from its decisions; returns the keys it moved from and to. */
export async function rebuildClaimReview(
  db: Kysely<StoreDatabase>,
  claimId: string,
  target: ClaimTarget,
): Promise<FactKey[]> {
  const rdb = reviewDb(db);
  const before = await rdb
    .selectFrom("claim_reviews")
    .select(["to_subject_kind", "to_subject_key", "to_predicate", "to_object_kind", "to_object_key"])
    .where("claim_id", "=", claimId)
    .executeTakeFirst();
  const rows = await rdb.selectFrom("decisions").selectAll().where("target", "=", claimId).orderBy("id").execute();
  const state = foldClaimDecisions(rows.map(toDecision));
  await rdb.deleteFrom("claim_reviews").where("claim_id", "=", claimId).execute();
  const to = editedKey(target, state);
  if (state !== null) {
    await rdb
      .insertInto("claim_reviews")
      .values({
        claim_id: claimId,
        content_hash: target.content_hash,
        subject_kind: target.subject.kind,
        subject_key: target.subject.key,
        predicate: target.predicate,
        object_kind: target.object.kind,
        object_key: target.object.key,
        review: state.review,
        edit: state.edit === null ? null : JSON.stringify(state.edit),
        decision_id: state.decision,
        to_subject_kind: to.subject_kind,
        to_subject_key: to.subject_key,
        to_predicate: to.predicate,
        to_object_kind: to.object_kind,
        to_object_key: to.object_key,
      })
      .execute();
  }
  const moved: FactKey[] = [editedKey(target, null), to];
  if (before) {
    moved.push({
      subject_kind: before.to_subject_kind,
      subject_key: before.to_subject_key,
      predicate: before.to_predicate,
      object_kind: before.to_object_kind,
      object_key: before.to_object_key,
    });
  }
  return moved;
}

/** Rebuilds `actor_merges` from every merge and split decision. */
export async function rebuildMerges(db: Kysely<StoreDatabase>): Promise<void> {
  const rdb = reviewDb(db);
  const rows = await rdb
    .selectFrom("decisions")
    .selectAll()
    .where("kind", "in", ["merge-actors", "split-actors"])
    .orderBy("id")
    .execute();
  await rdb.deleteFrom("actor_merges").execute();
  const merges = foldMerges(rows.map(toDecision));
  if (merges.length === 0) return;
  await rdb
    .insertInto("actor_merges")
    .values(
      merges.map((m) => ({
        from_key: m.from.key,
        from_name: m.from.name,
        into_key: m.into.key,
        into_name: m.into.name,
        decision_id: m.decision,
      })),
    )
    .execute();
}

/** The keys of the claims and facts about any of these actors: what a merge or split must fuse again. */
export async function actorFactKeys(db: Kysely<StoreDatabase>, actorKeys: readonly string[]): Promise<FactKey[]> {
  const keys = [...new Set(actorKeys)];
  const { rows } = await sql<FactKey>`
    select subject_kind, subject_key, predicate, object_kind, object_key from report_claims
      where subject_kind = 'actor' and subject_key = any(${keys}::text[])
    union
    select subject_kind, subject_key, predicate, object_kind, object_key from report_claims
      where object_kind = 'actor' and object_key = any(${keys}::text[])
    union
    select subject_kind, subject_key, predicate, object_kind, object_key from facts
      where (subject_kind = 'actor' and subject_key = any(${keys}::text[]))
         or (object_kind = 'actor' and object_key = any(${keys}::text[]))`.execute(db);
  return rows;
}
