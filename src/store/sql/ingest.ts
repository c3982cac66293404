// Writes reports: one transaction per chunk of reports, one savepoint per report, so a report that fails —
// in the database or in fusion — leaves nothing behind (its fingerprint, copies and events included) and
// the others of its chunk are kept. The facts are brought up to date once, at the end of the chunk's
// transaction (the stored reports' claims add theirs; the keys of versions they supersede are checked
// again): a refused report's claims are gone by then, so no fact rests on them. Each chunk holds the store's advisory lock: writers take turns, so
// that each fuses against everything committed before it and none overwrites another's facts, and reports
// are fused in the order given. `on conflict do nothing` lets the second writer of a report see the first
// one's row and report it unchanged.
import { sql, type Kysely, type Transaction } from "kysely";
import { EspialError } from "../../core/errors.ts";
import type { IngestOutcome, ReportToStore } from "../store.ts";
import { FusionFault, type FusionContext } from "./fusion/context.ts";
import { insertReportWithDocument } from "./fusion/documents.ts";
import { addFactsOf, factKeysOf, refreshFacts } from "./fusion/facts.ts";
import { forgetFactValues } from "./fusion/fact-values.ts";
import { listActorDocuments } from "./actor-documents.ts";
import { fuseNewReport, type FactChanges } from "./fusion/fuse-report.ts";
import { toReportRows, type ReportRows } from "./report-rows.ts";
import type { StoreDatabase } from "./schema.ts";

/** Reports per transaction: bounds the memory of one transaction and how long its locks are held. */
const CHUNK_SIZE = 100;
/** SQLSTATEs after which a chunk is retried whole: deadlock, serialisation failure. */
const RETRYABLE = new Set(["40P01", "40001"]);
const ATTEMPTS = 3;
/** SQLSTATE classes that blame the report's values: data exception, integrity constraint, program limit. */
const REPORT_FAULTS = new Set(["22", "23", "54"]);

interface Pending {
  readonly index: number;
  readonly report: ReportToStore;
  readonly rows: ReportRows;
}

