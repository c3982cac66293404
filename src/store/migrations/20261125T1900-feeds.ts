// Feeds polled by `espial serve` and `espial watch`: per feed its URL, the defaults its items get (TLP,
// source kind), how often it is polled, the validators of the last fetch (ETag, Last-Modified) for a
// conditional GET, and its health (last poll, consecutive errors, the next poll pushed back on errors). The
// items already seen are kept by key (`guid:…` and `link:…`), so an item is read once whatever the feed
// does with its order; they go with their feed.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("feeds")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("url", "text", (col) => col.notNull().unique())
    .addColumn("tlp", "text", (col) => col.notNull())
    .addColumn("source_kind", "text", (col) => col.notNull())
    .addColumn("every_ms", "integer", (col) => col.notNull())
    .addColumn("etag", "text")
    .addColumn("last_modified", "text")
    .addColumn("added_at", "timestamptz", (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn("last_polled_at", "timestamptz")
    .addColumn("last_status", "text")
    .addColumn("last_error", "text")
    .addColumn("consecutive_errors", "integer", (col) => col.notNull().defaultTo(0))
    .addColumn("next_poll_at", "timestamptz", (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn("items_stored", "integer", (col) => col.notNull().defaultTo(0))
    .addCheckConstraint("feeds_every_ms_positive", sql`every_ms > 0`)
    .execute();
  await db.schema.createIndex("feeds_next_poll_idx").on("feeds").columns(["next_poll_at"]).execute();
  await db.schema
    .createTable("feed_items")
    .addColumn("feed_id", "text", (col) => col.notNull().references("feeds.id").onDelete("cascade"))
    .addColumn("item_key", "text", (col) => col.notNull())
    .addColumn("seen_at", "timestamptz", (col) => col.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint("feed_items_pkey", ["feed_id", "item_key"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("feed_items").execute();
  await db.schema.dropTable("feeds").execute();
}
