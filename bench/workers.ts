// `npm run bench -- --workers [--documents N] [--postgres URL] [--json]`: horizontal ingest on PostgreSQL —
// the same generated reports queued (espial enqueue's job format) into a fresh database, then drained by one
// and by two `espial worker` processes; documents/s and MB/s for each, from the first job to the last
// worker's exit (each worker's own start-up, ~2 s of catalogue loading, included). Skipped with one line
// when no PostgreSQL answers.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { openIngestQueue, type IngestJob } from "../src/queue/index.ts";
import { createTestDatabase, findTestServer } from "../src/store/postgres/test-database.ts";
import { generateInputs } from "./corpus.ts";
import { DEFAULT_OPTIONS } from "./harness.ts";

const BIN = fileURLToPath(new URL("../bin/espial.js", import.meta.url));

export interface WorkersFigure {
  readonly workers: number;
  readonly documents: number;
  readonly seconds: number;
  readonly docs_per_s: number;
  readonly mb_per_s: number;
}

function runWorker(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, "worker", "--exit-when-idle", "--json"], {
      env: { ...process.env, DATABASE_URL: url },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`worker exited ${code}: ${stderr}`))));
  });
}

/** Queues `documents` generated reports into a fresh database and times `workers` processes draining them. */
export async function measureWorkers(baseUrl: string, workers: number, documents: number): Promise<WorkersFigure> {
  const database = await createTestDatabase(baseUrl);
  try {
    const inputs = generateInputs({ documents, seed: 1 });
    const bytes = inputs.reduce((n, i) => n + i.bytes.length, 0);
    const queue = await openIngestQueue({ url: database.url });
    try {
      const jobs = inputs.map((i): IngestJob => ({
        kind: "bytes",
        origin: i.origin,
        base64: Buffer.from(i.bytes).toString("base64"),
      }));
      for (let at = 0; at < jobs.length; at += 200) await queue.enqueue(jobs.slice(at, at + 200));
    } finally {
      await queue.stop({ timeoutMs: 1_000 });
    }
    const started = performance.now();
    await Promise.all(Array.from({ length: workers }, () => runWorker(database.url)));
    const seconds = (performance.now() - started) / 1000;
    return {
      workers,
      documents,
      seconds: Number(seconds.toFixed(2)),
      docs_per_s: Number((documents / seconds).toFixed(1)),
      mb_per_s: Number((bytes / 1e6 / seconds).toFixed(3)),
    };
  } finally {
    await database.drop();
  }
}

/** The --workers entry of bench/run.ts. */
export async function mainWorkers(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      workers: { type: "boolean" },
      documents: { type: "string" },
      postgres: { type: "string" },
      json: { type: "boolean" },
    },
  });
  const documents = Number(values.documents ?? 300);
  if (!Number.isInteger(documents) || documents < 1) {
    process.stderr.write(`--documents wants a whole number, got ${values.documents}\n`);
    return 2;
  }
  // As the main run: --postgres, else DATABASE_URL, else the local default server.
  const server = await findTestServer({
    DATABASE_URL: values.postgres ?? (env.DATABASE_URL || DEFAULT_OPTIONS.postgresUrl || undefined),
    CI: undefined,
  });
  if (!("url" in server)) {
    process.stderr.write(`bench: workers skipped: ${"skip" in server ? server.skip : server.fail}\n`);
    return 0;
  }
  const figures: WorkersFigure[] = [];
  for (const workers of [1, 2]) {
    process.stderr.write(`bench: ${documents} documents with ${workers} worker(s)…\n`);
    figures.push(await measureWorkers(server.url, workers, documents));
  }
  const speedup = Number(((figures[1]?.docs_per_s ?? 0) / (figures[0]?.docs_per_s ?? 1)).toFixed(2));
  if (values.json) process.stdout.write(`${JSON.stringify({ workers: figures, speedup_2_vs_1: speedup }, null, 2)}\n`);
  else {
    process.stdout.write("workers  documents  seconds  docs/s   MB/s\n");
    for (const f of figures) {
      process.stdout.write(
        `${String(f.workers).padStart(7)}  ${String(f.documents).padStart(9)}  ${f.seconds.toFixed(1).padStart(7)}  ${f.docs_per_s.toFixed(1).padStart(6)}  ${f.mb_per_s.toFixed(3).padStart(5)}\n`,
      );
    }
    process.stdout.write(`2 workers vs 1: ${speedup}×\n`);
  }
  return 0;
}
