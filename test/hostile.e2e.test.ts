// Hostile input end to end: the corpus of test/hostile-corpus.ts through `espial ingest` (files and stdin, a
// real child process whose peak memory is watched) and through `espial serve`'s HTTP API on loopback. Each
// input ends in a clear error or a correct result, never a crash, and the store holds exactly the good ones.
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, createTokenAuthenticator, startServer, type RunningServer } from "../src/api/index.ts";
import { loadKnowledge, openStore, pipelineDeps } from "../src/compose.ts";
import { loadConfig } from "../src/config/index.ts";
import { defaultLimits } from "../src/config/limits.ts";
import { errorTable } from "../src/core/index.ts";
import type { Store } from "../src/store/store.ts";
import { espial, ROOT, tempDir } from "./helpers.ts";
import { bigText, hostileInputs, NON_ENGLISH, type HostileInput } from "./hostile-corpus.ts";

const TOKEN = "hostile-test-token-5f2a9d0c7e1b";
const MIB = 1024 * 1024;

/** How a CLI rejection reason says each code (the CLI's JSON results carry the message, not the code). */
const REASON: Partial<Record<string, RegExp>> = {
  "empty-input": /empty|nothing to read/i,
  "binary-input": /binary|NUL|UTF-8/i,
  "too-large": /over the limit/,
  unsupported: /declares entities/,
};

interface CliResult {
  readonly origin: string;
  readonly status: string;
  readonly reason?: string;
}

let work: Awaited<ReturnType<typeof tempDir>>;
const corpus = hostileInputs();

beforeAll(async () => {
  work = await tempDir("espial-hostile-");
  await mkdir(join(work.dir, "inputs"));
  for (const input of corpus) await writeFile(join(work.dir, "inputs", input.name), input.bytes());
}, 300_000);
afterAll(async () => {
  await work.cleanup();
});

function expectOutcome(input: HostileInput, result: CliResult | undefined): void {
  expect(result, input.name).toBeDefined();
  if (!result) return;
  if (input.expect === "stored") expect(result.status, `${input.name}: ${result.reason ?? ""}`).toBe("stored");
  else if (input.expect === "any") expect(["stored", "skipped", "rejected"]).toContain(result.status);
  else {
    expect(result.status, input.name).toBe("rejected");
    expect(result.reason, input.name).toMatch(REASON[input.expect] ?? /./);
  }
  expect(result.reason ?? "", input.name).not.toMatch(/internal|TypeError|RangeError|stack/i);
}

describe("espial ingest on hostile files", () => {
  it("stores exactly the good ones, rejects the rest with one clear reason each, and changes nothing again", async () => {
    const db = join(work.dir, "cli-store");
    const run = await espial(["ingest", join(work.dir, "inputs"), "--db", db, "--json"]);
    expect(run.code).toBe(1);
    const summary = JSON.parse(run.stdout) as { results: CliResult[]; stored: number };
    for (const input of corpus) {
      const mine = summary.results.filter((r) => r.origin.endsWith(`/${input.name}`));
      expect(mine, input.name).toHaveLength(1);
      expectOutcome(input, mine[0]);
    }
    const huge = summary.results.find((r) => r.origin.endsWith("/huge.txt"));
    expect(huge?.reason).toMatch(/104857600 bytes is over the limit/);
    const good = corpus.filter((i) => i.expect === "stored").length;
    const stored = summary.results.filter((r) => r.status === "stored").length;
    expect(stored).toBeGreaterThanOrEqual(good);

    const again = await espial(["ingest", join(work.dir, "inputs"), "--db", db, "--json"]);
    const second = JSON.parse(again.stdout) as { stored: number; unchanged: number };
    expect(second.stored).toBe(0);
    expect(second.unchanged).toBe(stored);
    // A STIX bundle is imported as actors and facts, not as a document.
    const reports = summary.results.filter((r) => r.status === "stored" && !r.origin.endsWith(".json")).length;
    const documents = await espial(["documents", "--db", db, "--json"]);
    expect(JSON.parse(documents.stdout)).toHaveLength(reports);
  }, 300_000);

  it("reads Russian, Chinese and Arabic reports as they are, finding the actor named in Latin script", async () => {
    const db = join(work.dir, "cli-store");
    const profile = await espial(["actor", "APT28", "--db", db, "--json"]);
    expect(profile.code, profile.stderr).toBe(0);
    const reports = (JSON.parse(profile.stdout) as { reports: { document: string; origin: string }[] }).reports;
    for (const report of NON_ENGLISH)
      expect(reports.map((r) => r.origin)).toContain(join(work.dir, "inputs", report.name));
    const texts = [];
    for (const r of reports) {
      const doc = await espial(["document", r.document, "--db", db, "--json"]);
      texts.push((JSON.parse(doc.stdout) as { text: string }).text);
    }
    for (const report of NON_ENGLISH) expect(texts, report.name).toContain(report.text);
  }, 300_000);

  it("refuses a bundle of 10^6 objects by maxStixObjects once the size limit lets it through", async () => {
    const run = await espial(
      ["ingest", join(work.dir, "inputs", "million.json"), "--db", join(work.dir, "cli-store")],
      {
        env: { ESPIAL_MAX_REPORT_BYTES: String(100 * MIB) },
      },
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/over the limit maxStixObjects = 200000/);
  }, 300_000);
});

