// The only file that knows the order of the stages: read → normalise → segment → recognise → resolve →
// fuse → store. Each input gets one outcome per report it holds; a report that cannot be read is an
// outcome, not an exception, and never stops the batch. Fusing with the reports already stored (copies,
// documents, facts, events) happens in the store's transaction, from the fingerprint made here.
import type { Extraction, Report, SegmentedReport } from "../core/index.ts";
import type { ReprocessSummary, Store } from "../store/store.ts";
import { segmentReport } from "./segment/index.ts";
import { recogniseReport, type RecogniseDeps } from "./recognise/index.ts";
import { readInput, type RawInput, type ReadOptions, type StixBundleInput } from "./read/index.ts";
import { contentHashOf, fingerprintReport, type ReportFingerprint } from "./fuse/index.ts";

export type PipelineDeps = RecogniseDeps;

export interface ExtractedReport {
  readonly report: SegmentedReport;
  readonly extraction: Extraction;
}

/** Segments and reads one report; `published` falls back to the report's own metadata. */
export function extractReport(report: Report, deps: PipelineDeps): ExtractedReport {
  const segmented = segmentReport(report);
  const published = report.source.published ? report.source.published.slice(0, 10) : null;
  return { report: segmented, extraction: recogniseReport(segmented, deps, published) };
}

/**
 * A decision an analyst took on a stored report (an actor merged, a claim rejected). None exist yet. When
 * they do, they are kept by the store apart from the extraction and applied here, on top of every fresh
 * reading, so that reprocessing never loses an analyst's work.
 */
export type AnalystDecision = never;

/** Applies analyst decisions to a fresh extraction, in the order they were taken. */
export function applyAnalystDecisions(extraction: Extraction, decisions: readonly AnalystDecision[]): Extraction {
  return decisions.reduce<Extraction>((current, decision) => applyDecision(current, decision), extraction);
}

/** One decision: a `switch` on its kind once kinds exist; none can reach here today. */
function applyDecision(_extraction: Extraction, decision: AnalystDecision): Extraction {
  throw new Error(`unknown analyst decision ${JSON.stringify(decision)}`);
}

/** What fusion needs of a report: its extraction and its fingerprint, or why they could not be made. */
export type FusionInput =
  { readonly extraction: Extraction; readonly fingerprint: ReportFingerprint } | { readonly error: string };

/** Extracts and fingerprints one report; a failure of the rules is an outcome, never an exception. */
export function fusionInputOf(report: Report, deps: PipelineDeps): FusionInput {
  try {
    return fusionInputOrThrow(report, deps);
  } catch (error) {
    return { error: String(error) };
  }
}

/**
 * Extracts many reports elsewhere (worker threads, see src/threads): the same outcomes, in the same order, as
 * `fusionInputOf` on each. The pipeline stays pure; who runs it is the caller's choice.
 */
export type ExtractMany = (reports: readonly Report[]) => Promise<readonly FusionInput[]>;

/** What became of one report (or one unreadable input). */
export type IngestResult =
  | {
      readonly origin: string;
      readonly status: "stored" | "unchanged";
      readonly id: string;
      readonly title: string | null;
    }
  | { readonly origin: string; readonly status: "skipped"; readonly reason: string }
  | { readonly origin: string; readonly status: "rejected"; readonly reason: string };

export interface IngestDeps extends PipelineDeps {
  readonly store: Store;
  readonly read: ReadOptions;
  /** Publication date (YYYY-MM-DD) for reports that do not give their own. */
  readonly publishedFallback?: string;
  /** Keeps a STIX bundle read from an input (given by the caller: the pipeline does not know STIX); without it bundles are skipped. */
  readonly importBundle?: (bundle: StixBundleInput, origin: string) => Promise<IngestResult>;
  /** Which reports read are extracted and stored (a feed poll leaves out items it has seen); all without it. */
  readonly admit?: (report: Report) => boolean;
  /** Where the reports are extracted; in this thread, one by one, without it. */
  readonly extractMany?: ExtractMany;
}

interface Prepared {
  readonly origin: string;
  readonly title: string | null;
  readonly report: Report;
  readonly extraction: Extraction;
  readonly fingerprint: ReportFingerprint;
}

function withFallback(report: Report, published: string | undefined): Report {
  if (published === undefined || report.source.published !== null) return report;
  return { ...report, source: { ...report.source, published } };
}

/** One batch read and extracted, not yet stored: what `storePrepared` writes. */
export interface PreparedBatch {
  /** Inputs that were skipped or rejected, and STIX bundles to import, in input order. */
  readonly outcomes: readonly (IngestResult | { readonly origin: string; readonly bundle: StixBundleInput })[];
  readonly reports: readonly Prepared[];
}

