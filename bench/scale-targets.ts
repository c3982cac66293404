// The stores `--scale-reads` fills: a fresh PostgreSQL database (cloned through a client beside the store)
// or a fresh embedded store in a temporary directory (cloned through PGlite itself, with the store closed
// meanwhile: one process holds its directory at a time).
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import pg from "pg";
import { createPgliteStore, PGLITE_START_PARAMS } from "../src/store/pglite/index.ts";
import { createPostgresStore } from "../src/store/postgres/index.ts";
import { createTestDatabase } from "../src/store/postgres/test-database.ts";
import type { Store } from "../src/store/store.ts";

/** Runs SQL on the store's database, as pg.Client and PGlite both do. */
export interface SqlRunner {
  query(text: string, params?: unknown[]): Promise<unknown>;
}

export interface ScaleTarget {
  /** The store as it is now (reopened after each `withSql` on PGlite). */
  store(): Store;
  /** Runs SQL on the database behind the store. */
  withSql(run: (sql: SqlRunner) => Promise<void>): Promise<void>;
  dispose(): Promise<void>;
}

export async function postgresTarget(serverUrl: string): Promise<ScaleTarget> {
  const database = await createTestDatabase(serverUrl);
  const store = await createPostgresStore({ url: database.url });
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  return {
    store: () => store,
    withSql: (run) => run(client),
    dispose: async () => {
      await client.end();
      await store.close();
      await database.drop();
    },
  };
}

export async function pgliteTarget(): Promise<ScaleTarget> {
  const dir = await mkdtemp(join(tmpdir(), "espial-scale-"));
  let store = await createPgliteStore({ dir });
  return {
    store: () => store,
    withSql: async (run) => {
      await store.close();
      const raw = await PGlite.create({
        dataDir: join(dir, "pgdata"),
        extensions: { pg_trgm },
        startParams: [...PGLITE_START_PARAMS],
      });
      try {
        await run(raw);
      } finally {
        await raw.close();
        store = await createPgliteStore({ dir });
      }
    },
    dispose: async () => {
      await store.close().catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
