// What fusion holds stored reports to have borrowed: their copied passages and the report they duplicate,
// with every source read as the latest version of its document (an older version no longer speaks for it),
// and nothing borrowed between versions of one document.
import { sql } from "kysely";
import { compareTiming } from "../../../pipeline/fuse/index.ts";
import type { CopyLineage } from "../../records.ts";
import type { Db } from "./context.ts";

const NONE: CopyLineage = Object.freeze({ passages: Object.freeze([]), duplicateOf: null });

/** The lineage of each of these reports (reports that borrowed nothing map to an empty lineage). */
export async function lineageOf(db: Db, reportIds: readonly string[]): Promise<Map<string, CopyLineage>> {
  const out = new Map<string, CopyLineage>();
  if (reportIds.length === 0) return out;
  const ids = [...new Set(reportIds)];
  const passages = await sql<{ copy_report_id: string; copy_start: number; copy_end: number; source: string }>`
    select p.copy_report_id, p.copy_start, p.copy_end, d.latest_report_id as source
    from copied_passages p
    join reports c on c.id = p.copy_report_id
    join reports s on s.id = p.source_report_id
    join documents d on d.id = s.document_id
    where p.copy_report_id = any(${ids}::text[]) and s.document_id <> c.document_id
    order by p.copy_report_id, p.copy_start`.execute(db);
  const duplicates = await sql<{ copy_report_id: string; source: string; published: string | null; seq: string }>`
    select l.copy_report_id, d.latest_report_id as source, s.published, s.seq::text as seq
    from report_links l
    join reports c on c.id = l.copy_report_id
    join reports s on s.id = l.source_report_id
    join documents d on d.id = s.document_id
    where l.copy_report_id = any(${ids}::text[]) and l.duplicate and s.document_id <> c.document_id`.execute(db);
  const spans = new Map<string, { span: { start: number; end: number }; sourceReportId: string }[]>();
  for (const row of passages.rows) {
    const list = spans.get(row.copy_report_id) ?? [];
    list.push({ span: { start: row.copy_start, end: row.copy_end }, sourceReportId: row.source });
    spans.set(row.copy_report_id, list);
  }
  const earliest = new Map<string, (typeof duplicates.rows)[number]>();
  const timing = (row: (typeof duplicates.rows)[number]) => ({
    published: row.published,
    ingestedSeq: Number(row.seq),
  });
  for (const row of duplicates.rows) {
    const seen = earliest.get(row.copy_report_id);
    if (!seen || compareTiming(timing(row), timing(seen)) < 0) earliest.set(row.copy_report_id, row);
  }
  for (const id of ids) {
    const passagesOf = spans.get(id);
    const duplicateOf = earliest.get(id)?.source ?? null;
    out.set(id, passagesOf || duplicateOf ? { passages: passagesOf ?? [], duplicateOf } : NONE);
  }
  return out;
}
