// The benchmark in one run: the catalogue and name matcher, time per stage (with the CPU profile's top
// functions), the matcher against a character scan and one regex per name, catalogue search latency, then
// for each corpus size and each store: end-to-end ingest through `ingestInputs`, memory and actor-page
// latency. Returns plain-named figures; printing and writing them is report.ts's job.
import { writeFile } from "node:fs/promises";
import { readCatalogueFile } from "../src/catalogue/data-file.ts";
import { createAliasMatcher, createCatalogue } from "../src/catalogue/index.ts";
import { defaultLimits } from "../src/config/limits.ts";
import type { RawInput, ReadOptions } from "../src/pipeline/read/index.ts";
import type { PipelineDeps } from "../src/pipeline/run.ts";
import { round } from "./clock.ts";
import { CHUNK, benchActors, corpusChunks, generateInputs, joinedText } from "./corpus.ts";
import { withCpuProfile, summariseProfile } from "./hotspots.ts";
import { benchIngest, CLI_BATCH } from "./ingest.ts";
import { benchActorPages, benchSearch } from "./latency.ts";
import { describeMachine, loadAverage } from "./machine.ts";
import { maxRssMb, rssMb, startRssSampler } from "./memory.ts";
import { measureMatcherRatios } from "./ratios.ts";
import { STAGE_FUNCTIONS, profileStages } from "./stages.ts";
import { openPgliteBenchStore, postgresBenchStores, type StoreKind, type StoreOpener } from "./stores.ts";
import { assessTargets, type BenchResult, type IngestEntry } from "./result.ts";
import { createExtractPool } from "../src/threads/index.ts";

export interface BenchOptions {
  readonly sizes: readonly number[];
  readonly seed: number;
  readonly stores: readonly StoreKind[];
  readonly postgresUrl: string | null;
  /** Wall-clock seconds each ingest run may take before it stops; 0 for no limit. */
  readonly budgetS: number;
  readonly stageDocuments: number;
  readonly pageQueries: number;
  readonly searchQueries: number;
  readonly matcherTextBytes: number;
  readonly regexSliceBytes: number;
  /** Profile the stage pass with the CPU profiler (and write the .cpuprofile here when a path is given). */
  readonly cpuProfile: boolean | string;
  /** Extraction threads pipelined with the store, as `espial ingest --threads N`; 0 runs it all in this thread. */
  readonly threads: number;
  readonly log?: (line: string) => void;
}

export const DEFAULT_OPTIONS: BenchOptions = {
  sizes: [1000, 10_000],
  seed: 20_240_501,
  stores: ["pglite", "postgres"],
  postgresUrl: "postgres://postgres@127.0.0.1:5432/postgres",
  budgetS: 40,
  stageDocuments: 200,
  pageQueries: 200,
  searchQueries: 300,
  matcherTextBytes: 2_000_000,
  regexSliceBytes: 32_000,
  cpuProfile: true,
  threads: 0,
};

/** Reports run through every stage before anything is measured. */
const WARM_UP_DOCUMENTS = 20;

const READ: ReadOptions = { limits: defaultLimits(), defaults: { kind: "press", tlp: "clear" } };

type Deps = PipelineDeps;

async function profileStagesWithHotspots(inputs: readonly RawInput[], deps: Deps, options: BenchOptions) {
  if (!options.cpuProfile) return { stages: profileStages(inputs, deps, READ), hotspots: null };
  const { result, profile } = await withCpuProfile(() => profileStages(inputs, deps, READ));
  if (typeof options.cpuProfile === "string") await writeFile(options.cpuProfile, JSON.stringify(profile));
  return { stages: result, hotspots: summariseProfile(profile, { top: 15, stages: STAGE_FUNCTIONS }) };
}

async function ingestInto(
  kind: StoreKind,
  open: StoreOpener,
  corpus: { documents: number; chunks: () => Iterable<readonly RawInput[]> },
  ctx: { deps: Deps; options: BenchOptions },
): Promise<IngestEntry> {
  const { deps, options } = ctx;
  if (typeof open !== "function") return { store: kind, documents_requested: corpus.documents, skipped: open.skip };
  const o0 = performance.now();
  const opened = await open();
  const pool = options.threads > 0 ? createExtractPool({ threads: options.threads, cataloguePath: null }) : null;
  const openS = round((performance.now() - o0) / 1000, 2);
  try {
    const load = loadAverage();
    const run = await benchIngest({
      store: opened.store,
      chunks: corpus.chunks(),
      documents: corpus.documents,
      deps,
      read: READ,
      ...(options.budgetS > 0 ? { budgetMs: options.budgetS * 1000 } : {}),
      ...(pool ? { extractMany: pool.extractMany } : {}),
    });
    const pages = await benchActorPages(opened.store, deps.catalogue, {
      queries: options.pageQueries,
      budgetMs: 15_000,
    });
    const cores = 1 + (pool?.threads ?? 0);
    const entry = { store: kind, location: opened.location, cores_used: cores, load_average: load, open_s: openS };
    return { ...entry, ...run, actor_page: pages };
  } finally {
    await pool?.close();
    await opened.dispose();
  }
}

