// The embedded store: PGlite (PostgreSQL compiled to WebAssembly) persisted in a directory, behind an
// exclusive lock file so that only one process opens it at a time. Layout of `dir`:
//   espial.lock   the holder's pid, command and start time (see store-lock.ts)
//   pgdata/       PGlite's data directory
import { mkdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { Kysely } from "kysely";
import { PGliteDialect } from "kysely-pglite-dialect";
import { EspialError } from "../../core/errors.ts";
import type { Store } from "../store.ts";
import { openSqlStore, type StoreDatabase } from "../sql/index.ts";
import { acquireStoreLock } from "./store-lock.ts";
import { initDataDir } from "./init-data-dir.ts";
import { checkpointIfDue } from "./checkpoint.ts";

/**
 * PGlite's start parameters with a 16 MB buffer cache instead of PostgreSQL's 128 MB: PGlite allocates and
 * touches the whole cache inside its WebAssembly memory at start, so the default keeps ~120 MB resident in
 * an idle `espial serve`. The data files stay in the operating system's page cache besides.
 */
export const PGLITE_START_PARAMS: readonly string[] = [...PGlite.defaultStartParams, "-c", "shared_buffers=16MB"];

export interface PgliteStoreOptions {
  /** The store's directory, created if missing (callers default it to `./.espial/`). */
  readonly dir: string;
}

/**
 * Opens (creating it the first time, ~4 s) the embedded store in `dir`, migrated to the latest schema.
 * Fails with `store-locked` while another process has it open.
 * @example const store = await createPgliteStore({ dir: ".espial" }); … await store.close();
 */
export async function createPgliteStore(options: PgliteStoreOptions): Promise<Store> {
  const dir = resolve(options.dir);
  await mkdir(dir, { recursive: true }).catch((error: unknown) => {
    throw new EspialError("store-failure", `cannot create the store directory ${dir}: ${(error as Error).message}`, {
      cause: error,
    });
  });
  const lock = await acquireStoreLock(dir);
  let pglite: PGlite;
  const dataDir = join(dir, "pgdata");
  try {
    await initDataDir(dataDir, PGLITE_START_PARAMS);
    pglite = await PGlite.create({ dataDir, extensions: { pg_trgm }, startParams: [...PGLITE_START_PARAMS] });
  } catch (error) {
    await lock.release();
    throw new EspialError("store-failure", `cannot open the PGlite store at ${dir}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const db = new Kysely<StoreDatabase>({ dialect: new PGliteDialect(pglite) });
  let store: Store;
  try {
    store = await openSqlStore(db, { schema: "public", location: dir, onClose: () => lock.release() });
  } catch (error) {
    await lock.release();
    throw error;
  }
  // The writes that can be large checkpoint once enough log has gathered (see checkpoint.ts).
  const checkpointed =
    <A extends unknown[], R>(write: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      const result = await write(...args);
      await checkpointIfDue(pglite);
      return result;
    };
  return {
    ...store,
    ingest: checkpointed((reports) => store.ingest(reports)),
    reprocess: checkpointed((rework) => store.reprocess(rework)),
  };
}
