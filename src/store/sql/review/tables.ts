// The review tables as Kysely sees them (created by migrations/20261125T1800-review.ts).
import type { ColumnType, Generated, Kysely } from "kysely";
import type { StoreDatabase } from "../schema.ts";

type JsonColumn<Nullable extends null = never> = ColumnType<unknown, string | Nullable, string | Nullable>;
type Timestamp<Nullable extends null = never> = ColumnType<
  Date | Nullable,
  Date | string | Nullable,
  Date | string | Nullable
>;

export type ReviewTables = {
  decisions: {
    id: Generated<number>;
    kind: string;
    target: string;
    payload: JsonColumn;
    user_name: string;
    reason: string;
    created_at: ColumnType<Date, never, never>;
    undone_by: number | null;
  };
  claim_reviews: {
    claim_id: string;
    content_hash: string;
    subject_kind: string;
    subject_key: string;
    predicate: string;
    object_kind: string;
    object_key: string;
    review: string;
    edit: JsonColumn<null>;
    decision_id: number;
    to_subject_kind: string;
    to_subject_key: string;
    to_predicate: string;
    to_object_kind: string;
    to_object_key: string;
  };
  actor_merges: { from_key: string; from_name: string; into_key: string; into_name: string; decision_id: number };
  api_tokens: {
    id: Generated<number>;
    user_name: string;
    token_hash: string;
    prefix: string;
    created_at: ColumnType<Date, never, never>;
    revoked_at: Timestamp<null>;
  };
  watches: {
    id: Generated<number>;
    user_name: string;
    kind: string;
    key: string;
    name: string;
    created_at: ColumnType<Date, never, never>;
  };
  notifications: {
    id: Generated<number>;
    watch_id: number;
    user_name: string;
    fact_id: string;
    entity_kind: string;
    entity_key: string;
    summary: string;
    created_at: ColumnType<Date, never, never>;
    delivered_at: Timestamp<null>;
    attempts: ColumnType<number, never, number>;
    next_attempt_at: Timestamp;
    last_error: string | null;
  };
};

export type ReviewDb = Kysely<StoreDatabase & ReviewTables>;

/** The store's connection with the review tables in view. */
export const reviewDb = (db: Kysely<StoreDatabase>): ReviewDb => db.withTables<ReviewTables>();

/** RFC 3339 of a timestamp column (both drivers give a Date). */
export const iso = (d: Date | string): string => (d instanceof Date ? d : new Date(d)).toISOString();