/** Takes the store's advisory lock until the end of the transaction. */
export async function lockForFusion(trx: Transaction<StoreDatabase>, ctx: FusionContext): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext(${ctx.lockKey}))`.execute(trx);
}

/**
 * Keeps each report or refuses it alone; the outcomes are in the order of `reports`. A failure that is not
 * the report's (the connection, the disk) throws `store-failure`; the chunks committed before it stay, and
 * ingesting the same batch again is safe.
 */
export async function ingestReports(
  db: Kysely<StoreDatabase>,
  ctx: FusionContext,
  reports: readonly ReportToStore[],
): Promise<IngestOutcome[]> {
  const outcomes = new Array<IngestOutcome>(reports.length);
  const pending: Pending[] = [];
  reports.forEach((report, index) => {
    const result = toReportRows(report);
    if (result.ok) pending.push({ index, report, rows: result.rows });
    else outcomes[index] = { status: "failed", reason: result.reason };
  });
  for (let from = 0; from < pending.length; from += CHUNK_SIZE) {
    const chunk = pending.slice(from, from + CHUNK_SIZE);
    let written: IngestOutcome[];
    try {
      written = await writeChunk(db, ctx, chunk);
    } catch (error) {
      ctx.fingerprints.clear();
      throw new EspialError(
        "store-failure",
        `could not ingest reports: ${describeDatabaseError(error)} (${from} of ${pending.length} reports were written before; ingesting again is safe)`,
        { cause: error },
      );
    }
    chunk.forEach((item, i) => {
      const outcome = written[i];
      if (outcome !== undefined) outcomes[item.index] = outcome;
    });
  }
  return outcomes;
}

async function writeChunk(
  db: Kysely<StoreDatabase>,
  ctx: FusionContext,
  chunk: readonly Pending[],
): Promise<IngestOutcome[]> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction().execute(async (trx) => {
        await lockForFusion(trx, ctx);
        const written: IngestOutcome[] = [];
        const added: string[] = [];
        const superseded: string[] = [];
        const borrowing: string[] = [];
        for (const item of chunk) {
          const { outcome, changes } = await writeInSavepoint(trx, ctx, item);
          written.push(outcome);
          added.push(...changes.added);
          superseded.push(...changes.superseded);
          borrowing.push(...changes.borrowing);
        }
        if (superseded.length > 0) await refreshFacts(trx, await factKeysOf(trx, superseded));
        await listActorDocuments(trx, { added, superseded });
        await addFactsOf(trx, added);
        // Reports found to copy these ones count differently now (addFactsOf forgot the new ones' values).
        if (borrowing.length > 0) await forgetFactValues(trx, await factKeysOf(trx, borrowing));
        return written;
      });
    } catch (error) {
      if (attempt < ATTEMPTS && RETRYABLE.has(sqlState(error) ?? "")) continue;
      throw error;
    }
  }
}

const NO_CHANGES: FactChanges = { added: [], superseded: [], borrowing: [] };

/** Writes one report under a savepoint; `changes` say whose claims now count for the facts and whose no longer. */
async function writeInSavepoint(
  trx: Transaction<StoreDatabase>,
  ctx: FusionContext,
  { report, rows }: Pending,
): Promise<{ outcome: IngestOutcome; changes: FactChanges }> {
  const id = rows.report.id;
  await sql`savepoint espial_report`.execute(trx);
  try {
    const inserted = await insertReportWithDocument(trx, rows.report, report.source);
    if (inserted === undefined) {
      await sql`rollback to savepoint espial_report`.execute(trx);
      await sql`release savepoint espial_report`.execute(trx);
      return { outcome: await explainConflict(trx, rows), changes: NO_CHANGES };
    }
    const changes = await fuseNewReport(trx, ctx, {
      id,
      seq: String(inserted.seq),
      source: report.source,
      extraction: report.extraction,
      fingerprint: report.fingerprint,
      mentions: rows.mentions,
      claims: rows.claims,
    });
    await sql`release savepoint espial_report`.execute(trx);
    return { outcome: { status: "stored", id }, changes };
  } catch (error) {
    if (!isReportFault(error)) throw error;
    await sql`rollback to savepoint espial_report`.execute(trx);
    await sql`release savepoint espial_report`.execute(trx);
    const why =
      error instanceof FusionFault ? error.message : `the database refused it: ${describeDatabaseError(error)}`;
    return { outcome: { status: "failed", reason: why }, changes: NO_CHANGES };
  }
}

/** Nothing was inserted: the same content is already there, or (rarely) another content has this id. */
async function explainConflict(trx: Transaction<StoreDatabase>, rows: ReportRows): Promise<IngestOutcome> {
  const { id, content_hash: contentHash } = rows.report;
  const existing = await trx
    .selectFrom("reports")
    .select("content_hash")
    .where((eb) => eb.or([eb("content_hash", "=", contentHash), eb("id", "=", id)]))
    .execute();
  if (existing.some((row) => row.content_hash === contentHash)) return { status: "unchanged", id };
  return {
    status: "failed",
    reason: `report id ${id} already belongs to another content hash (${existing[0]?.content_hash ?? "unknown"}); the two hashes share their first 16 hex digits`,
  };
}

/** Whether a failure is the report's own (its values, or fusion's code on it) rather than the database's. */
export function isReportFault(error: unknown): boolean {
  if (error instanceof FusionFault) return true;
  const state = sqlState(error);
  return state !== undefined && REPORT_FAULTS.has(state.slice(0, 2));
}

function sqlState(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("code" in error)) return undefined;
  return typeof error.code === "string" && /^[0-9A-DF-Z][0-9A-Z]{4}$/.test(error.code) ? error.code : undefined;
}

/** A database error in one line: its message, the constraint or column when PostgreSQL names one, its SQLSTATE. */
export function describeDatabaseError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const fields = error as Error & { constraint?: unknown; column?: unknown; table?: unknown };
  const parts = [error.message];
  if (typeof fields.constraint === "string" && fields.constraint !== "") parts.push(`constraint ${fields.constraint}`);
  else if (typeof fields.column === "string" && fields.column !== "") {
    parts.push(`column ${String(fields.table)}.${fields.column}`);
  }
  const code = sqlState(error);
  if (code !== undefined) parts.push(`SQLSTATE ${code}`);
  return parts.join("; ");
}
