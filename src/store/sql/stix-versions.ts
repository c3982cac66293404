// STIX versions, imported STIX objects and TAXII status resources in SQL (PGlite and PostgreSQL alike).
// date_added is given by the database under a lock, strictly increasing within a collection (one microsecond
// apart at least), so paging by it never skips or repeats a version.
import { sql, type Kysely, type RawBuilder, type Sql } from "kysely";
import type {
  NewStixVersion,
  StixJson,
  StixPublication,
  StixPublishState,
  StixVersionCollection,
  StixVersionPage,
  StixVersionQuery,
  StixVersionRecord,
} from "../stix-versions.ts";
import type { StoreDatabase } from "./schema.ts";

type Db = Kysely<StoreDatabase>;

/** Rows are read with raw SQL: these columns, date_added formatted with its microseconds. */
const COLUMNS = sql`id, version, type, spec_version, tlp, revoked, body,
  to_char(date_added at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as date_added`;

interface Row {
  id: string;
  version: string;
  type: string;
  spec_version: string;
  tlp: string;
  revoked: boolean;
  body: unknown;
  date_added: string;
}

const json = (value: unknown): string => JSON.stringify(value);
const parsed = (value: unknown): StixJson => (typeof value === "string" ? JSON.parse(value) : value) as StixJson;

function recordOf(row: Row): StixVersionRecord {
  return {
    id: row.id,
    version: row.version,
    dateAdded: row.date_added,
    type: row.type,
    specVersion: row.spec_version,
    tlp: row.tlp,
    revoked: row.revoked,
    body: parsed(row.body),
  };
}

const lockKey = (collection: string) => `espial:stix-versions:${collection}`;

/** Inserts versions with date_added strictly after every one already in the collection; skips known ones. */
async function insertVersions(trx: Db, collection: StixVersionCollection, versions: readonly NewStixVersion[]) {
  if (versions.length === 0) return 0;
  await sql`select pg_advisory_xact_lock(hashtext(${lockKey(collection)}))`.execute(trx);
  const base = await sql<{ base: string }>`
    select greatest(clock_timestamp(), coalesce(max(date_added), '-infinity'::timestamptz) + interval '1 microsecond')::text as base
    from stix_versions where collection = ${collection}`.execute(trx);
  const start = base.rows[0]?.base ?? new Date().toISOString();
  let added = 0;
  const CHUNK = 500;
  for (let i = 0; i < versions.length; i += CHUNK) {
    const chunk = versions.slice(i, i + CHUNK);
    const values = chunk.map(
      (v, j) => sql`(${collection}, ${v.id}, ${v.version}, ${v.version}::timestamptz,
        ${start}::timestamptz + ${i + j} * interval '1 microsecond', ${v.type}, ${v.specVersion}, ${v.tlp},
        ${v.revoked}, ${json(v.body)}::json)`,
    );
    const result = await sql`
      insert into stix_versions (collection, id, version, version_at, date_added, type, spec_version, tlp, revoked, body)
      values ${sql.join(values)}
      on conflict do nothing`.execute(trx);
    added += Number(result.numAffectedRows ?? 0n);
  }
  return added;
}

export async function stixPublishState(db: Db): Promise<StixPublishState> {
  const { rows } = await sql<{ generation: string; published_generation: string; published_key: string | null }>`
    select generation::text, published_generation::text, published_key from stix_state`.execute(db);
  const row = rows[0];
  return {
    generation: Number(row?.generation ?? 0),
    publishedGeneration: Number(row?.published_generation ?? -1),
    publishedKey: row?.published_key ?? null,
  };
}

export async function latestStixVersions(db: Db, collection: StixVersionCollection): Promise<StixVersionRecord[]> {
  const { rows } = await sql<Row>`
    select distinct on (id) ${COLUMNS} from stix_versions where collection = ${collection}
    order by id, version_at desc, date_added desc`.execute(db);
  return rows.map(recordOf);
}

