// The store alone: `npx tsx bench/store-cli.ts [DOCUMENTS] [pglite|postgres] [BATCH]` extracts the generated
// reports first, then times only `store.ingest` on them, batch by batch, and prints CPU and wall ms per
// report (batch by batch on stderr, then in total). Run it under `node --cpu-prof --import tsx` to see where
// the store's time goes.
import { readCatalogueFile } from "../src/catalogue/data-file.ts";
import { createAliasMatcher, createCatalogue } from "../src/catalogue/index.ts";
import { defaultLimits } from "../src/config/limits.ts";
import { contentHashOf, fingerprintReport } from "../src/pipeline/fuse/index.ts";
import { readInput } from "../src/pipeline/read/index.ts";
import { extractReport } from "../src/pipeline/run.ts";
import type { ReportToStore } from "../src/store/store.ts";
import { cpuMs, round } from "./clock.ts";
import { benchActors, generateInputs } from "./corpus.ts";
import { openPgliteBenchStore, postgresBenchStores } from "./stores.ts";

const documents = Number(process.argv[2] ?? 500);
const kind = process.argv[3] ?? "pglite";
const batch = Number(process.argv[4] ?? 25);
const seed = 20_240_501;

const catalogue = createCatalogue(readCatalogueFile());
const deps = { catalogue, matcher: createAliasMatcher(catalogue) };
const read = { limits: defaultLimits(), defaults: { kind: "press", tlp: "clear" } } as const;
const reports: ReportToStore[] = [];
for (const input of generateInputs({ documents, seed, actors: benchActors(seed) })) {
  for (const outcome of readInput(input, read)) {
    if (outcome.status !== "read") continue;
    const { report, extraction } = extractReport(outcome.report, deps);
    reports.push({
      contentHash: contentHashOf(outcome.report.text),
      source: outcome.report.source,
      text: outcome.report.text,
      extraction,
      fingerprint: fingerprintReport(report),
    });
  }
}
const open = kind === "postgres" ? await postgresBenchStores(process.env.DATABASE_URL ?? null) : openPgliteBenchStore;
if (typeof open !== "function") throw new Error(open.skip);
const opened = await open();
const c0 = cpuMs();
const t0 = performance.now();
const counts: Record<string, number> = {};
for (let from = 0; from < reports.length; from += batch) {
  const b0 = cpuMs();
  const w0 = performance.now();
  const slice = reports.slice(from, from + batch);
  for (const o of await opened.store.ingest(slice)) counts[o.status] = (counts[o.status] ?? 0) + 1;
  // Batch by batch, on stderr: whether the cost per report grows with the store.
  const perReport = (ms: number) => round(ms / slice.length, 2);
  console.error(`batch ${from}: cpu ${perReport(cpuMs() - b0)} wall ${perReport(performance.now() - w0)} ms/report`);
}
const cpu = cpuMs() - c0;
const wall = performance.now() - t0;
console.log(
  JSON.stringify({
    kind,
    reports: reports.length,
    batch,
    counts,
    cpu_ms_per_report: round(cpu / reports.length, 2),
    wall_ms_per_report: round(wall / reports.length, 2),
    rows: await opened.store.counts(),
  }),
);
await opened.dispose();
