// Removing a document: every version goes, with all that hangs on it (mentions, claims, fingerprints,
// copies either way, its actions in events); the reports that borrowed from it look for their source again
// among the reports left, and every fact it or they supported is recomputed.
import { sql } from "kysely";
import type { RemovedDocument } from "../../records.ts";
import type { Db, FusionContext } from "./context.ts";
import { retractFromEvents } from "./events.ts";
import { factKeysOf, refreshFacts } from "./facts.ts";
import { deleteFingerprints } from "./fingerprints.ts";
import { detectAgain } from "./redetect.ts";

/** The document a document id or a report id names. */
async function documentOf(db: Db, id: string): Promise<{ id: string; latest: string } | null> {
  const row = await db
    .selectFrom("documents as d")
    .select(["d.id", "d.latest_report_id"])
    .where((eb) =>
      eb.or([
        eb("d.id", "=", id),
        eb("d.id", "=", eb.selectFrom("reports").select("document_id").where("reports.id", "=", id)),
      ]),
    )
    .executeTakeFirst();
  return row === undefined ? null : { id: row.id, latest: row.latest_report_id };
}

/** Reports of other documents that copied from or duplicate one of these. */
async function borrowersOf(db: Db, reportIds: readonly string[]): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`
    select copy_report_id as id from copied_passages where source_report_id = any(${reportIds}::text[])
    union
    select copy_report_id as id from report_links where source_report_id = any(${reportIds}::text[])`.execute(db);
  const leaving = new Set(reportIds);
  return rows.map((row) => row.id).filter((id) => !leaving.has(id));
}

/** Removes a document; null when none has this id (as a document or as one of its versions). */
export async function removeDocument(db: Db, ctx: FusionContext, id: string): Promise<RemovedDocument | null> {
  const document = await documentOf(db, id);
  if (document === null) return null;
  const versions = (
    await db.selectFrom("reports").select("id").where("document_id", "=", document.id).orderBy("seq").execute()
  ).map((row) => row.id);
  const borrowers = await borrowersOf(db, versions);
  const keys = await factKeysOf(db, [document.latest, ...borrowers]);
  await retractFromEvents(db, versions);
  await deleteFingerprints(db, ctx, versions);
  await db.deleteFrom("documents").where("id", "=", document.id).execute();
  const changed = await detectAgain(db, ctx, borrowers);
  keys.push(...(await factKeysOf(db, [...changed])));
  const { before, after } = await refreshFacts(db, keys);
  return { documentId: document.id, reports: versions, factsRecomputed: after, factsGone: Math.max(0, before - after) };
}
