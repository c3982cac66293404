// Creating a PGlite data directory (initdb) in a short-lived child process. initdb runs in a second
// WebAssembly instance with its own memory, and PGlite unpacks its file bundle and a copy of the new data
// directory on the way; once freed, the C allocator of a long-running process (`espial serve`) keeps those
// ~150 MB resident for good. A child returns them to the system when it exits; the parent then opens the
// ready directory like any existing one.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/** What the child runs: create (running initdb) and close. Plain JavaScript, so it needs no TypeScript loader. */
const CHILD_SCRIPT = `
const [entry, dataDir, params] = process.argv.slice(1);
const { PGlite } = await import(entry);
const pg = await PGlite.create({ dataDir, startParams: JSON.parse(params) });
await pg.close();
`;

/** Whether `dataDir` already holds a PostgreSQL data directory (PGlite's own test: a PG_VERSION file). */
export function hasDataDir(dataDir: string): boolean {
  return existsSync(join(dataDir, "PG_VERSION"));
}

/**
 * Runs initdb for `dataDir` in a child process unless the directory already holds a database; rejects with
 * the child's last lines of stderr when it fails (the adapter wraps that as a store-failure).
 * @example await initDataDir("/srv/espial/pgdata", PGlite.defaultStartParams)
 */
export async function initDataDir(dataDir: string, startParams: readonly string[]): Promise<void> {
  if (hasDataDir(dataDir)) return;
  const entry = pathToFileURL(createRequire(import.meta.url).resolve("@electric-sql/pglite")).href;
  const args = ["--input-type=module", "-e", CHILD_SCRIPT, entry, dataDir, JSON.stringify(startParams)];
  // NODE_OPTIONS may load a TypeScript loader (tsx, vitest): the plain script needs none.
  const env = { ...process.env, NODE_OPTIONS: "" };
  await new Promise<void>((resolve, reject) => {
    execFile(process.execPath, args, { env, maxBuffer: 4 * 1024 * 1024 }, (error, _stdout, stderr) => {
      if (!error) return resolve();
      const detail = stderr.trim().split("\n").slice(-3).join(" ") || error.message;
      reject(new Error(`initdb in a child process failed: ${detail}`, { cause: error }));
    });
  });
}
