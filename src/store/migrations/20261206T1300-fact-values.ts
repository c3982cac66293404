// Fact values kept for reading: a fact's value fused from all its claims, with its first sentences of
// evidence, so that a page about an actor with thousands of reports reads its facts instead of fusing them.
// Writers forget the values under the keys they touch (and bump the generation, so that a reader who fused
// a value before a write does not keep it after). Nothing here is a source of truth: dropping every row
// only makes the next reads slower.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("fact_values")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("subject_kind", "text", (c) => c.notNull())
    .addColumn("subject_key", "text", (c) => c.notNull())
    .addColumn("predicate", "text", (c) => c.notNull())
    .addColumn("object_kind", "text", (c) => c.notNull())
    .addColumn("object_key", "text", (c) => c.notNull())
    .addColumn("evidence_cap", "integer", (c) => c.notNull())
    .addColumn("value", "json", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("fact_values_key_idx")
    .on("fact_values")
    .columns(["subject_kind", "subject_key", "predicate", "object_kind", "object_key"])
    .execute();
  await db.schema
    .createTable("fusion_state")
    .addColumn("one", "boolean", (c) =>
      c
        .primaryKey()
        .defaultTo(true)
        .check(sql`one`),
    )
    .addColumn("generation", "bigint", (c) => c.notNull().defaultTo(0))
    .execute();
  await sql`insert into fusion_state default values`.execute(db);
}
