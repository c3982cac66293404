// The store's tables as the database describes them (so tables that later migrations add are backed up
// without a change here): their columns that can be written, their primary key, their identity columns,
// in an order where every table comes after the tables its foreign keys point to.
import { sql, type Kysely } from "kysely";
import { EspialError } from "../../../core/errors.ts";

export interface ArchiveTable {
  readonly name: string;
  /** Columns in table order, without generated ones (the database computes those again). */
  readonly columns: readonly string[];
  readonly primaryKey: readonly string[];
  /** Columns generated as identity: restored with OVERRIDING SYSTEM VALUE and their sequences moved on. */
  readonly identity: readonly string[];
  /**
   * A one-row table of the store's own state (its key is one boolean column, `one boolean primary key
   * check (one)`), seeded by its migration: a store whose only rows are there is still empty.
   */
  readonly singleton: boolean;
}

/** The store's tables in `schema`, parents before children. */
export async function listArchiveTables(db: Kysely<unknown>, schema: string): Promise<ArchiveTable[]> {
  const { rows: columns } = await sql<{
    table: string;
    column: string;
    identity: boolean;
    key: boolean;
    boolean: boolean;
  }>`
    select c.relname as table, a.attname as column, a.attidentity <> '' as identity,
      coalesce(a.attnum = any (i.indkey), false) as key,
      a.atttypid = 'bool'::regtype as boolean
    from pg_class c
      join pg_namespace n on n.oid = c.relnamespace
      join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
      left join pg_index i on i.indrelid = c.oid and i.indisprimary
    where n.nspname = ${schema} and c.relkind in ('r', 'p') and not c.relispartition
      and a.attgenerated = '' and c.relname not like 'kysely\\_migration%'
    order by c.relname, a.attnum`.execute(db); // Kysely's own tables: the header carries the migrations
  const { rows: references } = await sql<{ child: string; parent: string }>`
    select distinct c.relname as child, p.relname as parent
    from pg_constraint k
      join pg_class c on c.oid = k.conrelid
      join pg_class p on p.oid = k.confrelid
      join pg_namespace n on n.oid = c.relnamespace
    where k.contype = 'f' and n.nspname = ${schema} and c.oid <> p.oid`.execute(db);
  const tables = new Map<
    string,
    { columns: string[]; primaryKey: string[]; identity: string[]; booleanKey: boolean }
  >();
  for (const row of columns) {
    const table = tables.get(row.table) ?? { columns: [], primaryKey: [], identity: [], booleanKey: false };
    tables.set(row.table, table);
    table.columns.push(row.column);
    if (row.key) table.primaryKey.push(row.column);
    if (row.key && row.boolean) table.booleanKey = true;
    if (row.identity) table.identity.push(row.column);
  }
  const parents = new Map<string, Set<string>>();
  for (const { child, parent } of references) {
    if (tables.has(parent)) parents.set(child, (parents.get(child) ?? new Set()).add(parent));
  }
  return orderByDependency([...tables.keys()], parents).map((name) => {
    const {
      columns: names,
      primaryKey,
      identity,
      booleanKey,
    } = tables.get(name) ?? {
      columns: [],
      primaryKey: [],
      identity: [],
      booleanKey: false,
    };
    return { name, columns: names, primaryKey, identity, singleton: booleanKey && primaryKey.length === 1 };
  });
}

/** Names sorted so that each comes after its parents (alphabetically among equals, for stable backups). */
function orderByDependency(names: readonly string[], parents: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  const ordered: string[] = [];
  const done = new Set<string>();
  const remaining = new Set(names);
  while (remaining.size > 0) {
    const ready = [...remaining].filter((name) => [...(parents.get(name) ?? [])].every((p) => done.has(p))).sort();
    if (ready.length === 0) {
      throw new EspialError(
        "internal",
        `the store's tables reference each other in a cycle (${[...remaining].sort().join(", ")}); they cannot be backed up in order`,
      );
    }
    for (const name of ready) {
      ordered.push(name);
      done.add(name);
      remaining.delete(name);
    }
  }
  return ordered;
}

/** The migrations applied to the store in `schema`, oldest first. */
export async function listMigrations(db: Kysely<unknown>, schema: string): Promise<string[]> {
  const { rows } = await sql<{
    name: string;
  }>`select name from ${sql.id(schema, "kysely_migration")} order by name`.execute(db);
  return rows.map((row) => row.name);
}