function corpusOf(documents: number, seed: number, actors: ReturnType<typeof benchActors>) {
  // Up to one chunk, generate once and share it between the stores; beyond, regenerate chunk by chunk.
  if (documents <= CHUNK) {
    const inputs = generateInputs({ documents, seed, actors });
    return { documents, chunks: () => [inputs] };
  }
  return { documents, chunks: () => corpusChunks({ documents, seed, actors }) };
}

/** What needs no store: the catalogue, time per stage, the matcher's figures and search latency. */
async function measurePipeline(options: BenchOptions, log: (line: string) => void) {
  const t0 = performance.now();
  const catalogue = createCatalogue(readCatalogueFile());
  const matcher = createAliasMatcher(catalogue);
  const catalogueMs = performance.now() - t0;
  const deps: Deps = { catalogue, matcher };
  const actors = benchActors(options.seed);
  const sample = generateInputs({ documents: options.stageDocuments, seed: options.seed, actors });
  // Warm the JIT and any lazily built tables, so that the first figures are not the cost of starting.
  profileStages(sample.slice(0, WARM_UP_DOCUMENTS), deps, READ);
  log(`stages: ${options.stageDocuments} documents`);
  const { stages, hotspots } = await profileStagesWithHotspots(sample, deps, options);
  log("matcher: automaton, matcher.scan, character scan, one regex per name");
  const documents = Math.min(Math.max(...options.sizes), 2000);
  const text = joinedText(generateInputs({ documents, seed: options.seed, actors }), options.matcherTextBytes);
  const ratios = measureMatcherRatios(text, deps, { regexSliceBytes: options.regexSliceBytes });
  const search = benchSearch(catalogue, { queries: options.searchQueries });
  const catalogueFigures = {
    actors: catalogue.actors.length,
    patterns: matcher.automaton.patternCount,
    build_ms: Math.round(catalogueMs),
  };
  return { deps, actors, stages, hotspots, ratios, search, catalogue: catalogueFigures };
}

/** Every size into every store asked for. */
async function ingestAll(
  options: BenchOptions,
  ctx: { deps: Deps; actors: ReturnType<typeof benchActors> },
  log: (line: string) => void,
): Promise<IngestEntry[]> {
  const postgres = options.stores.includes("postgres")
    ? await postgresBenchStores(options.postgresUrl)
    : { skip: "skipped: not asked for (--stores)" };
  const ingest: IngestEntry[] = [];
  for (const documents of options.sizes) {
    const g0 = performance.now();
    const corpus = corpusOf(documents, options.seed, ctx.actors);
    log(`corpus: ${documents} documents generated in ${round((performance.now() - g0) / 1000, 1)} s`);
    for (const kind of options.stores) {
      log(`ingest: ${documents} documents into ${kind}`);
      const open = kind === "pglite" ? openPgliteBenchStore : postgres;
      ingest.push(await ingestInto(kind, open, corpus, { deps: ctx.deps, options }));
    }
  }
  return ingest;
}

/** Runs the whole benchmark. */
export async function runBench(options: BenchOptions): Promise<BenchResult> {
  const log = options.log ?? (() => undefined);
  const started = new Date();
  const loadBefore = loadAverage();
  const rss = startRssSampler(100);
  const t0 = performance.now();
  const measured = await measurePipeline(options, log);
  const setupRss = rssMb();
  const ingest = await ingestAll(options, measured, log);
  rss.stop();
  const result: Omit<BenchResult, "targets"> = {
    format: "espial-bench/1",
    started_at: started.toISOString(),
    wall_s: round((performance.now() - t0) / 1000, 1),
    machine: { ...describeMachine(), load_average_before: loadBefore, load_average_after: loadAverage() },
    settings: {
      seed: options.seed,
      sizes: options.sizes,
      batch: CLI_BATCH,
      budget_s: options.budgetS,
      stage_documents: measured.stages.documents,
    },
    catalogue: measured.catalogue,
    ingest,
    stages: measured.stages,
    hotspots: measured.hotspots,
    matcher: measured.ratios,
    search: measured.search,
    memory: { rss_after_setup_mb: setupRss, rss_peak_mb: rss.peakMb(), max_rss_mb: maxRssMb() },
  };
  return { ...result, targets: assessTargets(result) };
}
