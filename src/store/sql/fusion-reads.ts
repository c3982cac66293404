// The store's reads of what fusion made: a report's versions and copies, events (facts: fusion/fact-reads.ts).
import { sql, type Kysely } from "kysely";
import type { ActionType } from "../../core/index.ts";
import { compareTiming } from "../../pipeline/fuse/index.ts";
import type {
  CopiedPassageRecord,
  EventActionRecord,
  EventActor,
  EventSummary,
  ReportLinkRecord,
  ReportRelations,
  StoredEvent,
} from "../store.ts";
import type { CopiedPassagesTable, ReportLinksTable, StoreDatabase } from "./schema.ts";

type Db = Kysely<StoreDatabase>;

const toPassage = (row: CopiedPassagesTable): CopiedPassageRecord => ({
  copyReportId: row.copy_report_id,
  copySpan: { start: row.copy_start, end: row.copy_end },
  sourceReportId: row.source_report_id,
  sourceSpan: { start: row.source_start, end: row.source_end },
  similarity: row.similarity,
  exact: row.exact,
});

const toLink = (row: ReportLinksTable): ReportLinkRecord => ({
  copyReportId: row.copy_report_id,
  sourceReportId: row.source_report_id,
  similarity: row.similarity,
  exact: row.exact,
  duplicate: row.duplicate,
});

export async function reportRelations(db: Db, id: string): Promise<ReportRelations | null> {
  const report = await db.selectFrom("reports").select(["id", "document_id"]).where("id", "=", id).executeTakeFirst();
  if (report === undefined) return null;
  const document = await db
    .selectFrom("documents")
    .select("latest_report_id")
    .where("id", "=", report.document_id)
    .executeTakeFirst();
  const versions = (
    await db
      .selectFrom("reports")
      .select(["id", "title", "published", "ingested_at", "seq"])
      .where("document_id", "=", report.document_id)
      .execute()
  ).sort((a, b) =>
    compareTiming(
      { published: a.published, ingestedSeq: Number(a.seq) },
      { published: b.published, ingestedSeq: Number(b.seq) },
    ),
  );
  const passages = await db
    .selectFrom("copied_passages")
    .selectAll()
    .where((eb) => eb.or([eb("copy_report_id", "=", id), eb("source_report_id", "=", id)]))
    .orderBy("copy_report_id")
    .orderBy("copy_start")
    .execute();
  const links = await db
    .selectFrom("report_links")
    .selectAll()
    .where((eb) => eb.or([eb("copy_report_id", "=", id), eb("source_report_id", "=", id)]))
    .orderBy("similarity", "desc")
    .execute();
  return {
    reportId: id,
    documentId: report.document_id,
    versions: versions.map((v, i) => ({
      reportId: v.id,
      version: i + 1,
      title: v.title,
      published: v.published,
      ingestedAt: v.ingested_at.toISOString(),
      latest: v.id === document?.latest_report_id,
    })),
    copiedFrom: passages.filter((p) => p.copy_report_id === id).map(toPassage),
    copiedBy: passages.filter((p) => p.source_report_id === id).map(toPassage),
    links: links.map(toLink),
  };
}

/** The name each actor key goes by in the latest report that mentions it. */
async function actorNames(db: Db, keys: readonly string[]): Promise<Map<string, string>> {
  if (keys.length === 0) return new Map();
  const { rows } = await sql<{ key: string; name: string }>`
    select m.entity_key as key, (array_agg(m.entity_name order by r.seq desc))[1] as name
    from report_mentions m join reports r on r.id = m.report_id
    where m.entity_kind = 'actor' and m.entity_key = any(${[...new Set(keys)]}::text[])
    group by m.entity_key`.execute(db);
  return new Map(rows.map((row) => [row.key, row.name]));
}

const actorsOf = (keys: readonly string[], names: ReadonlyMap<string, string>): EventActor[] =>
  keys.map((key) => ({ key, name: names.get(key) ?? key }));

export async function listEvents(db: Db): Promise<EventSummary[]> {
  const { rows } = await sql<{
    id: string;
    from_date: string | null;
    to_date: string | null;
    types: ActionType[];
    actor_keys: string[];
    targets: string[];
    actions: number;
    reports: number;
  }>`
    select e.id, e.from_date, e.to_date, e.types, e.actor_keys, e.targets,
           (select count(*) from event_actions a where a.event_id = e.id)::int as actions,
           (select count(*) from event_reports r where r.event_id = e.id)::int as reports
    from events e
    order by e.to_date desc nulls last, e.from_date desc nulls last, e.id`.execute(db);
  const names = await actorNames(
    db,
    rows.flatMap((row) => row.actor_keys),
  );
  return rows.map((row) => ({
    id: row.id,
    from: row.from_date,
    to: row.to_date,
    types: row.types,
    actors: actorsOf(row.actor_keys, names),
    targets: row.targets,
    actions: row.actions,
    reports: row.reports,
  }));
}

export async function getEvent(db: Db, id: string): Promise<StoredEvent | null> {
  const event = await db.selectFrom("events").selectAll().where("id", "=", id).executeTakeFirst();
  if (event === undefined) return null;
  const actions = await db
    .selectFrom("event_actions as a")
    .innerJoin("reports as r", "r.id", "a.report_id")
    .select(["a.ordinal", "a.action"])
    .where("a.event_id", "=", id)
    .orderBy("r.seq")
    .orderBy("a.ordinal")
    .execute();
  const reports = await db
    .selectFrom("event_reports as e")
    .innerJoin("reports as r", "r.id", "e.report_id")
    .select(["r.id", "r.document_id", "r.title", "r.origin", "r.published"])
    .where("e.event_id", "=", id)
    .orderBy(sql`r.published asc nulls last`)
    .orderBy("r.seq")
    .execute();
  const actorKeys = event.actor_keys as string[];
  return {
    id: event.id,
    from: event.from_date,
    to: event.to_date,
    types: event.types as ActionType[],
    actors: actorsOf(actorKeys, await actorNames(db, actorKeys)),
    targets: event.targets as string[],
    actions: actions.map((row) => ({ ...(row.action as EventActionRecord), ordinal: row.ordinal })),
    reports: reports.map((r) => ({
      id: r.id,
      documentId: r.document_id,
      title: r.title,
      origin: r.origin,
      published: r.published,
    })),
  };
}
