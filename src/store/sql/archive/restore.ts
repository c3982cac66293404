// Loads a backup (see format.ts) in one transaction, holding the store's write lock: the header's migrations
// must be the store's, the store must be empty (or `replace` empties it first), every table's rows must
// count and fit, and the trailer's checksum must match the lines read. Any failure — a corrupt or truncated
// file, a row the database refuses — throws before commit, so the store is left exactly as it was.
import { sql, type Kysely, type Transaction } from "kysely";
import { EspialError } from "../../../core/errors.ts";
import type { ArchiveSummary, RestoreOptions } from "../../archive.ts";
import { describeDatabaseError } from "../ingest.ts";
import { createLineHash, parseBackupLine, type BackupControl, type BackupHeader } from "./format.ts";
import { listArchiveTables, listMigrations, type ArchiveTable } from "./tables.ts";

/** Rows (or bytes of JSON) sent to the database per statement: bounds the memory a restore holds. */
const BATCH_ROWS = 500;
const BATCH_BYTES = 4 * 1024 * 1024;

export interface RestoreTarget {
  readonly db: Kysely<unknown>;
  readonly schema: string;
  /** Takes the store's write lock for the transaction, so no ingest runs during the restore. */
  readonly lock: (trx: Transaction<unknown>) => Promise<void>;
}

/** Why a backup cannot be restored: the one clear error a user sees, with nothing written. */
function corrupt(what: string, line: number): EspialError {
  return new EspialError("malformed", `not a complete Espial backup: ${what} (line ${line}); nothing was restored`);
}

export async function restoreStore(
  target: RestoreTarget,
  lines: AsyncIterable<string>,
  options: RestoreOptions,
): Promise<ArchiveSummary> {
  const reader = readLines(lines);
  const first = await reader.next();
  if (first === null || first.parsed.kind !== "control" || first.parsed.control["@"] !== "espial-backup") {
    throw new EspialError("malformed", "not an Espial backup: the file does not start with an Espial backup header");
  }
  const header = first.parsed.control;
  return target.db.transaction().execute(async (trx) => {
    await target.lock(trx);
    const tables = await prepareTarget(trx, target.schema, header, options);
    const summary = await loadTables(trx, target.schema, tables, reader);
    await moveIdentities(trx, target.schema, tables);
    await setUserTriggers(trx, target.schema, [...tables.values()], "enable");
    return { migrations: header.migrations, ...summary };
  });
}

/** Checks the migrations and that the store is empty (emptying it when told to); the tables by name. */
async function prepareTarget(
  trx: Transaction<unknown>,
  schema: string,
  header: BackupHeader,
  options: RestoreOptions,
): Promise<Map<string, ArchiveTable>> {
  const migrations = await listMigrations(trx, schema);
  if (migrations.join("\n") !== header.migrations.join("\n")) {
    const last = (list: readonly string[]) => list[list.length - 1] ?? "none";
    throw new EspialError(
      "unsupported",
      `the backup was made at migration ${last(header.migrations)} (${header.migrations.length} migrations) but this store is at ${last(migrations)} (${migrations.length}); restore it with the Espial version that made it, or upgrade that one first; nothing was restored`,
    );
  }
  const tables = await listArchiveTables(trx, schema);
  const content = tables.filter((t) => !t.singleton);
  const { rows } = await sql<{ name: string }>`${sql.join(
    content.map((t) => sql`select ${t.name}::text as name where exists (select 1 from ${sql.id(schema, t.name)})`),
    sql` union all `,
  )}`.execute(trx);
  if (rows.length > 0 && !options.replace) {
    throw new EspialError(
      "conflict",
      `the store is not empty (${rows.map((r) => r.name).join(", ")} hold rows); restore into an empty store, or replace everything in it with --force; nothing was restored`,
    );
  }
  // Also empties the one-row state tables a migration seeded: the backup brings their rows.
  await sql`truncate ${sql.join(tables.map((t) => sql.id(schema, t.name)))} restart identity cascade`.execute(trx);
  // The store's own triggers (counters, derived rows) would rewrite what the backup restores exactly.
  await setUserTriggers(trx, schema, tables, "disable");
  return new Map(tables.map((t) => [t.name, t]));
}

interface Reader {
  next(): Promise<{ parsed: ReturnType<typeof parseBackupLine>; number: number } | null>;
  readonly hash: ReturnType<typeof createLineHash>;
}

/** Reads and parses lines, hashing each before the trailer; a failure to read or parse says which line. */
function readLines(lines: AsyncIterable<string>): Reader {
  const iterator = lines[Symbol.asyncIterator]();
  const hash = createLineHash();
  let number = 0;
  return {
    hash,
    async next() {
      let result: IteratorResult<string>;
      try {
        result = await iterator.next();
      } catch (error) {
        throw corrupt(`the file cannot be read: ${(error as Error).message}`, number + 1);
      }
      if (result.done === true) return null;
      number++;
      let parsed: ReturnType<typeof parseBackupLine>;
      try {
        parsed = parseBackupLine(result.value);
      } catch (error) {
        throw corrupt((error as Error).message, number);
      }
      if (parsed.kind === "row" || parsed.control["@"] !== "trailer") hash.add(result.value);
      return { parsed, number };
    },
  };
}

