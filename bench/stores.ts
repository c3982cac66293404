// The stores a bench run ingests into, each fresh and thrown away after: the embedded store (PGlite) in a
// temporary directory, and a PostgreSQL database of its own (espial_bench_<random>) on the server the URL
// names, dropped after — or the reason PostgreSQL is skipped.
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { createPgliteStore } from "../src/store/pglite/index.ts";
import { createPostgresStore, redactUrl } from "../src/store/postgres/index.ts";
import type { Store } from "../src/store/store.ts";

export const STORE_KINDS = ["pglite", "postgres"] as const;
export type StoreKind = (typeof STORE_KINDS)[number];

export interface BenchStore {
  readonly store: Store;
  /** Where it lives, without any password. */
  readonly location: string;
  /** Closes the store and deletes everything it wrote. */
  dispose(): Promise<void>;
}

export type StoreOpener = (() => Promise<BenchStore>) | { readonly skip: string };

/** A fresh embedded store in a new temporary directory. */
export async function openPgliteBenchStore(): Promise<BenchStore> {
  const dir = await mkdtemp(join(tmpdir(), "espial-bench-"));
  const store = await createPgliteStore({ dir });
  return {
    store,
    location: dir,
    dispose: async () => {
      await store.close().catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Opens stores in throwaway databases on the server at `url`, or says why PostgreSQL is skipped. */
export async function postgresBenchStores(url: string | null): Promise<StoreOpener> {
  if (url === null || url === "") return { skip: "skipped: no PostgreSQL URL (--postgres URL or DATABASE_URL)" };
  try {
    await withClient(url, (c) => c.query("select 1"));
  } catch (error) {
    return { skip: `skipped: PostgreSQL at ${redactUrl(url)} did not answer (${(error as Error).message})` };
  }
  return async () => {
    const database = `espial_bench_${randomBytes(5).toString("hex")}`;
    await withClient(url, (c) => c.query(`create database ${database}`));
    const target = new URL(url);
    target.pathname = `/${database}`;
    const drop = () => withClient(url, (c) => c.query(`drop database if exists ${database} with (force)`));
    let store: Store;
    try {
      store = await createPostgresStore({ url: target.toString() });
    } catch (error) {
      await drop();
      throw error;
    }
    return {
      store,
      location: redactUrl(target.toString()),
      dispose: async () => {
        await store.close().catch(() => undefined);
        await drop();
      },
    };
  };
}
