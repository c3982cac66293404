// Records what detectCopies found for one report: duplicate links and copied passages, each oriented from
// the copy to its source. A passage of a report has one source, the earliest: a passage recorded against a
// later source is replaced when an earlier one arrives (a report published earlier but ingested later), and
// a new passage is not recorded over an earlier source's.
import { sql } from "kysely";
import {
  compareTiming,
  type CopiedPassage,
  type CopyDetection,
  type ReportTiming,
} from "../../../pipeline/fuse/index.ts";
import type { Db, FusionContext } from "./context.ts";

export interface DetectedReport {
  readonly id: string;
  readonly timing: ReportTiming;
  /** Just written, so nothing of it is recorded yet (false when detecting again for a stored report). */
  readonly fresh: boolean;
  /** The timings of the reports it was compared with. */
  readonly timings: ReadonlyMap<string, ReportTiming>;
}

const passageRow = (p: CopiedPassage) => ({
  copy_report_id: p.copyReportId,
  copy_start: p.copySpan.start,
  copy_end: p.copySpan.end,
  source_report_id: p.sourceReportId,
  source_start: p.sourceSpan.start,
  source_end: p.sourceSpan.end,
  similarity: p.similarity,
  exact: p.exact,
});

/** Writes one passage copied from `source`, unless an earlier source already has that part of the copy. */
async function recordOnOther(db: Db, passage: CopiedPassage, source: ReportTiming): Promise<boolean> {
  const { rows } = await sql<{ copy_start: number; source_report_id: string; published: string | null; seq: string }>`
    select p.copy_start, p.source_report_id, r.published, r.seq::text as seq
    from copied_passages p join reports r on r.id = p.source_report_id
    where p.copy_report_id = ${passage.copyReportId}
      and p.copy_start < ${passage.copySpan.end} and p.copy_end > ${passage.copySpan.start}`.execute(db);
  const kept = rows.some(
    (row) =>
      row.source_report_id === passage.sourceReportId ||
      compareTiming({ published: row.published, ingestedSeq: Number(row.seq) }, source) <= 0,
  );
  if (kept) return false;
  if (rows.length > 0) {
    await db
      .deleteFrom("copied_passages")
      .where("copy_report_id", "=", passage.copyReportId)
      .where(
        "copy_start",
        "in",
        rows.map((row) => row.copy_start),
      )
      .execute();
  }
  await db.insertInto("copied_passages").values(passageRow(passage)).execute();
  return true;
}

/**
 * Records the links and passages of one detection. Returns the reports whose borrowing changed (others that
 * turned out to copy `self`, and `self` when detecting again): their facts need recomputing.
 */
export async function recordCopies(
  db: Db,
  ctx: FusionContext,
  self: DetectedReport,
  detection: CopyDetection,
): Promise<Set<string>> {
  const changed = new Set<string>();
  const links = [...detection.exactDuplicates, ...detection.nearDuplicates].map((m) => ({
    copy_report_id: m.copyReportId,
    source_report_id: m.sourceReportId,
    similarity: m.similarity,
    exact: m.exact,
    duplicate: m.exact || m.similarity >= ctx.options.duplicateJaccard,
  }));
  if (links.length > 0) {
    const written = await db
      .insertInto("report_links")
      .values(links)
      .onConflict((conflict) => conflict.columns(["copy_report_id", "source_report_id"]).doNothing())
      .returning("copy_report_id")
      .execute();
    for (const row of written) if (!self.fresh || row.copy_report_id !== self.id) changed.add(row.copy_report_id);
  }
  const own = detection.copiedPassages.filter((p) => p.copyReportId === self.id);
  if (self.fresh && own.length > 0) await db.insertInto("copied_passages").values(own.map(passageRow)).execute();
  for (const passage of detection.copiedPassages) {
    if (self.fresh && passage.copyReportId === self.id) continue;
    const source = passage.sourceReportId === self.id ? self.timing : self.timings.get(passage.sourceReportId);
    if (source === undefined) continue;
    const written = await recordOnOther(db, passage, source);
    if (written) changed.add(passage.copyReportId);
  }
  return changed;
}
