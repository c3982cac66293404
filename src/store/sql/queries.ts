// The store's reads. Counts are cast to int so that both drivers return numbers (pg gives bigint as text).
import { sql, type Kysely, type Selectable } from "kysely";
import type { Extraction } from "../../core/index.ts";
import type { ActorSummary, StoredReport, StoredReportSummary } from "../store.ts";
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
] as const;

export async function listActors(db: Kysely<StoreDatabase>): Promise<ActorSummary[]> {
  // The name as the most recently ingested report gives it: the catalogue's latest word.
  const name = sql<string>`(array_agg(m.entity_name order by r.seq desc, m.ordinal))[1]`;
  const rows = await db
    .selectFrom("report_mentions as m")
    .innerJoin("reports as r", "r.id", "m.report_id")
    .where("m.entity_kind", "=", "actor")
    .groupBy("m.entity_key")
    .select([
      "m.entity_key as key",
      name.as("name"),
      sql<number>`count(distinct m.report_id)::int`.as("reports"),
      sql<number>`count(*)::int`.as("mentions"),
    ])
    .orderBy("reports", "desc")
    .orderBy("mentions", "desc")
    // Names compared byte-wise ("C"), so that both backends order them alike whatever their locale.
    .orderBy(sql`${name} collate "C"`)
    .orderBy(sql`m.entity_key collate "C"`)
    .execute();
  return rows.map((row) => ({ key: row.key, name: row.name, reports: row.reports, mentions: row.mentions }));
}

export async function reportsMentioningActor(db: Kysely<StoreDatabase>, actorKey: string): Promise<StoredReport[]> {
  const rows = await db
    .selectFrom("reports as r")
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
  return rows.map(toStoredReport);
}

export async function getReport(db: Kysely<StoreDatabase>, id: string): Promise<StoredReport | null> {
  const row = await db.selectFrom("reports").select(REPORT_COLUMNS).where("id", "=", id).executeTakeFirst();
  return row === undefined ? null : toStoredReport(row);
}

/** Newest ingested first. */
export async function listReports(db: Kysely<StoreDatabase>): Promise<StoredReportSummary[]> {
  const rows = await db
    .selectFrom("reports")
    .select(["id", "title", "origin", "published", "ingested_at", "text_length"])
    .orderBy("seq", "desc")
    .execute();
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    origin: row.origin,
    published: row.published,
    ingestedAt: row.ingested_at.toISOString(),
    length: row.text_length,
  }));
}

export async function countRows(
  db: Kysely<StoreDatabase>,
): Promise<{ readonly reports: number; readonly mentions: number; readonly claims: number }> {
  const row = await db
    .selectNoFrom((eb) => [
      eb
        .selectFrom("reports")
        .select(sql<number>`count(*)::int`.as("n"))
        .as("reports"),
      eb
        .selectFrom("report_mentions")
        .select(sql<number>`count(*)::int`.as("n"))
        .as("mentions"),
      eb
        .selectFrom("report_claims")
        .select(sql<number>`count(*)::int`.as("n"))
        .as("claims"),
    ])
    .executeTakeFirstOrThrow();
  return { reports: row.reports ?? 0, mentions: row.mentions ?? 0, claims: row.claims ?? 0 };
}

function toStoredReport(row: ReportRow): StoredReport {
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
  };
}
