// Prints a bench run as tables and writes its JSON: bench/out/bench-<date>.json and bench/out/latest.json.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { hasRun, type BenchResult } from "./result.ts";
import { STAGES } from "./stages.ts";

const pad = (s: string | number, n: number) => String(s).padEnd(n);
const lpad = (s: string | number, n: number) => String(s).padStart(n);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function table(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i] ?? "").length)));
  const line = (cells: readonly (string | number)[]) =>
    cells.map((c, i) => (i === 0 ? pad(c, widths[i]!) : lpad(c, widths[i]!))).join("  ");
  return [line(header), ...rows.map(line)];
}

function ingestLines(result: BenchResult): string[] {
  const rows: (string | number)[][] = [];
  const skipped: string[] = [];
  for (const e of result.ingest) {
    if (!hasRun(e)) {
      skipped.push(`${e.store} ${e.documents_requested}: ${e.skipped}`);
      continue;
    }
    rows.push([
      e.store,
      `${e.documents}/${e.documents_requested}`,
      (e.bytes / 1e6).toFixed(2),
      e.wall_s,
      e.cpu_s,
      e.mb_per_s,
      e.mb_per_cpu_s,
      e.docs_per_cpu_s,
      pct(e.store_share),
      `${e.rss_start_mb}→${e.rss_peak_mb}`,
      `${e.ratio_to_automaton}×`,
      `${e.actor_page.p50_ms}/${e.actor_page.p95_ms}`,
      e.load_average.join(" "),
    ]);
  }
  const stopped = result.ingest.filter(hasRun).filter((e) => e.stopped !== null);
  return [
    `Ingest as espial ingest does it, ${result.settings.batch} inputs per batch, ${threadsNote(result.ingest)}`,
    "(PostgreSQL's server adds its own process). Per core = per second of this process's CPU time, threads included.",
    ...table(
      [
        "store",
        "docs",
        "MB",
        "wall s",
        "cpu s",
        "MB/s",
        "MB/s/core",
        "docs/s/core",
        "in store",
        "RSS MB start→peak",
        "vs automaton",
        "page p50/p95 ms",
        "load",
      ],
      rows,
    ),
    ...skipped,
    ...stopped.map(
      (e) =>
        `${e.store} ${e.documents_requested}: stopped after ${e.documents} documents (${e.stopped}; --budget 0 runs all)`,
    ),
  ];
}

function stageLines(result: BenchResult): string[] {
  const s = result.stages;
  const topOf = (stage: string) => result.hotspots?.by_stage[stage]?.top[0]?.function ?? "";
  const rows = STAGES.map((name) => {
    const t = s.stages[name];
    return [name, t.ms_per_doc, t.cpu_ms_per_doc, pct(t.share), topOf(name)];
  });
  const perDoc = (seconds: number, docs: number) => ((seconds * 1000) / Math.max(docs, 1)).toFixed(3);
  const stores = result.ingest
    .filter(hasRun)
    .map((e) => [
      `store (${e.store}, ${e.documents} docs)`,
      perDoc(e.store_wall_s, e.documents),
      perDoc(e.store_cpu_s, e.documents),
      "",
      "",
    ]);
  return [
    `Time per stage on ${s.documents} documents (stages called directly in the pipeline's order; share of CPU time;`,
    `stage CPU sum / (extractReport + fingerprintReport) CPU on the same reports = ${s.stage_sum_vs_extract}; store rows from the ingest runs):`,
    ...table(["stage", "wall ms/doc", "cpu ms/doc", "share", "top function (self time)"], [...rows, ...stores]),
    ...(s.mismatched_documents > 0
      ? [
          `WARNING: ${s.mismatched_documents} reports read differently stage by stage: bench/stages.ts no longer follows recogniseReport`,
        ]
      : []),
  ];
}

function matcherLines(result: BenchResult): string[] {
  const m = result.matcher;
  return [
    `Name matcher on ${(m.text_bytes / 1e6).toFixed(2)} MB of the corpus (MB per CPU second; regex baseline on ${m.regex_slice_bytes} bytes, ${m.regex_patterns} patterns):`,
    `  character scan ${m.char_scan_mb_per_s} | automaton pass ${m.automaton_mb_per_s} | matcher.scan ${m.matcher_mb_per_s} | findActors ${m.find_actors_mb_per_s} | one regex per name ${m.regex_per_name_mb_per_s}`,
    `  matcher_ratio_to_regex ${m.matcher_ratio_to_regex}× faster (automaton ${m.automaton_ratio_to_regex}×); matcher_ratio_to_scan ${m.matcher_ratio_to_scan}× slower than a character scan (automaton ${m.automaton_ratio_to_scan}×)`,
    `Search (catalogue.findActors, ${result.search.queries} queries): p50 ${result.search.p50_ms} ms, p95 ${result.search.p95_ms} ms, max ${result.search.max_ms} ms`,
  ];
}

/** The run as text for a terminal. */
export function formatBench(result: BenchResult): string {
  const m = result.machine;
  const hot = result.hotspots?.by_self.slice(0, 10) ?? [];
  return [
    `Espial bench ${result.started_at} — seed ${result.settings.seed}, ${m.cores} cores (${m.cpu_model}), ${m.memory_gb} GB, Node ${m.node}`,
    `load average ${m.load_average_before.join(" / ")} before, ${m.load_average_after.join(" / ")} after (1/5/15 min); whole run ${result.wall_s} s`,
    "",
    ...ingestLines(result),
    "",
    ...stageLines(result),
    "",
    ...matcherLines(result),
    `Memory: RSS ${result.memory.rss_after_setup_mb} MB before any store, peak ${result.memory.rss_peak_mb} MB (sampled), maxRSS ${result.memory.max_rss_mb} MB (kernel)`,
    `Catalogue: ${result.catalogue.actors} actors, ${result.catalogue.patterns} patterns, built in ${result.catalogue.build_ms} ms`,
    "",
    "Targets (reported, not asserted):",
    ...result.targets.map(
      (t) =>
        `  ${pad(t.name, 26)} ${pad(t.target, 26)} ${pad(t.value ?? "n/a", 8)} ${t.met === null ? "n/a" : t.met ? "met" : "NOT met"}  (${t.measured_on})`,
    ),
    ...(hot.length
      ? [
          "",
          "Top functions by self time (stage pass):",
          ...hot.map((h) => `  ${pct(h.self_share).padStart(6)}  ${h.function}`),
        ]
      : []),
  ].join("\n");
}

/** Writes the run's JSON as bench-<date>.json and latest.json in `dir`; returns the dated file's path. */
export async function writeBench(result: BenchResult, dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  const stamp = result.started_at.replace(/[:]/g, "-").replace(/\.\d+Z$/, "Z");
  const path = join(dir, `bench-${stamp}.json`);
  const json = `${JSON.stringify(result, null, 2)}\n`;
  await writeFile(path, json);
  await writeFile(join(dir, "latest.json"), json);
  return path;
}

/** "one JavaScript thread", or the extraction threads pipelined with the store. */
function threadsNote(entries: readonly object[]): string {
  const cores = Math.max(
    1,
    ...entries.map((e) => ("cores_used" in e && typeof e.cores_used === "number" ? e.cores_used : 1)),
  );
  return cores === 1
    ? "one JavaScript thread"
    : `${cores - 1} extraction thread(s) pipelined with the store's thread (cores used: up to ${cores})`;
}