export async function publishStixVersions(db: Db, publication: StixPublication): Promise<number> {
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(hashtext(${lockKey("espial")}))`.execute(trx);
    const state = await stixPublishState(trx);
    if (state.publishedGeneration >= publication.generation && state.publishedKey === publication.key) return 0;
    const versions = publication.plan(await latestStixVersions(trx, "espial"));
    const added = await insertVersions(trx, "espial", versions);
    await sql`update stix_state set published_generation = ${publication.generation}, published_key = ${publication.key}`.execute(
      trx,
    );
    return added;
  });
}

export function addStixVersions(db: Db, collection: StixVersionCollection, versions: readonly NewStixVersion[]) {
  return db.transaction().execute((trx) => insertVersions(trx, collection, versions));
}

const anyOf = (column: Sql | RawBuilder<unknown>, values: readonly string[] | undefined) =>
  values === undefined ? sql`true` : sql`${column} = any(${values}::text[])`;

/** The version filter: first, last, all, or instants; any of them. */
function versionFilter(versions: readonly string[]) {
  if (versions.includes("all")) return sql`true`;
  const parts = [];
  if (versions.includes("last")) parts.push(sql`newest = 1`);
  if (versions.includes("first")) parts.push(sql`oldest = 1`);
  const instants = versions.filter((v) => v !== "first" && v !== "last");
  if (instants.length > 0) parts.push(sql`version_at = any(${instants}::timestamptz[])`);
  return parts.length > 0 ? sql`(${sql.join(parts, sql` or `)})` : sql`false`;
}

export async function findStixVersions(db: Db, q: StixVersionQuery): Promise<StixVersionPage> {
  const after = q.after
    ? sql`(date_added, id, version) > (${q.after.dateAdded}::timestamptz, ${q.after.id}, ${q.after.version})`
    : sql`true`;
  const { rows } = await sql<Row>`
    with matching as (
      select *,
        row_number() over (partition by id order by version_at desc, date_added desc) as newest,
        row_number() over (partition by id order by version_at asc, date_added asc) as oldest
      from stix_versions
      where collection = ${q.collection} and tlp = any(${q.tlps}::text[])
        and ${anyOf(sql.ref("id"), q.ids)} and ${anyOf(sql.ref("type"), q.types)}
        and ${anyOf(sql.ref("spec_version"), q.specVersions)}
    )
    select ${COLUMNS} from matching
    where ${versionFilter(q.versions)}
      and ${q.addedAfter === undefined ? sql`true` : sql`date_added > ${q.addedAfter}::timestamptz`}
      and ${after}
    order by date_added, id, version
    limit ${q.limit + 1}`.execute(db);
  return { records: rows.slice(0, q.limit).map(recordOf), more: rows.length > q.limit };
}

export async function importStixObjects(
  db: Db,
  objects: readonly { readonly id: string; readonly version: string; readonly body: StixJson }[],
): Promise<number> {
  if (objects.length === 0) return 0;
  return db.transaction().execute(async (trx) => {
    let added = 0;
    for (let i = 0; i < objects.length; i += 500) {
      const values = objects
        .slice(i, i + 500)
        .map((o) => sql`(${o.id}, ${o.version}, ${json(o.body)}::json, clock_timestamp())`);
      const result = await sql`
        insert into stix_imported (id, version, body, imported_at) values ${sql.join(values)}
        on conflict do nothing`.execute(trx);
      added += Number(result.numAffectedRows ?? 0n);
    }
    return added;
  });
}

export async function listImportedStixObjects(db: Db): Promise<StixJson[]> {
  const { rows } = await sql<{ body: unknown }>`
    select body from (
      select distinct on (id) id, body, min(imported_at) over (partition by id) as first_at
      from stix_imported order by id, version desc, imported_at desc
    ) latest order by first_at, id`.execute(db);
  return rows.map((r) => parsed(r.body));
}

export async function saveTaxiiStatus(db: Db, id: string, status: StixJson): Promise<void> {
  await sql`insert into taxii_status (id, body) values (${id}, ${json(status)}::json)
    on conflict (id) do update set body = excluded.body`.execute(db);
}

export async function getTaxiiStatus(db: Db, id: string): Promise<StixJson | null> {
  const { rows } = await sql<{ body: unknown }>`select body from taxii_status where id = ${id}`.execute(db);
  return rows[0] ? parsed(rows[0].body) : null;
}
