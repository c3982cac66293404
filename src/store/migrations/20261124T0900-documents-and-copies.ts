// Documents and what one report borrows from another. A document has one or more versions (reports); each
// report keeps its fingerprint (serialised JSON) and its LSH band keys, hashed to bigints, in a narrow table
// keyed (band_key, report_seq), so that finding the reports like a new one costs one index probe per key,
// whatever the size of the store. Copied passages and duplicate links are oriented:
// the copy points at its earlier source.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("documents")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("canonical_url", "text")
    // Kept by the store's code (not a foreign key: a document and its first report are written together).
    .addColumn("latest_report_id", "text", (col) => col.notNull())
    .addColumn("created_at", "timestamptz", (col) => col.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create index documents_canonical_url_idx on documents (canonical_url) where canonical_url is not null`.execute(
    db,
  );
  // Fusion reads only the latest version of each document: joined through this index.
  await sql`create unique index documents_latest_idx on documents (latest_report_id)`.execute(db);
  // Every report so far is the one version of its own document.
  await sql`insert into documents (id, canonical_url, latest_report_id) select id, url, id from reports`.execute(db);
  await sql`alter table reports add column document_id text references documents (id) on delete cascade`.execute(db);
  await sql`update reports set document_id = id`.execute(db);
  await sql`alter table reports alter column document_id set not null`.execute(db);
  await db.schema.createIndex("reports_document_idx").on("reports").columns(["document_id"]).execute();

  // The evidence sentence of each claim, so that fusion reads claims without the extraction's JSON.
  await sql`alter table report_claims add column sentence text`.execute(db);
  await sql`update report_claims c set sentence = r.extraction -> 'claims' -> c.ordinal -> 'evidence' ->> 'sentence'
            from reports r where r.id = c.report_id`.execute(db);
  // Facts are recomputed by (subject, predicate, object): one index serves that and the subject's lookups.
  await db.schema
    .createIndex("report_claims_fact_idx")
    .on("report_claims")
    .columns(["subject_kind", "subject_key", "predicate", "object_kind", "object_key"])
    .execute();
  await db.schema.dropIndex("report_claims_subject_idx").execute();

  await db.schema
    .createTable("report_fingerprints")
    .addColumn("report_id", "text", (col) => col.primaryKey().references("reports.id").onDelete("cascade"))
    .addColumn("scheme", "text", (col) => col.notNull())
    .addColumn("fingerprint", "jsonb", (col) => col.notNull())
    .execute();

  // One row per key and report, the report named by its ingest number: the primary key is the only index,
  // and lookups by key read it alone (measured on PGlite: 40% smaller than keeping the report id, as fast).
  // No foreign key: rows are deleted by key (from the report's fingerprint), which the index serves; a
  // cascade would scan the table. A key left behind only names a candidate that is no longer there.
  await db.schema
    .createTable("report_band_keys")
    .addColumn("band_key", "bigint", (col) => col.notNull())
    .addColumn("report_seq", "bigint", (col) => col.notNull())
    .addPrimaryKeyConstraint("report_band_keys_pkey", ["band_key", "report_seq"])
    .execute();

  await db.schema
    .createTable("report_links")
    .addColumn("copy_report_id", "text", (col) => col.notNull().references("reports.id").onDelete("cascade"))
    .addColumn("source_report_id", "text", (col) => col.notNull().references("reports.id").onDelete("cascade"))
    .addColumn("similarity", "double precision", (col) => col.notNull())
    .addColumn("exact", "boolean", (col) => col.notNull())
    .addColumn("duplicate", "boolean", (col) => col.notNull())
    .addPrimaryKeyConstraint("report_links_pkey", ["copy_report_id", "source_report_id"])
    .addCheckConstraint("report_links_not_self", sql`copy_report_id <> source_report_id`)
    .execute();
  await db.schema.createIndex("report_links_source_idx").on("report_links").columns(["source_report_id"]).execute();

  await db.schema
    .createTable("copied_passages")
    .addColumn("copy_report_id", "text", (col) => col.notNull().references("reports.id").onDelete("cascade"))
    .addColumn("copy_start", "integer", (col) => col.notNull())
    .addColumn("copy_end", "integer", (col) => col.notNull())
    .addColumn("source_report_id", "text", (col) => col.notNull().references("reports.id").onDelete("cascade"))
    .addColumn("source_start", "integer", (col) => col.notNull())
    .addColumn("source_end", "integer", (col) => col.notNull())
    .addColumn("similarity", "double precision", (col) => col.notNull())
    .addColumn("exact", "boolean", (col) => col.notNull())
    .addPrimaryKeyConstraint("copied_passages_pkey", ["copy_report_id", "copy_start"])
    .addCheckConstraint("copied_passages_spans", sql`copy_start < copy_end and source_start < source_end`)
    .addCheckConstraint("copied_passages_not_self", sql`copy_report_id <> source_report_id`)
    .execute();
  await db.schema
    .createIndex("copied_passages_source_idx")
    .on("copied_passages")
    .columns(["source_report_id"])
    .execute();
}
