// A smoke test of the harness on a handful of documents: every figure is in the JSON. Speed is never asserted.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DEFAULT_OPTIONS, runBench } from "./harness.ts";
import { formatBench, writeBench } from "./report.ts";
import { hasRun, type BenchResult } from "./result.ts";
import { STAGES } from "./stages.ts";
import { postgresBenchStores } from "./stores.ts";
import { quantile } from "./clock.ts";

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

describe("npm run bench", () => {
  it("measures ingest, stages, matcher, latency and memory on 20 documents", async () => {
    const result = await runBench({
      ...DEFAULT_OPTIONS,
      sizes: [20],
      stores: ["pglite"],
      postgresUrl: null,
      budgetS: 0,
      stageDocuments: 10,
      pageQueries: 5,
      searchQueries: 10,
      matcherTextBytes: 20_000,
      regexSliceBytes: 2_000,
      cpuProfile: true,
    });
    const dir = await mkdtemp(join(tmpdir(), "espial-bench-test-"));
    dirs.push(dir);
    const path = await writeBench(result, dir);
    const json = JSON.parse(await readFile(path, "utf8")) as BenchResult;
    expect(JSON.parse(await readFile(join(dir, "latest.json"), "utf8"))).toEqual(json);

    const run = json.ingest.find(hasRun);
    expect(run).toMatchObject({ store: "pglite", documents: 20, documents_requested: 20, stored: 20, rejected: 0 });
    for (const key of ["mb_per_cpu_s", "docs_per_cpu_s", "rss_peak_mb", "ratio_to_automaton", "store_wall_s"] as const)
      expect(run?.[key]).toBeGreaterThan(0);
    expect(run?.actor_page.queries).toBeGreaterThan(0);
    expect(Object.keys(json.stages.stages)).toEqual([...STAGES]);
    expect(json.stages.documents).toBe(10);
    // The stage-by-stage pass reads exactly what the pipeline reads.
    expect(json.stages.mismatched_documents).toBe(0);
    expect(json.hotspots?.by_self.length).toBeGreaterThan(0);
    expect(json.matcher.matcher_ratio_to_regex).toBeGreaterThan(0);
    expect(json.matcher.matcher_ratio_to_scan).toBeGreaterThan(0);
    expect(json.search.queries).toBe(10);
    expect(json.memory.max_rss_mb).toBeGreaterThan(0);
    expect(json.machine.load_average_before).toHaveLength(3);
    expect(json.targets.map((t) => t.name)).toEqual([
      "end_to_end_mb_per_cpu_s",
      "ratio_to_automaton",
      "matcher_ratio_to_regex",
    ]);
    expect(formatBench(json)).toContain("ratio_to_regex");
  }, 240_000);

  it("says why PostgreSQL is skipped when there is no URL", async () => {
    expect(await postgresBenchStores(null)).toEqual({ skip: expect.stringMatching(/^skipped: /) as unknown });
  });

  it("takes quantiles by nearest rank", () => {
    expect(quantile([5, 1, 4, 2, 3], 0.5)).toBe(3);
    expect(quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.95)).toBe(10);
    expect(quantile([], 0.5)).toBe(0);
  });
});
