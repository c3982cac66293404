// The team store: a PostgreSQL server (15 or later) through `pg`, with the same SQL and migrations as the
// embedded one. Several processes may share it: each report is written with `on conflict do nothing`
// under the content hash's unique constraint, so concurrent ingests of one report keep exactly one copy.
import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import { EspialError } from "../../core/errors.ts";
import type { Store } from "../store.ts";
import { describeDatabaseError, openSqlStore, type StoreDatabase } from "../sql/index.ts";

export interface PostgresStoreOptions {
  /** A libpq connection URL, e.g. postgres://user@host:5432/espial. */
  readonly url: string;
  /** The schema for Espial's tables, created if missing; `public` by default. Lowercase letters, digits, _. */
  readonly schema?: string;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Connects to PostgreSQL and migrates the schema to the latest version.
 * @example const store = await createPostgresStore({ url: process.env.DATABASE_URL });
 */
export async function createPostgresStore(options: PostgresStoreOptions): Promise<Store> {
  const schema = options.schema ?? "public";
  if (!SCHEMA_NAME.test(schema)) {
    throw new EspialError(
      "bad-usage",
      `invalid schema name ${JSON.stringify(schema)}: use lowercase letters, digits and _`,
    );
  }
  if (!/^postgres(ql)?:\/\//.test(options.url) || !URL.canParse(options.url)) {
    throw new EspialError("bad-usage", "the PostgreSQL URL must look like postgres://user@host:5432/database");
  }
  const location = redactUrl(options.url);
  const pool = new pg.Pool({
    connectionString: options.url,
    // Unqualified names resolve in the store's schema; `public` keeps the pg_trgm functions in reach.
    options: `-c search_path=${schema === "public" ? "public" : `${schema},public`}`,
    connectionTimeoutMillis: 10_000,
  });
  // An idle client whose server went away: the pool drops it and the next query connects afresh.
  pool.on("error", () => undefined);
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new EspialError(
      "store-failure",
      `cannot connect to PostgreSQL at ${location}: ${describeDatabaseError(error)}`,
      {
        cause: error,
      },
    );
  }
  const db = new Kysely<StoreDatabase>({ dialect: new PostgresDialect({ pool }) });
  return openSqlStore(db, { schema, location });
}

/** The URL without its password, for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== "") parsed.password = "***";
    return parsed.toString();
  } catch {
    return "an unparsable DATABASE_URL";
  }
}
