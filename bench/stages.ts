// Time per stage: runs the pipeline's stages one by one on the same inputs as the ingest, in the order
// `recogniseReport` (src/pipeline/recognise/index.ts) and `ingestInputs` (src/pipeline/run.ts) call them,
// timing each with performance.now(). The stage functions are called directly because `extractReport` cannot
// be timed from outside stage by stage; what `ingestInputs` runs per report before the store
// (`extractReport`, then `fingerprintReport`) runs on the same reports, so a drift between the two shows up as
// claims that differ (`mismatched_documents`) and as `stage_sum_vs_extract` far from 1. The store is timed in
// the ingest run itself.
import type { Claim, Report, SegmentedReport } from "../src/core/index.ts";
import { readInput, type RawInput, type ReadOptions } from "../src/pipeline/read/index.ts";
import { segmentReport } from "../src/pipeline/segment/index.ts";
import { fingerprintReport } from "../src/pipeline/fuse/index.ts";
import { extractReport, type PipelineDeps } from "../src/pipeline/run.ts";
import { recogniseActors } from "../src/pipeline/recognise/actors.ts";
import { resolveActors } from "../src/pipeline/resolve/index.ts";
import { recogniseSponsors } from "../src/pipeline/recognise/sponsors.ts";
import { attributeActors } from "../src/pipeline/recognise/attribution.ts";
import { recognisePersons } from "../src/pipeline/recognise/persons.ts";
import { recogniseVictims } from "../src/pipeline/recognise/victims.ts";
import { recogniseActions } from "../src/pipeline/recognise/actions.ts";
import { recognisePeriods } from "../src/pipeline/recognise/periods.ts";
import { recogniseUnattributed } from "../src/pipeline/recognise/unattributed.ts";
import { recogniseArsenal } from "../src/pipeline/recognise/arsenal.ts";
import { buildClaims } from "../src/pipeline/recognise/claims.ts";
import type { RecognitionContext } from "../src/pipeline/recognise/context.ts";
import { cpuMs, round } from "./clock.ts";

/** The stages timed, in pipeline order. */
export const STAGES = [
  "read",
  "segment",
  "recognise_actors",
  "resolve_actors",
  "recognise_sponsors",
  "attribute_actors",
  "recognise_persons",
  "recognise_victims",
  "recognise_actions",
  "recognise_periods",
  "recognise_unattributed",
  "recognise_arsenal",
  "build_claims",
  "fingerprint",
] as const;
export type StageName = (typeof STAGES)[number];

/** The function that runs each stage, as the CPU profile names it (see hotspots.ts). */
export const STAGE_FUNCTIONS: Readonly<Record<StageName, string>> = {
  read: "readInput",
  segment: "segmentReport",
  recognise_actors: "recogniseActors",
  resolve_actors: "resolveActors",
  recognise_sponsors: "recogniseSponsors",
  attribute_actors: "attributeActors",
  recognise_persons: "recognisePersons",
  recognise_victims: "recogniseVictims",
  recognise_actions: "recogniseActions",
  recognise_periods: "recognisePeriods",
  recognise_unattributed: "recogniseUnattributed",
  recognise_arsenal: "recogniseArsenal",
  build_claims: "buildClaims",
  fingerprint: "fingerprintReport",
};

export interface StageTiming {
  /** Wall-clock time (performance.now()). */
  readonly ms: number;
  readonly ms_per_doc: number;
  /** This process's processor time: steadier than the wall clock on a busy machine. */
  readonly cpu_ms_per_doc: number;
  /** Part of the sum of all stages' processor time, 0–1. */
  readonly share: number;
}

export interface StageProfile {
  readonly documents: number;
  readonly bytes: number;
  readonly stages: Readonly<Record<StageName, StageTiming>>;
  readonly stage_sum_ms: number;
  readonly stage_sum_cpu_ms: number;
  /** The same reports through `extractReport` and `fingerprintReport`, as `ingestInputs` runs them. */
  readonly extract_ms: number;
  readonly extract_cpu_ms: number;
  /** Reports whose claims from the stage-by-stage pass differ from `extractReport`'s: 0 while this file follows the pipeline. */
  readonly mismatched_documents: number;
  /** Processor time of all stages but read / extract_cpu_ms: near 1 when this file follows the pipeline's order. */
  readonly stage_sum_vs_extract: number;
}

/** Wall ms (performance.now()) and processor ms (process.cpuUsage) per stage. */
interface Clock {
  readonly wall: Record<StageName, number>;
  readonly cpu: Record<StageName, number>;
}

