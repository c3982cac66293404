// Documents and their versions. A new report is a new version of a stored document when it has the
// document's canonical URL, or when it is a duplicate or near duplicate of one of its versions with the same
// title from the same outlet (an article republished with "Update:" lines). The latest version — latest
// published, then latest ingested — is the one fusion reads; the others are kept and listed.
import { sql, type Insertable } from "kysely";
import type { ReportSource } from "../../../core/index.ts";
import { compareTiming, type CopyDetection, type ReportTiming } from "../../../pipeline/fuse/index.ts";
import { canonicalUrl, samePublication } from "./canonical-url.ts";
import type { ReportsTable } from "../schema.ts";
import type { Db } from "./context.ts";

export interface Placement {
  readonly documentId: string;
  /** Whether the new report is now its document's latest version. */
  readonly latest: boolean;
  /** The version it replaced as latest, if any: fusion must stop reading that one. */
  readonly superseded: string | null;
}

/**
 * Writes a new report's row, and first (in the same statement) the document row it starts as, which the
 * report row points at. The document is not written when the report is already stored (its id is a
 * document's, or it is some document's latest version); the report's insert then finds its row there and
 * returns nothing.
 */
export async function insertReportWithDocument(
  db: Db,
  row: Insertable<ReportsTable>,
  source: ReportSource,
): Promise<{ id: string; seq: string | number | bigint } | undefined> {
  return db
    .with("own_document", (w) =>
      w
        .insertInto("documents")
        .values({ id: row.id, canonical_url: canonicalUrl(source.url), latest_report_id: row.id })
        .onConflict((conflict) => conflict.doNothing()),
    )
    .insertInto("reports")
    .values(row)
    .onConflict((conflict) => conflict.doNothing())
    .returning(["id", "seq"])
    .executeTakeFirst();
}

async function documentByUrl(db: Db, reportId: string, url: string | null): Promise<string | null> {
  const canonical = canonicalUrl(url);
  if (canonical === null) return null;
  const row = await db
    .selectFrom("documents")
    .select("id")
    .where("canonical_url", "=", canonical)
    .where("id", "<>", reportId)
    .orderBy("created_at")
    .orderBy("id")
    .executeTakeFirst();
  return row?.id ?? null;
}

async function documentBySimilarity(db: Db, source: ReportSource, detection: CopyDetection): Promise<string | null> {
  const similar = [...detection.exactDuplicates, ...detection.nearDuplicates];
  if (similar.length === 0) return null;
  const rows = await db
    .selectFrom("reports")
    .select(["id", "document_id", "title", "outlet"])
    .where(
      "id",
      "in",
      similar.map((m) => m.reportId),
    )
    .execute();
  const byId = new Map(rows.map((row) => [row.id, row]));
  for (const match of similar) {
    const row = byId.get(match.reportId);
    if (row && samePublication(source, row)) return row.document_id;
  }
  return null;
}

/** The latest version of a document: latest published, then latest ingested. */
export async function latestVersionOf(db: Db, documentId: string): Promise<string | null> {
  const rows = await db
    .selectFrom("reports")
    .select(["id", "published", "seq"])
    .where("document_id", "=", documentId)
    .execute();
  const timed = rows.map((row) => ({ id: row.id, timing: { published: row.published, ingestedSeq: Number(row.seq) } }));
  const latest = timed.reduce<{ id: string; timing: ReportTiming } | null>(
    (best, r) => (best === null || compareTiming(r.timing, best.timing) > 0 ? r : best),
    null,
  );
  return latest?.id ?? null;
}

/** Decides which document a newly inserted report versions, and moves it there if it is not its own. */
export async function placeInDocument(
  db: Db,
  report: { readonly id: string; readonly source: ReportSource },
  detection: CopyDetection,
): Promise<Placement> {
  const documentId =
    (await documentByUrl(db, report.id, report.source.url)) ??
    (await documentBySimilarity(db, report.source, detection));
  if (documentId === null) return { documentId: report.id, latest: true, superseded: null };
  await db.updateTable("reports").set({ document_id: documentId }).where("id", "=", report.id).execute();
  await db.deleteFrom("documents").where("id", "=", report.id).execute();
  const before = await db
    .selectFrom("documents")
    .select("latest_report_id")
    .where("id", "=", documentId)
    .executeTakeFirstOrThrow();
  const latest = (await latestVersionOf(db, documentId)) ?? report.id;
  await sql`update documents set latest_report_id = ${latest},
            canonical_url = coalesce(canonical_url, ${canonicalUrl(report.source.url)})
            where id = ${documentId}`.execute(db);
  const isLatest = latest === report.id;
  return { documentId, latest: isLatest, superseded: isLatest ? before.latest_report_id : null };
}
