// End-to-end ingest throughput: feeds the corpus to `prepareInputs` + `storePrepared` (what `ingestInputs` runs)
// in batches of 100 inputs, as `espial ingest` does, into an opened store; times the store's share from outside
// (a wrapper around `store.ingest`), samples peak RSS between batches, and runs the alias automaton's one pass
// over the same texts for the lower bound.
// A time budget may stop the run early: the figures are then those of the documents ingested, and say so.
import type { AliasMatcher } from "../src/catalogue/index.ts";
import type { RawInput, ReadOptions } from "../src/pipeline/read/index.ts";
import {
  prepareInputs,
  storePrepared,
  type ExtractMany,
  type IngestResult,
  type PipelineDeps,
  type PreparedBatch,
} from "../src/pipeline/run.ts";
import type { Store } from "../src/store/store.ts";
import { cpuMs, fastestOf, mbPerS, round } from "./clock.ts";
import { joinedText } from "./corpus.ts";
import { rssMb, startRssSampler } from "./memory.ts";

/** Inputs per batch, as in src/cli/commands/ingest.ts. */
export const CLI_BATCH = 100;

export interface IngestRunOptions {
  readonly store: Store;
  /** The corpus, chunk by chunk (see corpus.ts). */
  readonly chunks: Iterable<readonly RawInput[]>;
  readonly documents: number;
  readonly deps: PipelineDeps & { readonly matcher: AliasMatcher };
  readonly read: ReadOptions;
  /** Stop after the batch that passes this many wall-clock ms; no limit when absent or 0. */
  readonly budgetMs?: number;
  readonly batch?: number;
  /** Extraction on worker threads, pipelined with the store as `espial ingest --threads N` does; in this thread
   * and in turn with the store when absent. */
  readonly extractMany?: ExtractMany;
}

export interface IngestRun {
  readonly documents_requested: number;
  readonly documents: number;
  /** Why fewer documents than requested were ingested, or null. */
  readonly stopped: string | null;
  readonly bytes: number;
  readonly stored: number;
  readonly unchanged: number;
  readonly rejected: number;
  readonly skipped: number;
  readonly wall_s: number;
  /** Processor time of this process (pipeline, and PGlite when embedded; not a PostgreSQL server's). */
  readonly cpu_s: number;
  /** Wall time spent inside `store.ingest`. */
  readonly store_wall_s: number;
  /** This process's processor time inside `store.ingest`: all of PGlite's work; only the client's for PostgreSQL. */
  readonly store_cpu_s: number;
  readonly store_share: number;
  readonly mb_per_s: number;
  /** MB per second of this process's processor time: the per-core figure. */
  readonly mb_per_cpu_s: number;
  readonly docs_per_s: number;
  readonly docs_per_cpu_s: number;
  readonly ms_per_doc_cpu: number;
  /** RSS when the run started (what earlier runs and the process already hold), and its peak during the run. */
  readonly rss_start_mb: number;
  readonly rss_peak_mb: number;
  /** The alias automaton's one pass over the same texts, MB per processor second. */
  readonly automaton_mb_per_cpu_s: number;
  /** How many times longer the end-to-end ingest takes than the automaton pass on the same text (CPU time). */
  readonly ratio_to_automaton: number;
}

/**
 * A store whose `ingest` adds its wall and processor time to `clock` (nothing else runs while it is awaited); every other operation is the store's own (the
 * adapters return plain objects, so spreading keeps them whatever the port grows to).
 */
function timedStore(store: Store, clock: { ms: number; cpu: number }): Store {
  return {
    ...store,
    ingest: async (reports) => {
      const c0 = cpuMs();
      const t0 = performance.now();
      try {
        return await store.ingest(reports);
      } finally {
        clock.ms += performance.now() - t0;
        clock.cpu += cpuMs() - c0;
      }
    },
  };
}

function tally(results: readonly IngestResult[], into: Record<IngestResult["status"], number>): void {
  for (const r of results) into[r.status]++;
}

/** CPU ms of the automaton's pass over these inputs (fastest of three). */
function automatonCpuMs(inputs: readonly RawInput[], matcher: AliasMatcher): number {
  if (inputs.length === 0) return 0;
  const text = joinedText(inputs);
  let hits = 0;
  return fastestOf(3, () => matcher.automaton.scan(text, () => void hits++)).cpu;
}

/** Ingests the corpus batch by batch, as `espial ingest` does, and returns the throughput figures. */
export async function benchIngest(options: IngestRunOptions): Promise<IngestRun> {
  const batch = options.batch ?? CLI_BATCH;
  const storeClock = { ms: 0, cpu: 0 };
  const store = timedStore(options.store, storeClock);
  const counts = { stored: 0, unchanged: 0, rejected: 0, skipped: 0 };
  const rssStart = rssMb();
  const rss = startRssSampler();
  let documents = 0;
  let bytes = 0;
  let pipelineCpu = 0;
  let automatonCpu = 0;
  let stopped: string | null = null;
  // Wall and processor time of the ingest alone: generating the next chunk and the automaton pass are left out.
  let wallMs = 0;
  for (const chunk of options.chunks) {
    let done = 0;
    const c0 = cpuMs();
    const t0 = performance.now();
    const extractMany = options.extractMany ? { extractMany: options.extractMany } : {};
    const prepareDeps = { ...options.deps, read: options.read, ...extractMany };
    // As espial ingest does: the next batch is prepared (on threads, when given) while this one is written.
    let next: Promise<PreparedBatch> | null = prepareInputs(chunk.slice(0, batch), prepareDeps);
    for (; done < chunk.length && stopped === null; done += batch) {
      const inputs = chunk.slice(done, done + batch);
      const prepared: PreparedBatch = await (next ?? prepareInputs(inputs, prepareDeps));
      const following = chunk.slice(done + batch, done + 2 * batch);
      next = following.length > 0 && options.extractMany ? prepareInputs(following, prepareDeps) : null;
      tally(await storePrepared(prepared, { store }), counts);
      documents += inputs.length;
      bytes += inputs.reduce((s, i) => s + i.bytes.length, 0);
      rss.sample();
      const elapsed = wallMs + performance.now() - t0;
      if (options.budgetMs && elapsed > options.budgetMs && documents < options.documents)
        stopped = `time budget of ${Math.round(options.budgetMs / 1000)} s reached`;
    }
    wallMs += performance.now() - t0;
    pipelineCpu += cpuMs() - c0;
    automatonCpu += automatonCpuMs(chunk.slice(0, done), options.deps.matcher);
    if (stopped !== null) break;
  }
  rss.stop();
  return {
    documents_requested: options.documents,
    documents,
    stopped,
    bytes,
    ...counts,
    wall_s: round(wallMs / 1000, 2),
    cpu_s: round(pipelineCpu / 1000, 2),
    store_wall_s: round(storeClock.ms / 1000, 2),
    store_cpu_s: round(storeClock.cpu / 1000, 2),
    store_share: round(storeClock.ms / (wallMs || 1), 3),
    mb_per_s: mbPerS(bytes, wallMs),
    mb_per_cpu_s: mbPerS(bytes, pipelineCpu),
    docs_per_s: round(documents / (wallMs / 1000), 1),
    docs_per_cpu_s: round(documents / (pipelineCpu / 1000), 1),
    ms_per_doc_cpu: round(pipelineCpu / Math.max(documents, 1), 2),
    rss_start_mb: rssStart,
    rss_peak_mb: rss.peakMb(),
    automaton_mb_per_cpu_s: mbPerS(bytes, automatonCpu),
    ratio_to_automaton: round(pipelineCpu / Math.max(automatonCpu, 0.001), 0),
  };
}