async function loadTables(
  trx: Transaction<unknown>,
  schema: string,
  tables: ReadonlyMap<string, ArchiveTable>,
  reader: Reader,
): Promise<Omit<ArchiveSummary, "migrations">> {
  const loaded: { name: string; rows: number }[] = [];
  for (;;) {
    const line = await reader.next();
    if (line === null) throw corrupt("it ends before its trailer (truncated?)", Number.NaN);
    if (line.parsed.kind === "row") throw corrupt("a row outside any table", line.number);
    const control: BackupControl = line.parsed.control;
    if (control["@"] === "trailer") {
      const rows = loaded.reduce((sum, t) => sum + t.rows, 0);
      if (control.sha256 !== reader.hash.hex()) throw corrupt("its checksum does not match its lines", line.number);
      if (control.tables !== loaded.length || control.rows !== rows) {
        throw corrupt(
          `its trailer counts ${control.tables} tables and ${control.rows} rows, the file holds ${loaded.length} and ${rows}`,
          line.number,
        );
      }
      if ((await reader.next()) !== null) throw corrupt("lines after its trailer", line.number + 1);
      return { tables: loaded, rows };
    }
    if (control["@"] !== "table") throw corrupt(`an unexpected ${control["@"]} line`, line.number);
    const table = tables.get(control.name);
    if (table === undefined) throw corrupt(`table ${control.name} is not in this store`, line.number);
    if ([...control.columns].sort().join() !== [...table.columns].sort().join()) {
      throw corrupt(
        `table ${control.name} has columns ${control.columns.join(", ")}, the store ${table.columns.join(", ")}`,
        line.number,
      );
    }
    loaded.push({ name: table.name, rows: await loadRows(trx, schema, table, reader) });
  }
}

/** Loads one table's rows up to its end line; returns how many. */
async function loadRows(
  trx: Transaction<unknown>,
  schema: string,
  table: ArchiveTable,
  reader: Reader,
): Promise<number> {
  let batch: string[] = [];
  let bytes = 0;
  let rows = 0;
  const flush = async (at: number) => {
    if (batch.length === 0) return;
    await insertRows(trx, schema, table, batch, at);
    rows += batch.length;
    batch = [];
    bytes = 0;
  };
  for (;;) {
    const line = await reader.next();
    if (line === null) throw corrupt(`it ends inside table ${table.name} (truncated?)`, Number.NaN);
    if (line.parsed.kind === "row") {
      batch.push(line.parsed.json);
      bytes += line.parsed.json.length;
      if (batch.length >= BATCH_ROWS || bytes >= BATCH_BYTES) await flush(line.number);
      continue;
    }
    const control = line.parsed.control;
    if (control["@"] !== "end" || control.name !== table.name) {
      throw corrupt(`table ${table.name} is not closed before the next section`, line.number);
    }
    await flush(line.number);
    if (control.rows !== rows)
      throw corrupt(`table ${table.name} counts ${control.rows} rows but holds ${rows}`, line.number);
    return rows;
  }
}

async function insertRows(
  trx: Transaction<unknown>,
  schema: string,
  table: ArchiveTable,
  rows: readonly string[],
  at: number,
): Promise<void> {
  const name = sql.id(schema, table.name);
  const columns = sql.join(table.columns.map((c) => sql.id(c)));
  const overriding = table.identity.length > 0 ? sql`overriding system value` : sql``;
  try {
    await sql`insert into ${name} (${columns}) ${overriding}
      select ${columns} from json_populate_recordset(null::${name}, ${`[${rows.join(",")}]`}::json)`.execute(trx);
  } catch (error) {
    if (!isDataFault(error)) throw error;
    throw new EspialError(
      "malformed",
      `not a restorable Espial backup: the database refused rows of table ${table.name} before line ${at}: ${describeDatabaseError(error)}; nothing was restored`,
      { cause: error },
    );
  }
}

/** Whether the database refused the rows' values (a data exception or a broken constraint), not itself. */
function isDataFault(error: unknown): boolean {
  const code = typeof error === "object" && error !== null && "code" in error ? error.code : undefined;
  return typeof code === "string" && /^(22|23)/.test(code);
}

/** Disables or enables the user triggers of every table; inside the transaction, so a rollback undoes it. */
async function setUserTriggers(
  trx: Transaction<unknown>,
  schema: string,
  tables: readonly ArchiveTable[],
  how: "enable" | "disable",
): Promise<void> {
  for (const table of tables) {
    await sql`alter table ${sql.id(schema, table.name)} ${sql.raw(how)} trigger user`.execute(trx);
  }
}

/** Moves identity sequences past the restored values, so the next insert does not collide. */
async function moveIdentities(
  trx: Transaction<unknown>,
  schema: string,
  tables: ReadonlyMap<string, ArchiveTable>,
): Promise<void> {
  for (const table of tables.values()) {
    for (const column of table.identity) {
      const qualified = `"${schema}"."${table.name}"`;
      await sql`select setval(pg_get_serial_sequence(${qualified}, ${column}),
        coalesce((select max(${sql.id(column)}) from ${sql.id(schema, table.name)}), 0) + 1, false)`.execute(trx);
    }
  }
}
