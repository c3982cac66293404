// An actor's reports as its page shows them, bounded however many there are: how many documents name it
// (their latest versions), every name they give it, its first report, and one page of them newest first,
// each with the names it uses and where. An actor analysts merged others into is read with theirs. Also the
// arsenal findings of a few reports, which an arsenal fact's object does not carry.
import { sql } from "kysely";
import type { ArsenalFindings } from "../../core/index.ts";
import type { ActorReport, ActorReportsPage } from "../store.ts";
import type { Db } from "./fusion/context.ts";
import { groupOf, loadMerges } from "./review/fusion.ts";

/** The names an actor's page lists are those of its newest documents, this many at most. */
export const NAMES_FROM_REPORTS = 2000;

interface ReportRow {
  id: string;
  title: string | null;
  origin: string;
  published: string | null;
}

/** The actor keys read as this one: the actor it is read as, and every actor merged into that one. */
export const groupKeys = async (db: Db, key: string): Promise<readonly string[]> => groupOf(await loadMerges(db), key);

/** The names each of these reports gives the actor, and where (coreferences left out), in text order. */
async function mentionsIn(db: Db, keys: readonly string[], rows: readonly ReportRow[]): Promise<ActorReport[]> {
  if (rows.length === 0) return [];
  const { rows: spans } = await sql<{ report_id: string; surface: string; start_offset: number; end_offset: number }>`
    select report_id, surface, start_offset, end_offset from report_mentions
    where entity_kind = 'actor' and entity_key = any(${keys}::text[]) and via <> 'coreference'
      and report_id = any(${rows.map((r) => r.id)}::text[])
    order by report_id, start_offset`.execute(db);
  const byReport = new Map<string, typeof spans>();
  for (const s of spans) {
    const list = byReport.get(s.report_id);
    if (list) list.push(s);
    else byReport.set(s.report_id, [s]);
  }
  return rows.map((r) => {
    const found = byReport.get(r.id) ?? [];
    return {
      ...r,
      mentions: [...new Set(found.map((s) => s.surface))],
      spans: found.map((s) => ({ start: s.start_offset, end: s.end_offset, surface: s.surface })),
    };
  });
}

/**
 * One page of the documents naming the actor, newest first (undated last), with the totals above it: read
 * from actor_documents (see actor-documents.ts), whose index is in the page's order.
 */
export async function actorReports(
  db: Db,
  key: string,
  page: { readonly limit: number; readonly offset: number },
): Promise<ActorReportsPage> {
  const keys = await groupKeys(db, key);
  const listed = sql`actor_documents a join reports r on r.id = a.report_id`;
  // One key reads the index in the page's order (`= any` would not).
  const ofActor = keys.length === 1 ? sql`a.actor_key = ${keys[0]}` : sql`a.actor_key = any(${keys}::text[])`;
  // A report naming two actors merged into one is listed once.
  const [total, names, newest, oldest] = await Promise.all([
    // One row per actor and report: for one key a plain count, read from the index alone.
    keys.length === 1
      ? sql<{ n: number }>`select count(*)::int as n from actor_documents a where ${ofActor}`.execute(db)
      : sql<{
          n: number;
        }>`select count(distinct a.report_id)::int as n from actor_documents a where ${ofActor}`.execute(db),
    // The names of its newest NAMES_FROM_REPORTS documents: bounded however many there are.
    sql<{ surface: string }>`
      select s.surface from (
        select a.surfaces from actor_documents a where ${ofActor}
        order by a.published desc nulls last, a.seq desc limit ${NAMES_FROM_REPORTS}
      ) as newest cross join unnest(newest.surfaces) as s(surface)
      group by s.surface order by count(*) desc, s.surface collate "C"`.execute(db),
    sql<ReportRow>`
      select distinct on (a.published, a.seq) r.id, r.title, r.origin, r.published from ${listed}
      where ${ofActor} order by a.published desc nulls last, a.seq desc
      limit ${page.limit} offset ${page.offset}`.execute(db),
    // The earliest dated, else the first undated: each branch reads the index from one end ("nulls first"
    // only matches the index read backwards; there are no nulls in the first branch).
    sql<ReportRow>`
      select id, title, origin, published from (
        (select 0 as rank, r.id, r.title, r.origin, r.published from ${listed}
         where ${ofActor} and a.published is not null order by a.published asc nulls first, a.seq asc limit 1)
        union all
        (select 1 as rank, r.id, r.title, r.origin, r.published from ${listed}
         where ${ofActor} and a.published is null order by a.seq asc limit 1)
      ) as firsts order by rank limit 1`.execute(db),
  ]);
  const [reports, first] = await Promise.all([mentionsIn(db, keys, newest.rows), mentionsIn(db, keys, oldest.rows)]);
  return {
    total: total.rows[0]?.n ?? 0,
    names: names.rows.map((r) => r.surface),
    first: first[0] ?? null,
    reports,
  };
}

/** The arsenal findings of these reports, by report id (a report without any is left out). */
export async function reportArsenals(db: Db, ids: readonly string[]): Promise<Map<string, ArsenalFindings>> {
  if (ids.length === 0) return new Map();
  const { rows } = await sql<{ id: string; arsenal: ArsenalFindings | null }>`
    select id, extraction -> 'arsenal' as arsenal from reports where id = any(${[...new Set(ids)]}::text[])`.execute(
    db,
  );
  return new Map(rows.flatMap((r) => (r.arsenal ? [[r.id, r.arsenal] as const] : [])));
}
