// STIX object versions for TAXII and stable exports, STIX objects imported from other platforms, and TAXII
// status resources. `stix_state.generation` counts writes to the reports (a statement trigger), so a
// publish recomputes the STIX snapshot only after the store changed.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("stix_versions")
    // "espial": the published snapshot; "inbox": envelopes POSTed over TAXII, as sent.
    .addColumn("collection", "text", (col) => col.notNull())
    .addColumn("id", "text", (col) => col.notNull())
    // Bodies are `json`, not `jsonb`: kept byte for byte, in the key order STIX lists them.
    // The version as the object writes it (`modified`, else `created`), and as an instant for comparisons.
    .addColumn("version", "text", (col) => col.notNull())
    .addColumn("version_at", "timestamptz", (col) => col.notNull())
    // When this version was added to Espial: strictly increasing within a collection, microsecond precision.
    .addColumn("date_added", "timestamptz", (col) => col.notNull())
    .addColumn("type", "text", (col) => col.notNull())
    .addColumn("spec_version", "text", (col) => col.notNull())
    .addColumn("tlp", "text", (col) => col.notNull())
    .addColumn("revoked", "boolean", (col) => col.notNull())
    .addColumn("body", "json", (col) => col.notNull())
    .addPrimaryKeyConstraint("stix_versions_pkey", ["collection", "id", "version"])
    .execute();
  await db.schema
    .createIndex("stix_versions_added_idx")
    .on("stix_versions")
    .columns(["collection", "date_added", "id", "version"])
    .execute();

  await db.schema
    .createTable("stix_imported")
    .addColumn("id", "text", (col) => col.notNull())
    .addColumn("version", "text", (col) => col.notNull())
    .addColumn("body", "json", (col) => col.notNull())
    .addColumn("imported_at", "timestamptz", (col) => col.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint("stix_imported_pkey", ["id", "version"])
    .execute();

  await db.schema
    .createTable("taxii_status")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("body", "json", (col) => col.notNull())
    .addColumn("created_at", "timestamptz", (col) => col.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable("stix_state")
    .addColumn("one", "boolean", (col) => col.primaryKey().defaultTo(true))
    .addColumn("generation", "bigint", (col) => col.notNull().defaultTo(1))
    .addColumn("published_generation", "bigint", (col) => col.notNull().defaultTo(0))
    .addColumn("published_key", "text")
    .addCheckConstraint("stix_state_one_row", sql`one`)
    .execute();
  await sql`insert into stix_state (one) values (true)`.execute(db);
  await sql`
    create function stix_bump_generation() returns trigger language plpgsql as $$
    begin
      update stix_state set generation = generation + 1;
      return null;
    end $$`.execute(db);
  for (const table of ["reports", "stix_imported"]) {
    await sql`
      create trigger ${sql.raw(`${table}_stix_generation`)}
      after insert or update or delete on ${sql.table(table)}
      for each statement execute function stix_bump_generation()`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ["reports", "stix_imported"]) {
    await sql`drop trigger if exists ${sql.raw(`${table}_stix_generation`)} on ${sql.table(table)}`.execute(db);
  }
  await sql`drop function if exists stix_bump_generation()`.execute(db);
  for (const table of ["stix_state", "taxii_status", "stix_imported", "stix_versions"]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
