// Reports as ingested, with their mentions and claims copied out of the extraction so that queries by
// entity need no JSON. Owned by the store's ingest (src/store/sql/ingest.ts).
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("reports")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("seq", "bigint", (col) => col.generatedAlwaysAsIdentity().notNull().unique())
    .addColumn("content_hash", "text", (col) => col.notNull().unique())
    .addColumn("origin", "text", (col) => col.notNull())
    .addColumn("url", "text")
    .addColumn("title", "text")
    .addColumn("published", "text")
    .addColumn("outlet", "text")
    .addColumn("byline", "text")
    .addColumn("source_kind", "text", (col) => col.notNull())
    .addColumn("tlp", "text", (col) => col.notNull())
    .addColumn("text", "text", (col) => col.notNull())
    .addColumn("text_length", "integer", (col) => col.notNull())
    .addColumn("extraction", "jsonb", (col) => col.notNull())
    .addColumn("ingested_at", "timestamptz", (col) => col.notNull().defaultTo(sql`now()`))
    .addCheckConstraint("reports_content_hash_is_sha256", sql`content_hash ~ '^[0-9a-f]{64}$'`)
    .addCheckConstraint("reports_id_is_hash_prefix", sql`id = left(content_hash, 16)`)
    .execute();
  await db.schema.createIndex("reports_published_idx").on("reports").columns(["published", "ingested_at"]).execute();

  await db.schema
    .createTable("report_mentions")
    .addColumn("report_id", "text", (col) => col.notNull().references("reports.id").onDelete("cascade"))
    .addColumn("ordinal", "integer", (col) => col.notNull())
    .addColumn("entity_kind", "text", (col) => col.notNull())
    .addColumn("entity_key", "text", (col) => col.notNull())
    .addColumn("entity_name", "text", (col) => col.notNull())
    .addColumn("surface", "text", (col) => col.notNull())
    .addColumn("start_offset", "integer", (col) => col.notNull())
    .addColumn("end_offset", "integer", (col) => col.notNull())
    .addColumn("confidence", "double precision", (col) => col.notNull())
    .addColumn("via", "text", (col) => col.notNull())
    .addPrimaryKeyConstraint("report_mentions_pkey", ["report_id", "ordinal"])
    .addCheckConstraint("report_mentions_span", sql`0 <= start_offset and start_offset <= end_offset`)
    .addCheckConstraint("report_mentions_confidence", sql`confidence between 0 and 1`)
    .execute();
  await db.schema
    .createIndex("report_mentions_entity_idx")
    .on("report_mentions")
    .columns(["entity_kind", "entity_key", "report_id"])
    .execute();

  await db.schema
    .createTable("report_claims")
    .addColumn("report_id", "text", (col) => col.notNull().references("reports.id").onDelete("cascade"))
    .addColumn("ordinal", "integer", (col) => col.notNull())
    .addColumn("subject_kind", "text", (col) => col.notNull())
    .addColumn("subject_key", "text", (col) => col.notNull())
    .addColumn("subject_name", "text", (col) => col.notNull())
    .addColumn("predicate", "text", (col) => col.notNull())
    .addColumn("object_kind", "text", (col) => col.notNull())
    .addColumn("object_key", "text", (col) => col.notNull())
    .addColumn("object_name", "text", (col) => col.notNull())
    .addColumn("certainty", "text", (col) => col.notNull())
    .addColumn("status", "text", (col) => col.notNull())
    .addColumn("negated", "boolean", (col) => col.notNull())
    .addColumn("asserted_by", "text")
    .addColumn("start_offset", "integer", (col) => col.notNull())
    .addColumn("end_offset", "integer", (col) => col.notNull())
    .addColumn("confidence", "double precision", (col) => col.notNull())
    .addColumn("detail", "jsonb")
    .addPrimaryKeyConstraint("report_claims_pkey", ["report_id", "ordinal"])
    .addCheckConstraint("report_claims_span", sql`0 <= start_offset and start_offset <= end_offset`)
    .addCheckConstraint("report_claims_confidence", sql`confidence between 0 and 1`)
    .execute();
  await db.schema
    .createIndex("report_claims_subject_idx")
    .on("report_claims")
    .columns(["subject_kind", "subject_key"])
    .execute();
  await db.schema
    .createIndex("report_claims_object_idx")
    .on("report_claims")
    .columns(["object_kind", "object_key"])
    .execute();
}