/** Peak resident memory of a child process in MiB, from /proc (Linux), sampled until it exits. */
function peakRssMiB(pid: number): () => number {
  let peak = 0;
  const sample = () => {
    try {
      const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      if (m?.[1]) peak = Math.max(peak, Number(m[1]) / 1024);
    } catch {
      // the process is gone
    }
  };
  const timer = setInterval(sample, 20);
  return () => {
    clearInterval(timer);
    return peak;
  };
}

/** Runs `espial ingest -` in a child process with `bytes` on stdin, written in 1 MiB chunks. */
function ingestStdin(db: string, bytes: number): Promise<{ code: number | null; stderr: string; peakMiB: number }> {
  const child = spawn(process.execPath, [join(ROOT, "bin/espial.js"), "ingest", "-", "--db", db], {
    cwd: ROOT,
    env: { PATH: process.env["PATH"] ?? "", HOME: process.env["HOME"] ?? "" },
  });
  const peak = peakRssMiB(child.pid ?? 0);
  let stderr = "";
  child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
  child.stdout.resume();
  child.stdin.on("error", () => {}); // the reader may stop early: a closed pipe is expected
  const chunk = bigText(MIB);
  void (async () => {
    for (let sent = 0; sent < bytes && !child.stdin.destroyed; sent += chunk.length) {
      const part = chunk.subarray(0, Math.min(chunk.length, bytes - sent));
      if (!child.stdin.write(part)) await new Promise((r) => child.stdin.once("drain", r));
    }
    child.stdin.end();
  })();
  return new Promise((resolve) => {
    child.once("exit", (code) => resolve({ code, stderr, peakMiB: peak() }));
  });
}

