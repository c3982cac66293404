// Writes reports: one transaction per chunk of reports, one savepoint per report, so a report that fails
// leaves nothing behind and the others of its chunk are kept. Reports are written in content-hash order so
// that two writers of overlapping batches take their row locks in the same order and cannot deadlock;
// `on conflict do nothing` lets the second writer of a report see the first one's row and report it unchanged.
import { sql, type Kysely, type Transaction } from "kysely";
import { EspialError } from "../../core/errors.ts";
import type { IngestOutcome, ReportToStore } from "../store.ts";
import { toReportRows, type ReportRows } from "./report-rows.ts";
import type { StoreDatabase } from "./schema.ts";

/** Reports per transaction: bounds the memory of one transaction and how long its locks are held. */
const CHUNK_SIZE = 100;
/** Rows per INSERT statement: PostgreSQL takes at most 65,535 parameters in one statement. */
const ROWS_PER_INSERT = 1000;
/** SQLSTATEs after which a chunk is retried whole: deadlock, serialisation failure. */
const RETRYABLE = new Set(["40P01", "40001"]);
const ATTEMPTS = 3;
/** SQLSTATE classes that blame the report's values: data exception, integrity constraint, program limit. */
const REPORT_FAULTS = new Set(["22", "23", "54"]);

interface Pending {
  readonly index: number;
  readonly rows: ReportRows;
}

/**
 * Keeps each report or refuses it alone; the outcomes are in the order of `reports`. A failure that is not
 * the report's (the connection, the disk) throws `store-failure`; the chunks committed before it stay, and
 * ingesting the same batch again is safe.
 */
export async function ingestReports(
  db: Kysely<StoreDatabase>,
  reports: readonly ReportToStore[],
): Promise<IngestOutcome[]> {
  const outcomes = new Array<IngestOutcome>(reports.length);
  const pending: Pending[] = [];
  reports.forEach((report, index) => {
    const result = toReportRows(report);
    if (result.ok) pending.push({ index, rows: result.rows });
    else outcomes[index] = { status: "failed", reason: result.reason };
  });
  pending.sort((a, b) => compare(a.rows.report.content_hash, b.rows.report.content_hash));
  for (let from = 0; from < pending.length; from += CHUNK_SIZE) {
    const chunk = pending.slice(from, from + CHUNK_SIZE);
    let written: IngestOutcome[];
    try {
      written = await writeChunk(db, chunk);
    } catch (error) {
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

async function writeChunk(db: Kysely<StoreDatabase>, chunk: readonly Pending[]): Promise<IngestOutcome[]> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction().execute(async (trx) => {
        const written: IngestOutcome[] = [];
        for (const item of chunk) written.push(await writeInSavepoint(trx, item.rows));
        return written;
      });
    } catch (error) {
      if (attempt < ATTEMPTS && RETRYABLE.has(sqlState(error) ?? "")) continue;
      throw error;
    }
  }
}

async function writeInSavepoint(trx: Transaction<StoreDatabase>, rows: ReportRows): Promise<IngestOutcome> {
  const id = rows.report.id;
  await sql`savepoint espial_report`.execute(trx);
  try {
    const inserted = await trx
      .insertInto("reports")
      .values(rows.report)
      .onConflict((conflict) => conflict.doNothing())
      .returning("id")
      .executeTakeFirst();
    let outcome: IngestOutcome;
    if (inserted === undefined) {
      outcome = await explainConflict(trx, rows);
    } else {
      for (const slice of slices(rows.mentions)) await trx.insertInto("report_mentions").values(slice).execute();
      for (const slice of slices(rows.claims)) await trx.insertInto("report_claims").values(slice).execute();
      outcome = { status: "stored", id };
    }
    await sql`release savepoint espial_report`.execute(trx);
    return outcome;
  } catch (error) {
    if (!isReportFault(error)) throw error;
    await sql`rollback to savepoint espial_report`.execute(trx);
    await sql`release savepoint espial_report`.execute(trx);
    return { status: "failed", reason: `the database refused it: ${describeDatabaseError(error)}` };
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

function isReportFault(error: unknown): boolean {
  const state = sqlState(error);
  return state !== undefined && REPORT_FAULTS.has(state.slice(0, 2));
}

function* slices<T>(rows: readonly T[]): Generator<T[]> {
  for (let from = 0; from < rows.length; from += ROWS_PER_INSERT) yield rows.slice(from, from + ROWS_PER_INSERT);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
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