function timed<T>(clock: Clock, stage: StageName, run: () => T): T {
  const c0 = cpuMs();
  const t0 = performance.now();
  const out = run();
  clock.wall[stage] += performance.now() - t0;
  clock.cpu[stage] += cpuMs() - c0;
  return out;
}

function recogniseTimed(report: SegmentedReport, deps: PipelineDeps, published: string | null, clock: Clock): Claim[] {
  const mentions = timed(clock, "recognise_actors", () => recogniseActors(report, deps));
  const resolved = timed(clock, "resolve_actors", () => resolveActors(report, mentions, deps));
  const actorMentions = resolved.flatMap((a) => a.mentionSpans).sort((a, b) => a.start - b.start);
  const ctx: RecognitionContext = { published, actors: resolved, actorMentions };
  const sponsors = timed(clock, "recognise_sponsors", () => recogniseSponsors(report, ctx));
  const actors = timed(clock, "attribute_actors", () => attributeActors(report, resolved, sponsors, ctx));
  const full: RecognitionContext = { ...ctx, actors };
  const persons = timed(clock, "recognise_persons", () => recognisePersons(report, full));
  const victims = timed(clock, "recognise_victims", () => recogniseVictims(report, full));
  const actions = timed(clock, "recognise_actions", () => recogniseActions(report, full));
  const periods = timed(clock, "recognise_periods", () => recognisePeriods(report, full));
  const unattributed = timed(clock, "recognise_unattributed", () => recogniseUnattributed(report, full));
  const arsenal = timed(clock, "recognise_arsenal", () => recogniseArsenal(report, full, deps));
  const findings = {
    actors,
    persons,
    victimCountries: victims.countries,
    victimSectors: victims.sectors,
    victimOrganisations: victims.organisations,
    actions,
    periods,
    unattributed,
    arsenal,
  };
  return timed(clock, "build_claims", () => buildClaims(report, findings, full));
}

/** Reads the inputs into reports, timing the read stage. */
function readTimed(inputs: readonly RawInput[], read: ReadOptions, clock: Clock): Report[] {
  const reports: Report[] = [];
  for (const input of inputs) {
    for (const outcome of timed(clock, "read", () => readInput(input, read))) {
      if (outcome.status === "read") reports.push(outcome.report);
    }
  }
  return reports;
}

/** Runs every stage on `inputs` and returns the time each took. */
export function profileStages(inputs: readonly RawInput[], deps: PipelineDeps, read: ReadOptions): StageProfile {
  const zero = () => Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<StageName, number>;
  const clock: Clock = { wall: zero(), cpu: zero() };
  const reports = readTimed(inputs, read, clock);
  let extractMs = 0;
  let extractCpuMs = 0;
  let mismatched = 0;
  // Stage by stage, then the pipeline's own calls, report by report: both passes run equally warm.
  for (const report of reports) {
    const segmented = timed(clock, "segment", () => segmentReport(report));
    const claims = recogniseTimed(segmented, deps, report.source.published?.slice(0, 10) ?? null, clock);
    timed(clock, "fingerprint", () => fingerprintReport(segmented));
    const c0 = cpuMs();
    const t0 = performance.now();
    const { extraction } = extractReport(report, deps);
    fingerprintReport(segmented);
    extractMs += performance.now() - t0;
    extractCpuMs += cpuMs() - c0;
    if (JSON.stringify(claims) !== JSON.stringify(extraction.claims)) mismatched++;
  }
  const sum = (of: Record<StageName, number>) => STAGES.reduce((total, name) => total + of[name], 0);
  const cpuSum = sum(clock.cpu);
  const n = Math.max(reports.length, 1);
  const stages = Object.fromEntries(
    STAGES.map((name) => [
      name,
      {
        ms: round(clock.wall[name]),
        ms_per_doc: round(clock.wall[name] / n, 3),
        cpu_ms_per_doc: round(clock.cpu[name] / n, 3),
        share: round(clock.cpu[name] / (cpuSum || 1), 3),
      },
    ]),
  ) as Record<StageName, StageTiming>;
  return {
    documents: reports.length,
    bytes: inputs.reduce((s, i) => s + i.bytes.length, 0),
    stages,
    stage_sum_ms: round(sum(clock.wall)),
    stage_sum_cpu_ms: round(cpuSum),
    extract_ms: round(extractMs),
    extract_cpu_ms: round(extractCpuMs),
    mismatched_documents: mismatched,
    stage_sum_vs_extract: round((cpuSum - clock.cpu.read) / (extractCpuMs || 1), 3),
  };
}
