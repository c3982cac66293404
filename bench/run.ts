// `npm run bench [-- flags]`: runs the benchmark, prints its tables and writes bench/out/bench-<date>.json and
// bench/out/latest.json. See bench/README.md for the figures and the flags.
import { mkdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { DEFAULT_OPTIONS, runBench, type BenchOptions } from "./harness.ts";
import { formatBench, writeBench } from "./report.ts";
import { STORE_KINDS, type StoreKind } from "./stores.ts";

const USAGE = `usage: npm run bench -- [--sizes 1000,10000] [--stores pglite,postgres] [--postgres URL]
       [--budget SECONDS (per ingest run, default 40, 0 = none)] [--seed N] [--stage-docs N] [--page-queries N]
       [--search-queries N] [--threads N (extraction threads, default 0)] [--no-profile] [--out DIR] [--json]`;

function positive(name: string, value: string | undefined, fallback: number, allowZero = false): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || (n === 0 && !allowZero))
    throw new Error(`--${name} wants a whole number, got ${value}`);
  return n;
}

function storesOf(value: string | undefined): StoreKind[] {
  if (value === undefined) return [...DEFAULT_OPTIONS.stores];
  const kinds = value.split(",").map((s) => s.trim());
  const bad = kinds.filter((k) => !(STORE_KINDS as readonly string[]).includes(k));
  if (bad.length > 0) throw new Error(`--stores takes ${STORE_KINDS.join(", ")}; not ${bad.join(", ")}`);
  return kinds as StoreKind[];
}

function optionsFrom(argv: readonly string[], env: NodeJS.ProcessEnv): BenchOptions & { out: string; json: boolean } {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      sizes: { type: "string" },
      stores: { type: "string" },
      postgres: { type: "string" },
      budget: { type: "string" },
      seed: { type: "string" },
      "stage-docs": { type: "string" },
      "page-queries": { type: "string" },
      "search-queries": { type: "string" },
      "no-profile": { type: "boolean" },
      out: { type: "string" },
      json: { type: "boolean" },
      threads: { type: "string" },
    },
  });
  const sizes =
    values.sizes?.split(",").map((s) => positive("sizes", s.trim().replace(/_/g, ""), 0)) ?? DEFAULT_OPTIONS.sizes;
  const out = values.out ?? fileURLToPath(new URL("./out", import.meta.url));
  const stamp = new Date()
    .toISOString()
    .replace(/[:]/g, "-")
    .replace(/\.\d+Z$/, "Z");
  return {
    ...DEFAULT_OPTIONS,
    sizes,
    stores: storesOf(values.stores),
    postgresUrl: values.postgres ?? env.DATABASE_URL ?? DEFAULT_OPTIONS.postgresUrl,
    budgetS: positive("budget", values.budget, DEFAULT_OPTIONS.budgetS, true),
    seed: positive("seed", values.seed, DEFAULT_OPTIONS.seed, true),
    stageDocuments: positive("stage-docs", values["stage-docs"], DEFAULT_OPTIONS.stageDocuments),
    pageQueries: positive("page-queries", values["page-queries"], DEFAULT_OPTIONS.pageQueries),
    searchQueries: positive("search-queries", values["search-queries"], DEFAULT_OPTIONS.searchQueries),
    cpuProfile: values["no-profile"] ? false : `${out}/stages-${stamp}.cpuprofile`,
    out,
    json: Boolean(values.json),
    threads: positive("threads", values.threads, DEFAULT_OPTIONS.threads, true),
  };
}

async function main(): Promise<number> {
  // --workers: the horizontal-ingest figure (1 vs 2 `espial worker` processes on PostgreSQL), run on its own.
  if (process.argv.includes("--workers")) {
    return (await import("./workers.ts")).mainWorkers(process.argv.slice(2), process.env);
  }
  // --serve-memory: idle RSS of `espial serve` on both stores (issue #8), run on its own.
  if (process.argv.includes("--serve-memory")) {
    return (await import("./serve-memory.ts")).mainServeMemory(process.argv.slice(2), process.env);
  }
  // --scale-reads: actor pages as the store grows by cloned rows (PostgreSQL), run on its own.
  if (process.argv.includes("--scale-reads")) {
    return (await import("./scale-reads.ts")).mainScaleReads(process.argv.slice(2), process.env);
  }
  let options: ReturnType<typeof optionsFrom>;
  try {
    options = optionsFrom(process.argv.slice(2), process.env);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  await mkdir(options.out, { recursive: true });
  const result = await runBench({ ...options, log: (line) => process.stderr.write(`bench: ${line}\n`) });
  const path = await writeBench(result, options.out);
  process.stdout.write(options.json ? `${JSON.stringify(result, null, 2)}\n` : `${formatBench(result)}\n`);
  process.stderr.write(`bench: wrote ${path} and latest.json\n`);
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
