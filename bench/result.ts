// The shape of a bench run's JSON (bench/out/bench-<date>.json), and the targets it is read against. Targets
// are reported, never asserted: speed depends on the machine and on who else is using it.
import type { HotspotSummary, StageHotspots } from "./hotspots.ts";
import type { IngestRun } from "./ingest.ts";
import type { ActorPageLatency, LatencyFigures } from "./latency.ts";
import type { MachineFigures } from "./machine.ts";
import type { MatcherRatios } from "./ratios.ts";
import type { StageProfile } from "./stages.ts";
import type { StoreKind } from "./stores.ts";

export type IngestEntry =
  | ({
      readonly store: StoreKind;
      readonly location: string;
      /** The harness is one JavaScript thread (PGlite runs in it); a PostgreSQL server works in its own process. */
      readonly cores_used: number;
      /** Load average when the run started. */
      readonly load_average: readonly number[];
      /** Seconds to create and migrate the fresh store (PGlite: initdb in WebAssembly), outside the ingest figures. */
      readonly open_s: number;
      readonly actor_page: ActorPageLatency;
    } & IngestRun)
  | { readonly store: StoreKind; readonly documents_requested: number; readonly skipped: string };

export interface TargetCheck {
  readonly name: string;
  readonly target: string;
  readonly value: number | null;
  readonly met: boolean | null;
  readonly measured_on: string;
}

export interface BenchResult {
  readonly format: "espial-bench/1";
  readonly started_at: string;
  readonly wall_s: number;
  readonly machine: MachineFigures & {
    readonly load_average_before: readonly number[];
    readonly load_average_after: readonly number[];
  };
  readonly settings: {
    readonly seed: number;
    readonly sizes: readonly number[];
    readonly batch: number;
    readonly budget_s: number;
    readonly stage_documents: number;
  };
  readonly catalogue: { readonly actors: number; readonly patterns: number; readonly build_ms: number };
  readonly ingest: readonly IngestEntry[];
  readonly stages: StageProfile;
  readonly hotspots: (HotspotSummary & { readonly by_stage: Readonly<Record<string, StageHotspots>> }) | null;
  readonly matcher: MatcherRatios;
  readonly search: LatencyFigures;
  readonly memory: {
    /** RSS once the catalogue is loaded and the stage pass has run, before any store is opened. */
    readonly rss_after_setup_mb: number;
    readonly rss_peak_mb: number;
    readonly max_rss_mb: number;
  };
  readonly targets: readonly TargetCheck[];
}

type Ran = Extract<IngestEntry, { readonly location: string }>;

export const hasRun = (e: IngestEntry): e is Ran => "location" in e;

/** The embedded store's run on the most documents. */
function largestEmbedded(ingest: readonly IngestEntry[]): Ran | null {
  const runs = ingest.filter(hasRun).filter((e) => e.store === "pglite");
  return runs.reduce<Ran | null>((best, e) => (best === null || e.documents > best.documents ? e : best), null);
}

/** Reads a run against the project's targets. */
export function assessTargets(result: Omit<BenchResult, "targets">): TargetCheck[] {
  const run = largestEmbedded(result.ingest);
  const on = run ? `pglite, ${run.documents} documents` : "no embedded run";
  const check = (name: string, target: string, value: number | null, met: (v: number) => boolean, where: string) => ({
    name,
    target,
    value,
    met: value === null ? null : met(value),
    measured_on: where,
  });
  return [
    check("end_to_end_mb_per_cpu_s", "≥ 5 MB/s per core", run?.mb_per_cpu_s ?? null, (v) => v >= 5, on),
    check("ratio_to_automaton", "≤ 20× the automaton pass", run?.ratio_to_automaton ?? null, (v) => v <= 20, on),
    check(
      "matcher_ratio_to_regex",
      "≥ 50× one regex per name",
      result.matcher.matcher_ratio_to_regex,
      (v) => v >= 50,
      `${result.matcher.text_bytes} bytes of the corpus`,
    ),
  ];
}
