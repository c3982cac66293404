// `npm run bench -- --serve-memory [--postgres URL] [--idle-seconds 5] [--json]`: the resident memory of an
// idle `espial serve` (issue #8: under 150 MB), on a fresh embedded store and on a fresh PostgreSQL database.
// Each server is started as a user starts it (bin/espial.js, port 0), and read from /proc once it answers and
// has sat idle, then again after one actor-page request. Its child processes (tsx's esbuild service) and,
// when the server runs on this machine, the PostgreSQL backends serving it are reported apart.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import pg from "pg";
import { createTestDatabase, findTestServer } from "../src/store/postgres/test-database.ts";
import { DEFAULT_OPTIONS } from "./harness.ts";

const BIN = fileURLToPath(new URL("../bin/espial.js", import.meta.url));
/** A catalogue actor whose page the request asks for (the store is empty: the page comes from the catalogue). */
const ACTOR = "APT28";

export interface ServeMemoryFigure {
  readonly store: "pglite" | "postgres";
  /** VmRSS of the serve process once it answers and has been idle `idle_seconds`. */
  readonly idle_rss_mb: number;
  /** The same after one GET /api/actors/{name} and `idle_seconds` more. */
  readonly after_page_rss_mb: number;
  readonly page_status: number;
  /** From start to the first answer of /api/health. */
  readonly start_s: number;
  /** Child processes of the server when idle (tsx's esbuild service), not counted above. */
  readonly children_rss_mb: number;
  /** PostgreSQL backends connected to the server's database (VmRSS, shared buffers they touched included); null when not readable here. */
  readonly postgres_backends_rss_mb: number | null;
  readonly postgres_backends: number | null;
}

interface Status {
  readonly rssKb: number;
}

async function statusOf(pid: number): Promise<Status | null> {
  const text = await readFile(`/proc/${pid}/status`, "utf8").catch(() => null);
  const kb = text?.match(/^VmRSS:\s+(\d+) kB/m)?.[1];
  return kb === undefined ? null : { rssKb: Number(kb) };
}

async function rssMbOf(pid: number): Promise<number> {
  const status = await statusOf(pid);
  if (!status) throw new Error(`cannot read /proc/${pid}/status (the bench reads memory from Linux's /proc)`);
  return Math.round(status.rssKb / 1024);
}

/** Total VmRSS of the direct children of `pid` (found by their parent in /proc/N/stat), in MB. */
async function childrenRssMb(pid: number): Promise<number> {
  let kb = 0;
  for (const entry of await readdir("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, "utf8").catch(() => "");
    // The command name in parentheses may hold spaces: the parent's pid is the 2nd field after it.
    const parent = stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1];
    if (Number(parent) === pid) kb += (await statusOf(Number(entry)))?.rssKb ?? 0;
  }
  return Math.round(kb / 1024);
}

/** Sums the RSS of the backends connected to `database`, when they run on this machine. */
async function backendsRss(url: string, database: string): Promise<{ mb: number | null; count: number | null }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>(
      "select pid from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()",
      [database],
    );
    const statuses = await Promise.all(rows.map((r) => statusOf(r.pid)));
    if (rows.length > 0 && statuses.every((s) => s === null)) return { mb: null, count: rows.length };
    return { mb: Math.round(statuses.reduce((n, s) => n + (s?.rssKb ?? 0), 0) / 1024), count: rows.length };
  } finally {
    await client.end();
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits for the "serving http://…/api" line, then for /api/health to answer. */
async function untilAnswering(child: ChildProcess, log: () => string): Promise<string> {
  const base = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const found = /serving (http:\/\/\S+)\/api/.exec(out);
      if (found?.[1]) resolve(found[1]);
    });
    child.once("exit", (code) => reject(new Error(`espial serve exited ${code}: ${log()}`)));
  });
  for (let i = 0; i < 100; i++) {
    const ok = await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return base;
    await sleep(100);
  }
  throw new Error(`espial serve at ${base} did not answer /api/health`);
}

interface ServeTarget {
  readonly store: "pglite" | "postgres";
  readonly args: readonly string[];
  readonly env: NodeJS.ProcessEnv;
  /** For the backends' memory: the server's URL and the database the serve process uses. */
  readonly postgres?: { readonly url: string; readonly database: string };
}

