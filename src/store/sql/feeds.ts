// Feeds and their seen items in SQL (PGlite and PostgreSQL alike), with raw SQL through Kysely's `sql` tag.
// Times are written as Date and read back as ISO strings; counts are cast to int so both drivers give numbers.
import { createHash } from "node:crypto";
import { sql, type Kysely } from "kysely";
import type { SourceKind, TlpLevel } from "../../core/index.ts";
import type { FeedPoll, FeedPollStatus, FeedToAdd, StoredFeed } from "../feeds.ts";
import type { StoreDatabase } from "./schema.ts";

type Db = Kysely<StoreDatabase>;

const iso = (column: string) => sql.raw(`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);

const COLUMNS = sql`id, url, tlp, source_kind, every_ms, etag, last_modified, last_error, last_status,
  consecutive_errors, items_stored,
  ${iso("added_at")} as added_at, ${iso("last_polled_at")} as last_polled_at, ${iso("next_poll_at")} as next_poll_at`;

interface Row {
  id: string;
  url: string;
  tlp: string;
  source_kind: string;
  every_ms: number;
  etag: string | null;
  last_modified: string | null;
  last_error: string | null;
  last_status: string | null;
  consecutive_errors: number;
  items_stored: number;
  added_at: string;
  last_polled_at: string | null;
  next_poll_at: string;
}

function feedOf(row: Row): StoredFeed {
  return {
    id: row.id,
    url: row.url,
    tlp: row.tlp as TlpLevel,
    sourceKind: row.source_kind as SourceKind,
    everyMs: Number(row.every_ms),
    etag: row.etag,
    lastModified: row.last_modified,
    lastError: row.last_error,
    lastStatus: row.last_status as FeedPollStatus | null,
    consecutiveErrors: Number(row.consecutive_errors),
    itemsStored: Number(row.items_stored),
    addedAt: row.added_at,
    lastPolledAt: row.last_polled_at,
    nextPollAt: row.next_poll_at,
  };
}

/** A feed's id: the first 12 hex digits of the SHA-256 of its URL. */
export function feedIdOf(url: string): string {
  return createHash("sha256").update(url).digest("hex").slice(0, 12);
}

export async function addFeed(db: Db, feed: FeedToAdd): Promise<{ feed: StoredFeed; created: boolean }> {
  const id = feedIdOf(feed.url);
  // xmax = 0 only on a freshly inserted row: tells an insert from an update in one statement.
  const { rows } = await sql<Row & { created: boolean }>`
    insert into feeds (id, url, tlp, source_kind, every_ms)
    values (${id}, ${feed.url}, ${feed.tlp}, ${feed.sourceKind}, ${feed.everyMs})
    on conflict (url) do update set tlp = excluded.tlp, source_kind = excluded.source_kind,
      every_ms = excluded.every_ms
    returning ${COLUMNS}, (xmax = 0) as created`.execute(db);
  const row = rows[0];
  if (!row) throw new Error("insert into feeds returned no row");
  return { feed: feedOf(row), created: Boolean(row.created) };
}

export async function listFeeds(db: Db): Promise<StoredFeed[]> {
  const { rows } = await sql<Row>`select ${COLUMNS} from feeds order by feeds.added_at, feeds.url`.execute(db);
  return rows.map(feedOf);
}

export async function getFeed(db: Db, idOrUrl: string): Promise<StoredFeed | null> {
  const { rows } = await sql<Row>`select ${COLUMNS} from feeds where id = ${idOrUrl} or url = ${idOrUrl}`.execute(db);
  return rows[0] ? feedOf(rows[0]) : null;
}

export async function removeFeed(db: Db, idOrUrl: string): Promise<StoredFeed | null> {
  const { rows } = await sql<Row>`delete from feeds where id = ${idOrUrl} or url = ${idOrUrl}
    returning ${COLUMNS}`.execute(db);
  return rows[0] ? feedOf(rows[0]) : null;
}

export async function dueFeeds(db: Db, now: Date): Promise<StoredFeed[]> {
  const { rows } = await sql<Row>`select ${COLUMNS} from feeds where next_poll_at <= ${now}
    order by next_poll_at, url`.execute(db);
  return rows.map(feedOf);
}

export async function seenFeedItems(db: Db, feedId: string, keys: readonly string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const { rows } = await sql<{ item_key: string }>`select item_key from feed_items
    where feed_id = ${feedId} and item_key = any(${[...keys]}::text[])`.execute(db);
  return new Set(rows.map((r) => r.item_key));
}

/** Batches of seen keys per insert: well under PostgreSQL's 65,535 parameters. */
const KEY_BATCH = 5_000;

export async function recordFeedPoll(db: Db, poll: FeedPoll): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const keepValidators = poll.etag === undefined && poll.lastModified === undefined;
    await sql`update feeds set
        last_polled_at = ${poll.polledAt}, last_status = ${poll.status}, last_error = ${poll.error},
        consecutive_errors = ${poll.consecutiveErrors}, next_poll_at = ${poll.nextPollAt},
        items_stored = items_stored + ${poll.stored},
        etag = ${keepValidators ? sql`etag` : sql`${poll.etag ?? null}`},
        last_modified = ${keepValidators ? sql`last_modified` : sql`${poll.lastModified ?? null}`}
      where id = ${poll.feedId}`.execute(trx);
    for (let i = 0; i < poll.seenKeys.length; i += KEY_BATCH) {
      const keys = poll.seenKeys.slice(i, i + KEY_BATCH);
      await sql`insert into feed_items (feed_id, item_key)
        select ${poll.feedId}, k from unnest(${keys}::text[]) as k
        on conflict do nothing`.execute(trx);
    }
  });
}