describe.runIf(existsSync("/proc/self/status"))("espial ingest - on 100 MB of stdin", () => {
  it("stops at the size limit with one clear error, in bounded memory, storing nothing", async () => {
    const db = join(work.dir, "stdin-store");
    // The first run creates the store (migrations); the second is the baseline of an ordinary ingest.
    expect((await ingestStdin(db, 4 * 1024)).code).toBe(0);
    const small = await ingestStdin(db, 4 * 1024);
    expect(small.code, small.stderr).toBe(0);
    const huge = await ingestStdin(db, 100 * MIB);
    expect(huge.code).toBe(1);
    const lines = huge.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^espial: .*stdin: over the limit of ${20 * MIB} bytes per report$`));
    console.log(
      `stdin: peak RSS ${small.peakMiB.toFixed(0)} MiB for 4 KiB, ${huge.peakMiB.toFixed(0)} MiB for 100 MiB`,
    );
    // Reading stops at the limit: at most the limit's 20 MiB (and its copy) above an ordinary run.
    expect(huge.peakMiB - small.peakMiB).toBeLessThan(64);
    const documents = await espial(["documents", "--db", db, "--json"]);
    expect(JSON.parse(documents.stdout)).toHaveLength(1);
  }, 300_000);
});

describe("the HTTP API on hostile bodies", () => {
  let store: Store;
  let server: RunningServer;

  beforeAll(async () => {
    const config = loadConfig({ env: {}, flags: { db: join(work.dir, "api-store") } });
    store = await openStore(config);
    const app = createApp({
      store,
      pipeline: { ...pipelineDeps(config), catalogue: loadKnowledge(config).catalogue },
      limits: defaultLimits(),
      defaults: config.defaults,
      auth: createTokenAuthenticator([{ name: "test", token: TOKEN }]),
      allowedHosts: null,
      openReads: true,
      clock: () => new Date(),
      log: () => {},
    });
    server = await startServer(app, { host: "127.0.0.1", port: 0 });
  }, 300_000);
  afterAll(async () => {
    await server.close();
    await store.close();
  });

  const post = (body: BodyInit, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/api/ingest`, {
      method: "POST",
      body,
      headers: { authorization: `Bearer ${TOKEN}`, "content-type": "text/plain", ...headers },
      ...(body instanceof ReadableStream ? { duplex: "half" } : {}),
    });

  it("answers each input of the corpus with its result or its error code, storing only the good ones", async () => {
    let stored = 0;
    // Inputs over the body limit are the next test's: the server may close on them while the client writes.
    for (const input of corpus.filter((i) => !["huge.txt", "million.json"].includes(i.name))) {
      const type = input.name.endsWith(".json") ? "application/json" : "text/plain";
      const answer = await post(new Blob([input.bytes() as BlobPart]), { "content-type": type });
      const body = (await answer.json()) as { error?: { code: string }; stored?: number; stix?: { added: number }[] };
      // A STIX bundle imported (numbers.json) is counted stored but keeps objects, not a document.
      stored += (body.stored ?? 0) - (body.stix ?? []).filter((b) => b.added > 0).length;
      // JSON bodies go through the API's own JSON schema first, so only their being refused cleanly is checked.
      if (input.expect === "stored") expect(answer.status, input.name).toBe(200);
      else if (input.expect !== "any" && type !== "application/json") {
        expect(body.error?.code, input.name).toBe(input.expect);
      }
      expect(answer.status, input.name).not.toBe(500);
      if (body.error) expect(answer.status).toBe(errorTable[body.error.code as keyof typeof errorTable].http);
    }
    const counts = await store.counts();
    expect(stored).toBeGreaterThanOrEqual(corpus.filter((i) => i.expect === "stored").length);
    expect(counts.reports).toBe(stored);
  }, 300_000);

  it("refuses a 100 MB body at the size limit, declared or streamed, without holding it", async () => {
    const before = await store.counts();
    const declared = await post(new Blob([bigText(100 * MIB) as BlobPart]));
    expect(declared.status).toBe(413);
    expect(((await declared.json()) as { error: { code: string } }).error.code).toBe("too-large");

    const rssBefore = process.memoryUsage().rss;
    const chunk = bigText(MIB);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 100 * MIB) return controller.close();
        sent += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const streamed = await post(stream).catch((error: unknown) => error);
    if (streamed instanceof Response) {
      expect(streamed.status).toBe(413);
      expect(((await streamed.json()) as { error: { code: string } }).error.code).toBe("too-large");
    } else {
      // The server may close the connection after answering 413 while the client still writes.
      expect(String((streamed as Error).cause ?? streamed)).toMatch(/ECONNRESET|EPIPE|other side closed|terminated/);
    }
    expect(sent).toBeLessThan(100 * MIB);
    expect((process.memoryUsage().rss - rssBefore) / MIB).toBeLessThan(80);
    expect(await store.counts()).toEqual(before);
  }, 300_000);
});
