// Writes the whole store as backup lines (see format.ts) from one repeatable-read, read-only transaction:
// a consistent snapshot while ingest goes on. Rows are fetched through a cursor, a batch at a time, so
// memory stays bounded whatever the size of the store.
import { sql, type Kysely } from "kysely";
import type { ArchiveSummary } from "../../archive.ts";
import { BACKUP_FORMAT, createLineHash, formatControl } from "./format.ts";
import { listArchiveTables, listMigrations, type ArchiveTable } from "./tables.ts";

/** Rows fetched from the cursor at once. */
const FETCH = 500;

export async function backupStore(
  db: Kysely<unknown>,
  schema: string,
  write: (line: string) => Promise<void> | void,
): Promise<ArchiveSummary> {
  return db
    .transaction()
    .setIsolationLevel("repeatable read")
    .setAccessMode("read only")
    .execute(async (trx) => {
      const hash = createLineHash();
      const emit = async (line: string) => {
        hash.add(line);
        await write(line);
      };
      const migrations = await listMigrations(trx, schema);
      const created = new Date().toISOString();
      await emit(formatControl({ "@": "espial-backup", format: BACKUP_FORMAT, created, schema, migrations }));
      const tables: { name: string; rows: number }[] = [];
      for (const table of await listArchiveTables(trx, schema)) {
        await emit(formatControl({ "@": "table", name: table.name, columns: [...table.columns] }));
        const rows = await writeRows(trx, schema, table, emit);
        await emit(formatControl({ "@": "end", name: table.name, rows }));
        tables.push({ name: table.name, rows });
      }
      const total = tables.reduce((sum, t) => sum + t.rows, 0);
      await write(formatControl({ "@": "trailer", tables: tables.length, rows: total, sha256: hash.hex() }));
      return { migrations, tables, rows: total };
    });
}

async function writeRows(
  trx: Kysely<unknown>,
  schema: string,
  table: ArchiveTable,
  emit: (line: string) => Promise<void>,
): Promise<number> {
  const columns = sql.join(table.columns.map((c) => sql.id(c)));
  const order = table.primaryKey.length > 0 ? sql`order by ${sql.join(table.primaryKey.map((c) => sql.id(c)))}` : sql``;
  await sql`declare espial_backup no scroll cursor for
    select row_to_json(t)::text as line from (select ${columns} from ${sql.id(schema, table.name)} ${order}) t`.execute(
    trx,
  );
  let rows = 0;
  for (;;) {
    const batch = await sql<{ line: string }>`fetch forward ${sql.lit(FETCH)} from espial_backup`.execute(trx);
    for (const row of batch.rows) await emit(row.line);
    rows += batch.rows.length;
    if (batch.rows.length < FETCH) break;
  }
  await sql`close espial_backup`.execute(trx);
  return rows;
}
