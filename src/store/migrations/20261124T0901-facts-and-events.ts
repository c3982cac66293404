// Facts (claims fused across independent reports, with their confidence) and events (actions grouped into
// one happening). Both are recomputed by the store's code for what a report touches; `body` holds the whole
// fused value as the fuse stage made it, the other columns are what queries select on.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("facts")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("subject_kind", "text", (col) => col.notNull())
    .addColumn("subject_key", "text", (col) => col.notNull())
    .addColumn("predicate", "text", (col) => col.notNull())
    .addColumn("object_kind", "text", (col) => col.notNull())
    .addColumn("object_key", "text", (col) => col.notNull())
    .addColumn("negated", "boolean", (col) => col.notNull())
    .addColumn("confidence", "double precision", (col) => col.notNull())
    .addColumn("independent_sources", "integer", (col) => col.notNull())
    .addColumn("body", "jsonb", (col) => col.notNull())
    .addCheckConstraint("facts_confidence", sql`confidence between 0 and 1`)
    .execute();
  await db.schema
    .createIndex("facts_subject_idx")
    .on("facts")
    .columns(["subject_kind", "subject_key", "predicate", "object_kind", "object_key"])
    .execute();
  await db.schema.createIndex("facts_object_idx").on("facts").columns(["object_kind", "object_key"]).execute();

  await db.schema
    .createTable("events")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("from_date", "text")
    .addColumn("to_date", "text")
    // The days its dated actions cover (day numbers since 1970), for finding the events near a new action.
    .addColumn("days", sql`int4range`)
    .addColumn("types", "jsonb", (col) => col.notNull())
    .addColumn("actor_keys", "jsonb", (col) => col.notNull())
    .addColumn("targets", "jsonb", (col) => col.notNull())
    .execute();
  await sql`create index events_days_idx on events using gist (days)`.execute(db);

  await db.schema
    .createTable("event_actions")
    .addColumn("event_id", "text", (col) => col.notNull().references("events.id").onDelete("cascade"))
    .addColumn("report_id", "text", (col) => col.notNull().references("reports.id").onDelete("cascade"))
    .addColumn("ordinal", "integer", (col) => col.notNull())
    .addColumn("action", "jsonb", (col) => col.notNull())
    .addPrimaryKeyConstraint("event_actions_pkey", ["report_id", "ordinal"])
    .execute();
  await db.schema.createIndex("event_actions_event_idx").on("event_actions").columns(["event_id"]).execute();

  await db.schema
    .createTable("event_reports")
    .addColumn("event_id", "text", (col) => col.notNull().references("events.id").onDelete("cascade"))
    .addColumn("report_id", "text", (col) => col.notNull().references("reports.id").onDelete("cascade"))
    .addPrimaryKeyConstraint("event_reports_pkey", ["event_id", "report_id"])
    .execute();
  await db.schema.createIndex("event_reports_report_idx").on("event_reports").columns(["report_id"]).execute();
}
