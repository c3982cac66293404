// Durability: `espial ingest` killed with SIGKILL at random points (a real child process on an embedded store),
// restarted until it finishes, must leave the same store as one clean ingest of the same files: every report
// once, no duplicates, the same facts and events. The kill points come from a seeded random, so a failure
// replays; the seed is printed.
import { spawn } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateInputs } from "../bench/corpus.ts";
import { createPgliteStore } from "../src/store/pglite/index.ts";
import type { Store } from "../src/store/store.ts";
import { ROOT, tempDir } from "./helpers.ts";

const SEED = 20261123;
const DOCUMENTS = 40;
const KILLS = 3;

function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    // mulberry32: small, seedable, good enough to spread kill points.
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Run {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly output: string;
  readonly ms: number;
  /** When the store was first written, from the start; -1 if never seen. */
  readonly firstWriteMs: number;
}

/** When the store's write-ahead log was last written, in ms since the epoch (0 when it has none yet). */
function lastWalWrite(db: string): number {
  const wal = join(db, "pgdata", "pg_wal");
  try {
    return Math.max(0, ...readdirSync(wal).map((f) => statSync(join(wal, f)).mtimeMs));
  } catch {
    return 0;
  }
}

/**
 * Runs `espial ingest` in a child process. With `killAfterWriteMs`, kills it with SIGKILL that long after the
 * store is first written (the log's time changes), so kills land while reports are being stored, not while
 * the catalogue loads; `firstWriteMs` says when that was.
 */
function ingestProcess(args: { reports: string; db: string; killAfterWriteMs?: number }): Promise<Run> {
  const started = Date.now();
  const walBefore = lastWalWrite(args.db);
  let firstWriteMs = -1;
  let timer: NodeJS.Timeout | null = null;
  const poll = setInterval(() => {
    if (firstWriteMs >= 0 || lastWalWrite(args.db) <= walBefore) return;
    firstWriteMs = Date.now() - started;
    if (args.killAfterWriteMs !== undefined) timer = setTimeout(() => child.kill("SIGKILL"), args.killAfterWriteMs);
  }, 25);
  const child = spawn(
    process.execPath,
    [join(ROOT, "bin/espial.js"), "ingest", args.reports, "--db", args.db, "--json"],
    {
      cwd: ROOT,
      env: { PATH: process.env["PATH"] ?? "", HOME: process.env["HOME"] ?? "" },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  let stdout = "";
  child.stdout.on("data", (c: Buffer) => {
    stdout += c.toString();
    output += c.toString();
  });
  child.stderr.on("data", (c: Buffer) => (output += c.toString()));
  return new Promise((resolve) => {
    child.once("exit", (code, signal) => {
      clearInterval(poll);
      if (timer) clearTimeout(timer);
      resolve({ code, signal, stdout, output, ms: Date.now() - started, firstWriteMs });
    });
  });
}

/** What a store holds, in a form two stores filled in the same order can be compared by. */
async function snapshot(store: Store) {
  const reports = await store.listReports();
  const events = await store.listEvents();
  const actors = await store.listActors();
  const facts = [];
  for (const actor of actors) {
    for (const fact of await store.factsAbout({ kind: "actor", key: actor.key })) facts.push(fact);
  }
  return {
    counts: await store.counts(),
    reportIds: reports.map((r) => r.id).sort(),
    reports: reports
      .map((r) => ({ id: r.id, origin: r.origin, title: r.title, documentId: r.documentId, latest: r.latest }))
      .sort((a, b) => a.id.localeCompare(b.id)),
    actors,
    events: events.map((e) => ({ ...e })).sort((a, b) => a.id.localeCompare(b.id)),
    facts: facts.map((f) => JSON.stringify(f)).sort(),
  };
}

async function snapshotOf(dir: string) {
  const store = await createPgliteStore({ dir });
  try {
    return await snapshot(store);
  } finally {
    await store.close();
  }
}

async function countReports(dir: string): Promise<number> {
  const store = await createPgliteStore({ dir });
  try {
    return (await store.counts()).reports;
  } finally {
    await store.close();
  }
}

describe("ingest killed with SIGKILL at random points", () => {
  let work: Awaited<ReturnType<typeof tempDir>>;
  const reports = () => join(work.dir, "reports");

  beforeAll(async () => {
    work = await tempDir("espial-durability-");
    await mkdir(reports());
    for (const input of generateInputs({ documents: DOCUMENTS, seed: SEED })) {
      const name = input.origin.split("/").pop() ?? "report.txt";
      await writeFile(join(reports(), name), input.bytes);
    }
  });
  afterAll(async () => {
    await work.cleanup();
  });

  it("restarts on the stale lock and ends with the store a clean ingest makes", async () => {
    const clean = await ingestProcess({ reports: reports(), db: join(work.dir, "clean") });
    expect(clean.code, clean.output).toBe(0);
    const expected = await snapshotOf(join(work.dir, "clean"));
    expect(expected.counts.reports).toBeGreaterThan(DOCUMENTS / 2);
    expect(expected.counts.facts).toBeGreaterThan(0);

    const random = createRandom(SEED);
    const db = join(work.dir, "killed");
    const kills: string[] = [];
    for (let i = 0; i < KILLS; i++) {
      // Somewhere in the clean run's writing time, or just past it.
      const writing = Math.max(200, clean.ms - Math.max(0, clean.firstWriteMs));
      const killAfterWriteMs = Math.round(writing * random() * 1.1);
      const run = await ingestProcess({ reports: reports(), db, killAfterWriteMs });
      // A run that finished before its kill must have succeeded; one killed leaves only a stale lock behind,
      // which opening the store here takes over.
      if (run.signal === null) expect(run.code, run.output).toBe(0);
      const state = await countReports(db).then(
        (n) => `${n} reports`,
        (error: unknown) => String(error),
      );
      kills.push(`${killAfterWriteMs} ms after the first write: ${run.signal ?? `exit ${String(run.code)}`}, ${state}`);
    }
    console.log(`durability (seed ${SEED}, ${expected.counts.reports} reports when clean):\n  ${kills.join("\n  ")}`);
    const last = await ingestProcess({ reports: reports(), db });
    expect(last.code, `${last.output}\nkills (seed ${SEED}): ${kills.join(", ")}`).toBe(0);
    const summary = JSON.parse(last.stdout) as { stored: number; unchanged: number; rejected: number };
    expect(summary.rejected).toBe(0);
    expect(summary.stored + summary.unchanged).toBe(DOCUMENTS);

    const actual = await snapshotOf(db);
    expect(new Set(actual.reportIds).size).toBe(actual.reportIds.length);
    expect(actual.counts).toEqual(expected.counts);
    expect(actual.reports).toEqual(expected.reports);
    expect(actual.actors).toEqual(expected.actors);
    expect(actual.events).toEqual(expected.events);
    expect(actual.facts).toEqual(expected.facts);
  }, 900_000);
});
