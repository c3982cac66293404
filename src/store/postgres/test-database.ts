// For the PostgreSQL tests: a database of its own per opened store (espial_test_<random>, dropped after), on
// the server DATABASE_URL names; or the reason the suite is skipped when there is none. In CI (CI=true) a
// DATABASE_URL that does not answer is a failure, not a skip: CI promised a server, so a silent skip would
// hide the whole PostgreSQL suite.
import { randomBytes } from "node:crypto";
import pg from "pg";
import type { StoreOpener } from "../store.contract.ts";
import { createPostgresStore, redactUrl } from "./index.ts";

const SKIP_HINT = "set DATABASE_URL to a reachable server";

/** Where the tests' PostgreSQL is: a URL that answered, or why the tests skip (or, in CI, fail). */
export type TestServer = { readonly url: string } | { readonly skip: string } | { readonly fail: string };

export interface TestServerEnv {
  readonly DATABASE_URL?: string | undefined;
  readonly CI?: string | undefined;
}

/** Checks the server DATABASE_URL names answers; in CI an unreachable one is a failure. */
export async function findTestServer(env: TestServerEnv = process.env): Promise<TestServer> {
  const url = env.DATABASE_URL;
  if (url === undefined || url === "") return { skip: `DATABASE_URL is not set; ${SKIP_HINT}` };
  try {
    await withClient(url, () => Promise.resolve());
  } catch (error) {
    const why = `PostgreSQL at ${redactUrl(url)} did not answer (${(error as Error).message})`;
    if (isCi(env.CI)) return { fail: `${why}; CI=true and DATABASE_URL is set, so the PostgreSQL tests must run` };
    return { skip: `${why}; ${SKIP_HINT}` };
  }
  return { url };
}

function isCi(value: string | undefined): boolean {
  return value !== undefined && value !== "" && value !== "0" && value.toLowerCase() !== "false";
}

/** A fresh database on the test server, and how to drop it. */
export async function createTestDatabase(url: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const database = `espial_test_${randomBytes(6).toString("hex")}`;
  await withClient(url, (client) => client.query(`create database ${database}`));
  const target = new URL(url);
  target.pathname = `/${database}`;
  return {
    url: target.toString(),
    drop: async () => {
      await withClient(url, (client) => client.query(`drop database if exists ${database} with (force)`));
    },
  };
}

/** Opens stores in throwaway databases on the server at `url`, or says why the suite must skip (or fail). */
export async function connectTestServer(
  url: string | undefined,
  env: Pick<TestServerEnv, "CI"> = process.env,
): Promise<StoreOpener> {
  const server = await findTestServer({ DATABASE_URL: url, CI: env.CI });
  if ("skip" in server) return { skip: server.skip };
  if ("fail" in server) return () => Promise.reject(new Error(server.fail));
  return async () => {
    const database = await createTestDatabase(server.url);
    const reopen = () => createPostgresStore({ url: database.url, schema: "espial" });
    return { store: await reopen(), reopen, cleanup: database.drop };
  };
}

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  // A refused connection also emits 'error' on the client; without a listener it would crash the run.
  client.on("error", () => undefined);
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}
