// The store's reads of reports and actors. Counts are cast to int so that both drivers return numbers (pg
// gives bigint as text).
import { sql, type Kysely, type Selectable } from "kysely";
import type { Extraction } from "../../core/index.ts";
import type { ActorSummary, StoreCounts, StoredReport, StoredReportSummary } from "../store.ts";
import { lineageOf } from "./fusion/lineage.ts";
import { withClaims } from "./report-claims.ts";
import type { ReportsTable, StoreDatabase } from "./schema.ts";

type ReportRow = Omit<Selectable<ReportsTable>, "seq" | "text_length">;

const REPORT_COLUMNS = [
  "id",
  "content_hash",
  "origin",
  "url",
  "title",
  "published",
  "outlet",
  "byline",
  "source_kind",
  "tlp",
  "text",
  "extraction",
  "ingested_at",
  "document_id",
] as const;

/**
 * The actors the stored documents name (their latest versions), from actor_documents: one row per actor and
 * document, so the list costs the rows of that table, not every mention of every version.
 */
export async function listActors(db: Kysely<StoreDatabase>): Promise<ActorSummary[]> {
  // The name as the most recently ingested report gives it: the catalogue's latest word.
  const name = sql<string>`(array_agg(a.name order by a.seq desc))[1]`;
  const rows = await db
    .selectFrom("actor_documents as a")
    .groupBy("a.actor_key")
    .select([
      "a.actor_key as key",
      name.as("name"),
      sql<number>`count(*)::int`.as("reports"),
      sql<number>`sum(a.mentions)::int`.as("mentions"),
    ])
    .orderBy("reports", "desc")
    .orderBy("mentions", "desc")
    // Names compared byte-wise ("C"), so that both backends order them alike whatever their locale.
    .orderBy(sql`${name} collate "C"`)
    .orderBy(sql`a.actor_key collate "C"`)
    .execute();
  return rows.map((row) => ({ key: row.key, name: row.name, reports: row.reports, mentions: row.mentions }));
}

export async function reportsMentioningActor(db: Kysely<StoreDatabase>, actorKey: string): Promise<StoredReport[]> {
  const rows = await db
    .selectFrom("reports as r")
    .innerJoin("documents as d", "d.latest_report_id", "r.id")
    .select(REPORT_COLUMNS.map((column) => `r.${column}` as const))
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom("report_mentions as m")
          .select(sql`1`.as("one"))
          .whereRef("m.report_id", "=", "r.id")
          .where("m.entity_kind", "=", "actor")
          .where("m.entity_key", "=", actorKey),
      ),
    )
    // A report without a publication date goes after the dated ones.
    .orderBy(sql`r.published asc nulls last`)
    .orderBy("r.ingested_at", "asc")
    .orderBy("r.seq", "asc")
    .execute();
  return withLineage(db, rows);
}

export async function getReport(db: Kysely<StoreDatabase>, id: string): Promise<StoredReport | null> {
  const row = await db.selectFrom("reports").select(REPORT_COLUMNS).where("id", "=", id).executeTakeFirst();
  return row === undefined ? null : ((await withLineage(db, [row]))[0] ?? null);
}

/** These reports (those that exist), in ingest order. */
export async function readReports(db: Kysely<StoreDatabase>, ids: readonly string[]): Promise<StoredReport[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom("reports")
    .select(REPORT_COLUMNS)
    .where("id", "in", [...ids])
    .orderBy("seq")
    .execute();
  return withLineage(db, rows);
}

async function withLineage(db: Kysely<StoreDatabase>, rows: readonly ReportRow[]): Promise<StoredReport[]> {
  const lineage = await lineageOf(
    db,
    rows.map((row) => row.id),
  );
  return (await withClaims(db, rows)).map((row) => ({
    ...toStoredReport(row),
    lineage: lineage.get(row.id) ?? { passages: [], duplicateOf: null },
  }));
}

/**
 * Reports (every version) whose title, squashed as names are (lower case, letters and digits only), holds
 * `squashed`: newest ingested first, at most `limit`. The expression is the one the trigram index is on.
 */
export async function findReportsByTitle(
  db: Kysely<StoreDatabase>,
  squashed: string,
  limit: number,
): Promise<Pick<StoredReportSummary, "id" | "title" | "origin" | "published">[]> {
  if (squashed === "") return [];
  const pattern = `%${squashed.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const { rows } = await sql<{ id: string; title: string | null; origin: string; published: string | null }>`
    select id, title, origin, published from reports
    where regexp_replace(lower(coalesce(title, '')), '[^[:alnum:]]+', '', 'g') like ${pattern}
    order by seq desc limit ${limit}`.execute(db);
  return rows;
}

/** Newest ingested first. */
export async function listReports(db: Kysely<StoreDatabase>): Promise<StoredReportSummary[]> {
  const rows = await db
    .selectFrom("reports as r")
    .innerJoin("documents as d", "d.id", "r.document_id")
    .select(["r.id", "r.title", "r.origin", "r.published", "r.ingested_at", "r.text_length", "r.document_id"])
    .select(sql<boolean>`d.latest_report_id = r.id`.as("latest"))
    .orderBy("r.seq", "desc")
    .execute();
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    origin: row.origin,
    published: row.published,
    ingestedAt: row.ingested_at.toISOString(),
    length: row.text_length,
    documentId: row.document_id,
    latest: row.latest,
  }));
}

const COUNTED = {
  reports: "reports",
  mentions: "report_mentions",
  claims: "report_claims",
  documents: "documents",
  fingerprints: "report_fingerprints",
  bandKeys: "report_band_keys",
  passages: "copied_passages",
  links: "report_links",
  facts: "facts",
  events: "events",
} as const satisfies Record<keyof StoreCounts, keyof StoreDatabase>;

export async function countRows(db: Kysely<StoreDatabase>): Promise<StoreCounts> {
  const parts = Object.entries(COUNTED).map(
    ([name, table]) => sql`(select count(*)::int from ${sql.table(table)}) as ${sql.ref(name)}`,
  );
  const { rows } = await sql<Record<keyof StoreCounts, number>>`select ${sql.join(parts)}`.execute(db);
  const row = rows[0];
  const count = (name: keyof StoreCounts) => row?.[name] ?? 0;
  return {
    reports: count("reports"),
    mentions: count("mentions"),
    claims: count("claims"),
    documents: count("documents"),
    fingerprints: count("fingerprints"),
    bandKeys: count("bandKeys"),
    passages: count("passages"),
    links: count("links"),
    facts: count("facts"),
    events: count("events"),
  };
}

function toStoredReport(row: ReportRow): Omit<StoredReport, "lineage"> {
  return {
    id: row.id,
    contentHash: row.content_hash,
    source: {
      origin: row.origin,
      url: row.url,
      title: row.title,
      published: row.published,
      outlet: row.outlet,
      byline: row.byline,
      kind: row.source_kind as StoredReport["source"]["kind"],
      tlp: row.tlp as StoredReport["source"]["tlp"],
    },
    text: row.text,
    // Validated when written (see report-rows.ts); read back as it went in.
    extraction: row.extraction as Extraction,
    ingestedAt: row.ingested_at.toISOString(),
    documentId: row.document_id,
  };
}