/** Starts `espial serve` on `target`, measures it idle and after one actor page, and stops it. */
export async function measureServe(target: ServeTarget, idleSeconds: number): Promise<ServeMemoryFigure> {
  const started = performance.now();
  const child = spawn(process.execPath, [BIN, "serve", "--port", "0", ...target.args], {
    env: target.env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (c: Buffer) => (stderr += c.toString()));
  const pid = child.pid ?? 0;
  try {
    const base = await untilAnswering(child, () => stderr);
    const startS = (performance.now() - started) / 1000;
    await sleep(idleSeconds * 1000);
    const idle = await rssMbOf(pid);
    const children = await childrenRssMb(pid);
    const page = await fetch(`${base}/api/actors/${ACTOR}`);
    await page.arrayBuffer();
    await sleep(idleSeconds * 1000);
    const afterPage = await rssMbOf(pid);
    const backends = target.postgres
      ? await backendsRss(target.postgres.url, target.postgres.database)
      : { mb: null, count: null };
    return {
      store: target.store,
      idle_rss_mb: idle,
      after_page_rss_mb: afterPage,
      page_status: page.status,
      start_s: Number(startS.toFixed(2)),
      children_rss_mb: children,
      postgres_backends_rss_mb: backends.mb,
      postgres_backends: backends.count,
    };
  } finally {
    const exited = new Promise((resolve) => child.once("exit", resolve));
    if (child.exitCode === null) child.kill("SIGTERM");
    await exited;
  }
}

/** The embedded store in a fresh temporary directory (removed after). */
export async function measurePglite(idleSeconds: number): Promise<ServeMemoryFigure> {
  const dir = await mkdtemp(join(tmpdir(), "espial-serve-mem-"));
  try {
    const env = { ...process.env, DATABASE_URL: "" };
    return await measureServe({ store: "pglite", args: ["--db", dir], env }, idleSeconds);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A fresh database on the PostgreSQL server at `url` (dropped after). */
export async function measurePostgres(url: string, idleSeconds: number): Promise<ServeMemoryFigure> {
  const database = await createTestDatabase(url);
  try {
    const name = new URL(database.url).pathname.slice(1);
    const env = { ...process.env, DATABASE_URL: database.url };
    return await measureServe({ store: "postgres", args: [], env, postgres: { url, database: name } }, idleSeconds);
  } finally {
    await database.drop();
  }
}

function formatFigures(figures: readonly ServeMemoryFigure[]): string {
  const lines = ["store     idle MB  after page MB  page  start s  children MB  PostgreSQL backends MB"];
  for (const f of figures) {
    const backends =
      f.postgres_backends === null ? "-" : `${f.postgres_backends_rss_mb ?? "unreadable"} (${f.postgres_backends})`;
    lines.push(
      `${f.store.padEnd(8)}  ${String(f.idle_rss_mb).padStart(7)}  ${String(f.after_page_rss_mb).padStart(13)}  ${String(f.page_status).padStart(4)}  ${f.start_s.toFixed(1).padStart(7)}  ${String(f.children_rss_mb).padStart(11)}  ${backends}`,
    );
  }
  lines.push("target: idle espial serve under 150 MB (issue #8); the PostgreSQL server's own memory is apart");
  return `${lines.join("\n")}\n`;
}

/** The --serve-memory entry of bench/run.ts. */
export async function mainServeMemory(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      "serve-memory": { type: "boolean" },
      "idle-seconds": { type: "string" },
      postgres: { type: "string" },
      json: { type: "boolean" },
    },
  });
  const idleSeconds = Number(values["idle-seconds"] ?? 5);
  if (!Number.isFinite(idleSeconds) || idleSeconds < 0) {
    process.stderr.write(`--idle-seconds wants a number of seconds, got ${values["idle-seconds"]}\n`);
    return 2;
  }
  const figures: ServeMemoryFigure[] = [];
  process.stderr.write("bench: espial serve on a fresh embedded store…\n");
  figures.push(await measurePglite(idleSeconds));
  const server = await findTestServer({
    DATABASE_URL: values.postgres ?? (env.DATABASE_URL || DEFAULT_OPTIONS.postgresUrl || undefined),
    CI: undefined,
  });
  if ("url" in server) {
    process.stderr.write("bench: espial serve on a fresh PostgreSQL database…\n");
    figures.push(await measurePostgres(server.url, idleSeconds));
  } else process.stderr.write(`bench: PostgreSQL skipped: ${"skip" in server ? server.skip : server.fail}\n`);
  process.stdout.write(
    values.json ? `${JSON.stringify({ serve_memory: figures }, null, 2)}\n` : formatFigures(figures),
  );
  return 0;
}
