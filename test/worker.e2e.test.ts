// `espial enqueue` and `espial worker` as a team runs them on PostgreSQL: two worker processes drain one
// queue into one store with nothing lost or duplicated; a job that keeps failing is retried with backoff
// and then kept as failed with its reason; a worker stops cleanly on SIGTERM; the embedded store says
// workers need PostgreSQL.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateInputs } from "../bench/corpus.ts";
import { createTestDatabase, findTestServer } from "../src/store/postgres/test-database.ts";
import { espial, tempDir } from "./helpers.ts";
import { spawnEspial, startEspial } from "./spawn.ts";

const server = await findTestServer();
const REPORTS = 16;

it("refuses to run a worker on the embedded store, naming PostgreSQL", async () => {
  const run = await espial(["worker"], { env: { DATABASE_URL: "" } });
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/workers need PostgreSQL: set DATABASE_URL/);
});

const suite = "skip" in server ? describe.skip : describe;
suite(`espial worker on PostgreSQL${"skip" in server ? `: skipped — ${server.skip}` : ""}`, () => {
  let work: { dir: string; cleanup: () => Promise<void> } | undefined;
  const drops: (() => Promise<void>)[] = [];
  let reports = "";

  beforeAll(async () => {
    if ("fail" in server) throw new Error(server.fail);
    work = await tempDir("espial-worker-");
    reports = join(work.dir, "reports");
    await mkdir(reports);
    for (const [i, input] of generateInputs({ documents: REPORTS, seed: 5 }).entries()) {
      await writeFile(join(reports, `${String(i).padStart(2, "0")}.txt`), input.bytes);
    }
    // Not a report: completes as rejected, without retries.
    await writeFile(join(reports, "binary.bin"), Buffer.from([0, 1, 2, 3, 255, 254, 0, 0, 7]));
  });

  afterAll(async () => {
    for (const drop of drops) await drop();
    await work?.cleanup();
  });

  const fresh = async () => {
    if (!("url" in server)) throw new Error("no server");
    const database = await createTestDatabase(server.url);
    drops.push(database.drop);
    return { DATABASE_URL: database.url };
  };

  it("two workers drain the queue into one store; a failing job is retried, then kept as failed with its reason", async () => {
    const env = await fresh();
    const queued = await espial(["enqueue", "--retries", "1", "--retry-delay", "1", reports], { env });
    expect(queued.stdout, queued.stderr).toMatch(/enqueue: 17 jobs queued, 0 refused/);
    const dead = await espial(
      ["enqueue", "--allow-private", "--retries", "1", "--retry-delay", "1", "http://127.0.0.1:1/report.html"],
      { env },
    );
    expect(dead.code, dead.stderr).toBe(0);

    const [a, b] = await Promise.all([
      spawnEspial(["worker", "--exit-when-idle", "--json"], env),
      spawnEspial(["worker", "--exit-when-idle", "--json", "--concurrency", "2"], env),
    ]);
    expect([a.code, b.code], a.stderr + b.stderr).toEqual([0, 0]);
    const tallies = [a, b].map((run) => JSON.parse(run.stdout) as Record<string, number>);
    const sum = (key: string) => tallies.reduce((n, t) => n + (t[key] ?? 0), 0);
    // Each job ran to completion exactly once; the URL's two attempts both failed.
    expect(sum("jobs")).toBe(17);
    expect(sum("rejected")).toBe(1);
    expect(sum("failedAttempts")).toBe(2);

    const status = await espial(["queue", "--json"], { env });
    const parsed = JSON.parse(status.stdout) as {
      counts: Record<string, number>;
      failed: { job: string; reason: string }[];
    };
    expect(parsed.counts).toMatchObject({ created: 0, retry: 0, active: 0, completed: 17, failed: 1 });
    expect(parsed.failed.map((f) => f.job)).toEqual(["http://127.0.0.1:1/report.html"]);
    expect(parsed.failed[0]?.reason).toMatch(/127\.0\.0\.1/);

    // The store holds each report once, as a sequential ingest of the same folder would.
    const documents = await espial(["documents", "--json"], { env });
    const listed = JSON.parse(documents.stdout) as { id: string }[];
    expect(new Set(listed.map((d) => d.id)).size).toBe(listed.length);
    const again = await espial(["ingest", reports], { env });
    expect(again.stdout).toMatch(new RegExp(`ingest: 0 stored, ${sum("stored") + sum("unchanged")} already there`));
  }, 240_000);

  it("stops cleanly on SIGTERM", async () => {
    const env = await fresh();
    const worker = startEspial(["worker"], env);
    await worker.waitForStderr(/taking jobs/);
    worker.child.kill("SIGTERM");
    const run = await worker.done;
    expect(run.stderr).toMatch(/stopping \(SIGTERM\)/);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/worker: 0 jobs/);
  }, 120_000);
});
