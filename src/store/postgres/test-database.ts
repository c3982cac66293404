// For the PostgreSQL contract run: a database of its own per opened store (espial_test_<random>, dropped
// after), on the server DATABASE_URL names; or the reason the suite is skipped when there is none.
import { randomBytes } from "node:crypto";
import pg from "pg";
import type { StoreOpener } from "../store.contract.ts";
import { createPostgresStore, redactUrl } from "./index.ts";

const SKIP_HINT = "set DATABASE_URL to a reachable server";

/** Opens stores in throwaway databases on the server at `url`, or says why the suite must skip. */
export async function connectTestServer(url: string | undefined): Promise<StoreOpener> {
  if (url === undefined || url === "") return { skip: `DATABASE_URL is not set; ${SKIP_HINT}` };
  try {
    await withClient(url, () => Promise.resolve());
  } catch (error) {
    return { skip: `PostgreSQL at ${redactUrl(url)} did not answer (${(error as Error).message}); ${SKIP_HINT}` };
  }
  return async () => {
    const database = `espial_test_${randomBytes(6).toString("hex")}`;
    await withClient(url, (client) => client.query(`create database ${database}`));
    const target = new URL(url);
    target.pathname = `/${database}`;
    const reopen = () => createPostgresStore({ url: target.toString(), schema: "espial" });
    return {
      store: await reopen(),
      reopen,
      cleanup: async () => {
        await withClient(url, (client) => client.query(`drop database if exists ${database} with (force)`));
      },
    };
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
