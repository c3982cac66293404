// Analysts' decisions and users: the audit log of decisions (never edited but to mark one undone), the state
// they leave (per claim, per merged actor) that fusion and the reads apply on top of the reports' own
// assertions, API tokens (hashed), watchlists and the notifications they produce.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("decisions")
    .addColumn("id", "integer", (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("kind", "text", (col) => col.notNull())
    // A claim id, `from→into` actor keys, or the id of the decision an undo cancels.
    .addColumn("target", "text", (col) => col.notNull())
    .addColumn("payload", "jsonb", (col) => col.notNull())
    .addColumn("user_name", "text", (col) => col.notNull())
    .addColumn("reason", "text", (col) => col.notNull())
    .addColumn("created_at", "timestamptz", (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn("undone_by", "integer", (col) => col.references("decisions.id"))
    .execute();
  await db.schema.createIndex("decisions_target_idx").on("decisions").columns(["target", "id"]).execute();

  // The review each claim is under: the fold of its decisions still in force (see src/review/).
  await db.schema
    .createTable("claim_reviews")
    .addColumn("claim_id", "text", (col) => col.primaryKey())
    .addColumn("content_hash", "text", (col) => col.notNull())
    .addColumn("subject_kind", "text", (col) => col.notNull())
    .addColumn("subject_key", "text", (col) => col.notNull())
    .addColumn("predicate", "text", (col) => col.notNull())
    .addColumn("object_kind", "text", (col) => col.notNull())
    .addColumn("object_key", "text", (col) => col.notNull())
    .addColumn("review", "text", (col) => col.notNull())
    .addColumn("edit", "jsonb")
    .addColumn("decision_id", "integer", (col) => col.notNull().references("decisions.id"))
    // Where an edit moves the claim (its own keys when not edited): fusion of those keys must read it.
    .addColumn("to_subject_kind", "text", (col) => col.notNull())
    .addColumn("to_subject_key", "text", (col) => col.notNull())
    .addColumn("to_predicate", "text", (col) => col.notNull())
    .addColumn("to_object_kind", "text", (col) => col.notNull())
    .addColumn("to_object_key", "text", (col) => col.notNull())
    .execute();
  await db.schema.createIndex("claim_reviews_hash_idx").on("claim_reviews").columns(["content_hash"]).execute();
  await db.schema
    .createIndex("claim_reviews_to_idx")
    .on("claim_reviews")
    .columns(["to_subject_kind", "to_subject_key", "to_predicate", "to_object_kind", "to_object_key"])
    .execute();

  // Each actor merged into another, mapped to the actor it ends in (chains followed).
  await db.schema
    .createTable("actor_merges")
    .addColumn("from_key", "text", (col) => col.primaryKey())
    .addColumn("from_name", "text", (col) => col.notNull())
    .addColumn("into_key", "text", (col) => col.notNull())
    .addColumn("into_name", "text", (col) => col.notNull())
    .addColumn("decision_id", "integer", (col) => col.notNull().references("decisions.id"))
    .execute();
  await db.schema.createIndex("actor_merges_into_idx").on("actor_merges").columns(["into_key"]).execute();

  await db.schema
    .createTable("api_tokens")
    .addColumn("id", "integer", (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("user_name", "text", (col) => col.notNull())
    // sha256 hex of the token; the token itself is shown once and never stored.
    .addColumn("token_hash", "text", (col) => col.notNull().unique())
    // The token's first characters, to tell tokens apart in a list.
    .addColumn("prefix", "text", (col) => col.notNull())
    .addColumn("created_at", "timestamptz", (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn("revoked_at", "timestamptz")
    .execute();

  await db.schema
    .createTable("watches")
    .addColumn("id", "integer", (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("user_name", "text", (col) => col.notNull())
    .addColumn("kind", "text", (col) => col.notNull())
    .addColumn("key", "text", (col) => col.notNull())
    .addColumn("name", "text", (col) => col.notNull())
    .addColumn("created_at", "timestamptz", (col) => col.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint("watches_user_entity", ["user_name", "kind", "key"])
    .execute();
  await db.schema.createIndex("watches_entity_idx").on("watches").columns(["kind", "key"]).execute();

  await db.schema
    .createTable("notifications")
    .addColumn("id", "integer", (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("watch_id", "integer", (col) => col.notNull().references("watches.id").onDelete("cascade"))
    .addColumn("user_name", "text", (col) => col.notNull())
    .addColumn("fact_id", "text", (col) => col.notNull())
    .addColumn("entity_kind", "text", (col) => col.notNull())
    .addColumn("entity_key", "text", (col) => col.notNull())
    .addColumn("summary", "text", (col) => col.notNull())
    .addColumn("created_at", "timestamptz", (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn("delivered_at", "timestamptz")
    .addColumn("attempts", "integer", (col) => col.notNull().defaultTo(0))
    .addColumn("next_attempt_at", "timestamptz", (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn("last_error", "text")
    .execute();
  await db.schema.createIndex("notifications_fact_idx").on("notifications").columns(["watch_id", "fact_id"]).execute();
  await db.schema.createIndex("notifications_user_idx").on("notifications").columns(["user_name", "id"]).execute();
  await sql`create index notifications_due_idx on notifications (next_attempt_at) where delivered_at is null`.execute(
    db,
  );
}
