// Load: a real `espial serve` on loopback under concurrent reads (actors, a profile, search), writes (ingest of
// new reports) and TAXII polling when the server has /taxii2/, driven by autocannon for a bounded time. Every
// request must succeed (the load's token is exempt from the rate limit by config); p50/p99 are printed.
import autocannon from "autocannon";
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateInputs } from "../bench/corpus.ts";
import { createPgliteStore } from "../src/store/pglite/index.ts";
import { espial, ROOT, tempDir } from "./helpers.ts";

const TOKEN = "load-test-token-0123456789abcdef";
const SECONDS = Number(process.env["ESPIAL_LOAD_SECONDS"] ?? 15);
const TAXII = "application/taxii+json;version=2.1";

interface Served {
  readonly child: ChildProcessWithoutNullStreams;
  readonly url: string;
}

function serve(db: string): Promise<Served> {
  const child = spawn(process.execPath, [join(ROOT, "bin/espial.js"), "serve", "--port", "0", "--db", db], {
    cwd: ROOT,
    env: {
      PATH: process.env["PATH"] ?? "",
      HOME: process.env["HOME"] ?? "",
      ESPIAL_TOKEN: TOKEN,
      ESPIAL_RATE_LIMIT_EXEMPT_TOKENS: TOKEN,
    },
  });
  return new Promise((resolve, reject) => {
    let out = "";
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /serving (http:\/\/\S+)\/api/.exec(out);
      if (m?.[1]) resolve({ child, url: m[1] });
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("exit", (code) => reject(new Error(`espial serve exited with ${String(code)}: ${out}`)));
  });
}

/** The objects URL of the first TAXII collection, or null when the server has no TAXII. */
async function taxiiObjectsPath(url: string): Promise<string | null> {
  const headers = { accept: TAXII, authorization: `Bearer ${TOKEN}` };
  const discovery = await fetch(`${url}/taxii2/`, { headers });
  if (discovery.status === 404) return null;
  const roots = ((await discovery.json()) as { api_roots?: string[] }).api_roots ?? [];
  const root = new URL(roots[0] ?? "", url).pathname.replace(/\/?$/, "/");
  const collections = (await (await fetch(`${url}${root}collections/`, { headers })).json()) as {
    collections?: { id: string }[];
  };
  const id = collections.collections?.[0]?.id;
  return id ? `${root}collections/${id}/objects/` : null;
}

type Result = autocannon.Result;

function load(options: autocannon.Options): Promise<Result> {
  return new Promise((resolve, reject) => {
    autocannon(options, (error, result) => (error ? reject(error as Error) : resolve(result)));
  });
}

function summary(name: string, r: Result): string {
  return `${name.padEnd(7)} ${String(r.requests.total).padStart(6)} requests  p50 ${r.latency.p50} ms  p99 ${r.latency.p99} ms  errors ${r.errors + r.timeouts}  non-2xx ${r.non2xx}`;
}

describe("espial serve under load", () => {
  let work: Awaited<ReturnType<typeof tempDir>>;
  let served: Served | undefined;
  const db = () => join(work.dir, "store");

  beforeAll(async () => {
    work = await tempDir("espial-load-");
    await mkdir(join(work.dir, "reports"));
    for (const input of generateInputs({ documents: 15, seed: 7 })) {
      await writeFile(join(work.dir, "reports", input.origin.split("/").pop() ?? "r.txt"), input.bytes);
    }
    const ingested = await espial(["ingest", join(work.dir, "reports"), "--db", db()]);
    expect(ingested.code, ingested.stderr).toBe(0);
    served = await serve(db());
  }, 600_000);
  afterAll(async () => {
    if (served?.child.exitCode === null) {
      const child = served.child;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    }
    await work.cleanup();
  });

  it("answers concurrent reads, writes and TAXII polls with zero errors", async () => {
    const srv = served;
    if (!srv) throw new Error("espial serve did not start");
    const actors = (await (await fetch(`${srv.url}/api/actors`)).json()) as { actors?: { name: string }[] };
    const name = actors.actors?.[0]?.name ?? "APT10";
    const auth = { authorization: `Bearer ${TOKEN}` };
    let written = 0;
    const objects = await taxiiObjectsPath(srv.url);
    const runs: [string, Promise<Result>][] = [
      [
        "reads",
        load({
          url: srv.url,
          connections: 8,
          duration: SECONDS,
          timeout: 60,
          headers: auth,
          requests: [
            { method: "GET", path: "/api/actors" },
            { method: "GET", path: `/api/actors/${encodeURIComponent(name)}` },
            { method: "GET", path: "/api/search?q=panda" },
            { method: "GET", path: "/api/reports" },
          ],
        }),
      ],
      [
        "writes",
        load({
          url: srv.url,
          connections: 2,
          duration: SECONDS,
          timeout: 60,
          headers: { ...auth, "content-type": "application/json" },
          requests: [
            {
              method: "POST",
              path: "/api/ingest",
              setupRequest: (request) => ({
                ...request,
                body: JSON.stringify({
                  title: `Load report ${written + 1}`,
                  text: `Load report ${++written}\n\nAnalysts tied intrusion number ${written} at a ministry in Norway to APT28, also tracked as Fancy Bear, in March 2024.`,
                  published: "2024-04-02",
                }),
              }),
            },
          ],
        }),
      ],
    ];
    if (objects) {
      runs.push([
        "taxii",
        load({
          url: srv.url,
          connections: 2,
          duration: SECONDS,
          timeout: 60,
          headers: { ...auth, accept: TAXII },
          requests: [{ method: "GET", path: objects }],
        }),
      ]);
    }
    const results = await Promise.all(runs.map(([, run]) => run));
    const lines = runs.map(([name], i) => summary(name, results[i] as Result));
    if (!objects) lines.push("taxii   skipped: the server has no /taxii2/");
    console.log(`load on ${srv.url} for ${SECONDS} s:\n${lines.join("\n")}`);
    for (const [i, r] of results.entries()) {
      expect(r.errors + r.timeouts, lines[i]).toBe(0);
      expect(r.non2xx, lines[i]).toBe(0);
      expect(r.requests.total, lines[i]).toBeGreaterThan(0);
    }

    // Every write that was answered is in the store, once; the few in flight when the run stopped may be too.
    const exited = new Promise((resolve) => srv.child.once("exit", resolve));
    srv.child.kill("SIGTERM");
    await exited;
    const store = await createPgliteStore({ dir: db() });
    try {
      const writes = (results[1] as Result).requests.total;
      const titles = (await store.listReports()).filter((r) => r.title?.startsWith("Load report ")).length;
      expect(titles).toBeGreaterThanOrEqual(writes);
      expect(titles).toBeLessThanOrEqual(writes + 2);
    } finally {
      await store.close();
    }
  }, 120_000);
});
