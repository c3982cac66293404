// Reprocessing: every stored report read again (its new extraction and fingerprint written in place, under a
// savepoint of its own), then everything fusion derived rebuilt in ingest order, as if the reports had been
// ingested again: band keys and copies, facts, events. Documents and their versions stay as they are.
import { sql } from "kysely";
import { detectCopies, serialiseFingerprint } from "../../../pipeline/fuse/index.ts";
import type { ReportRework, ReprocessSummary, StoredReport } from "../../store.ts";
import { describeDatabaseError, isReportFault } from "../ingest.ts";
import { readReports } from "../queries.ts";
import { toReportRows } from "../report-rows.ts";
import { encodedKeysOf, writeBandKeys } from "./band-keys.ts";
import { candidateIndexFor, loadFingerprints } from "./candidates.ts";
import { FusionFault, inFusion, schemeOf, type Db, type FusionContext } from "./context.ts";
import { recordCopies } from "./copies.ts";
import { addReportToEvents } from "./events.ts";
import { refreshFacts, type FactKey } from "./facts.ts";
import { relistActorDocuments } from "../actor-documents.ts";
import { slices } from "./fuse-report.ts";

const PAGE = 100;

/** JSON with object keys sorted: the stored extraction comes back from jsonb with its keys reordered. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

export type Rework = (report: StoredReport) => ReportRework | Promise<ReportRework>;

/** Writes a report's new reading in place; returns why it could not, or null. */
async function rewrite(db: Db, report: StoredReport, next: ReportRework): Promise<string | null> {
  const result = toReportRows({ ...report, ...next });
  if (!result.ok) return result.reason;
  const { rows } = result;
  await sql`savepoint espial_rework`.execute(db);
  try {
    await sql`update reports set extraction = ${rows.report.extraction}::jsonb where id = ${report.id}`.execute(db);
    await db.deleteFrom("report_mentions").where("report_id", "=", report.id).execute();
    await db.deleteFrom("report_claims").where("report_id", "=", report.id).execute();
    for (const slice of slices(rows.mentions)) await db.insertInto("report_mentions").values(slice).execute();
    for (const slice of slices(rows.claims)) await db.insertInto("report_claims").values(slice).execute();
    const fingerprint = JSON.stringify(
      inFusion("serialising the fingerprint", () => serialiseFingerprint(next.fingerprint)),
    );
    await sql`insert into report_fingerprints (report_id, scheme, fingerprint)
              values (${report.id}, ${schemeOf(next.fingerprint)}, ${fingerprint}::jsonb)
              on conflict (report_id) do update set scheme = excluded.scheme, fingerprint = excluded.fingerprint`.execute(
      db,
    );
    await sql`release savepoint espial_rework`.execute(db);
    return null;
  } catch (error) {
    await sql`rollback to savepoint espial_rework`.execute(db);
    await sql`release savepoint espial_rework`.execute(db);
    if (!isReportFault(error)) throw error;
    return error instanceof FusionFault ? error.message : `the database refused it: ${describeDatabaseError(error)}`;
  }
}

/** Detects copies again for every report in ingest order, each against those before it. */
async function replayCopies(db: Db, ctx: FusionContext, ids: readonly string[]): Promise<void> {
  const scheme = `${ctx.options.shingle}/${ctx.options.permutations}`;
  for (let from = 0; from < ids.length; from += PAGE) {
    for (const report of await loadFingerprints(db, ctx, ids.slice(from, from + PAGE), scheme)) {
      const { index, timings } = await candidateIndexFor(db, ctx, report);
      const detection = inFusion("detecting copies", () =>
        detectCopies({ id: report.id, fingerprint: report.fingerprint, ...report.timing }, index),
      );
      const seq = String(report.timing.ingestedSeq);
      await writeBandKeys(db, { seq }, encodedKeysOf(report.fingerprint, ctx.options));
      await recordCopies(db, ctx, { id: report.id, timing: report.timing, fresh: true, timings }, detection);
    }
  }
}

export async function reprocessStore(db: Db, ctx: FusionContext, rework: Rework): Promise<ReprocessSummary> {
  const ids = (await db.selectFrom("reports").select("id").orderBy("seq").execute()).map((row) => row.id);
  const failed: { id: string; reason: string }[] = [];
  let changed = 0;
  for (let from = 0; from < ids.length; from += PAGE) {
    for (const report of await readReports(db, ids.slice(from, from + PAGE))) {
      let next: ReportRework;
      try {
        next = await rework(report);
      } catch (error) {
        failed.push({ id: report.id, reason: error instanceof Error ? error.message : String(error) });
        continue;
      }
      const refused = await rewrite(db, report, next);
      if (refused !== null) failed.push({ id: report.id, reason: refused });
      else if (canonical(next.extraction) !== canonical(report.extraction)) changed++;
    }
  }
  ctx.fingerprints.clear();
  for (const table of ["report_band_keys", "copied_passages", "report_links", "facts", "events"] as const)
    await db.deleteFrom(table).execute();
  await replayCopies(db, ctx, ids);
  const keys: FactKey[] = await db
    .selectFrom("report_claims as c")
    .innerJoin("documents as d", "d.latest_report_id", "c.report_id")
    .select(["c.subject_kind", "c.subject_key", "c.predicate", "c.object_kind", "c.object_key"])
    .distinct()
    .execute();
  const { after: facts } = await refreshFacts(db, keys);
  await relistActorDocuments(db);
  const latest = (
    await db
      .selectFrom("reports as r")
      .innerJoin("documents as d", "d.latest_report_id", "r.id")
      .select("r.id")
      .orderBy("r.seq")
      .execute()
  ).map((row) => row.id);
  for (let from = 0; from < latest.length; from += PAGE)
    for (const report of await readReports(db, latest.slice(from, from + PAGE)))
      await addReportToEvents(db, report.id, report.extraction);
  const events = await db
    .selectFrom("events")
    .select(sql<number>`count(*)::int`.as("n"))
    .executeTakeFirstOrThrow();
  return { reports: ids.length, changed, failed, facts, events: events.n };
}