/**
 * Reads and extracts a batch of inputs without touching the store, so that the next batch can be extracted
 * (on other threads) while this one is written.
 */
export async function prepareInputs(
  inputs: readonly RawInput[],
  deps: Omit<IngestDeps, "store" | "importBundle">,
): Promise<PreparedBatch> {
  const outcomes: PreparedBatch["outcomes"][number][] = [];
  const admitted: Report[] = [];
  for (const input of inputs) {
    for (const outcome of readInput(input, deps.read)) {
      switch (outcome.status) {
        case "read":
          if (!deps.admit || deps.admit(outcome.report))
            admitted.push(withFallback(outcome.report, deps.publishedFallback));
          break;
        case "skipped":
          outcomes.push({ origin: outcome.origin, status: "skipped", reason: outcome.reason });
          break;
        case "stix":
          outcomes.push({ origin: outcome.origin, bundle: outcome.bundle });
          break;
        case "rejected":
          outcomes.push({ origin: outcome.origin, status: "rejected", reason: outcome.error.message });
          break;
      }
    }
  }
  const extracted = await extractAll(admitted, deps);
  const reports: Prepared[] = [];
  admitted.forEach((report, i) => {
    const input = extracted[i] ?? { error: "no extraction came back" };
    const origin = report.source.origin;
    if ("error" in input) outcomes.push({ origin, status: "rejected", reason: `extraction failed: ${input.error}` });
    else reports.push({ origin, title: report.source.title, report, ...input });
  });
  return { outcomes, reports };
}

/** Through `extractMany` when given; in this thread when it is not, or when it fails as a whole. */
async function extractAll(reports: readonly Report[], deps: PipelineDeps & { extractMany?: ExtractMany }) {
  if (deps.extractMany && reports.length > 0) {
    try {
      const out = await deps.extractMany(reports);
      if (out.length === reports.length) return out;
    } catch {
      // A thread that died (out of memory, say) loses nothing: the batch is extracted here instead.
    }
  }
  return reports.map((report) => fusionInputOf(report, deps));
}

/** Writes a prepared batch: STIX bundles through `importBundle`, each report atomically and idempotently. */
export async function storePrepared(
  batch: PreparedBatch,
  deps: Pick<IngestDeps, "store" | "importBundle">,
): Promise<IngestResult[]> {
  const results: IngestResult[] = [];
  for (const outcome of batch.outcomes) {
    if (!("bundle" in outcome)) results.push(outcome);
    else if (deps.importBundle) results.push(await deps.importBundle(outcome.bundle, outcome.origin));
    else
      results.push({ origin: outcome.origin, status: "skipped", reason: "STIX bundles are imported by espial ingest" });
  }
  const toStore = batch.reports;
  const stored = await deps.store.ingest(
    toStore.map((r) => ({
      contentHash: contentHashOf(r.report.text),
      source: r.report.source,
      text: r.report.text,
      extraction: r.extraction,
      fingerprint: r.fingerprint,
    })),
  );
  stored.forEach((outcome, i) => {
    const r = toStore[i];
    if (!r) return;
    if (outcome.status === "failed") results.push({ origin: r.origin, status: "rejected", reason: outcome.reason });
    else results.push({ origin: r.origin, status: outcome.status, id: outcome.id, title: r.title });
  });
  return results;
}

/** Reads, extracts and stores a batch of inputs; each report is stored atomically and idempotently. */
export async function ingestInputs(inputs: readonly RawInput[], deps: IngestDeps): Promise<IngestResult[]> {
  return storePrepared(await prepareInputs(inputs, deps), deps);
}

function fusionInputOrThrow(report: Report, deps: PipelineDeps): Exclude<FusionInput, { error: string }> {
  const extracted = extractReport(report, deps);
  return { extraction: extracted.extraction, fingerprint: fingerprintReport(extracted.report) };
}

/**
 * Reads every stored report again (after a catalogue or rule upgrade) and lets the store recompute copies,
 * facts and events. Analyst decisions are applied on top of each new reading.
 */
export async function reprocessStored(deps: PipelineDeps & { readonly store: Store }): Promise<ReprocessSummary> {
  return deps.store.reprocess((stored) => {
    const { extraction, fingerprint } = fusionInputOrThrow({ source: stored.source, text: stored.text }, deps);
    return { extraction: applyAnalystDecisions(extraction, []), fingerprint };
  });
}
