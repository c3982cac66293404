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

/** What fusion needs of a report beyond its extraction. */
function fusionInputOf(report: Report, deps: PipelineDeps): ExtractedReport & { fingerprint: ReportFingerprint } {
  const extracted = extractReport(report, deps);
  return { ...extracted, fingerprint: fingerprintReport(extracted.report) };
}

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

/** Reads, extracts and stores a batch of inputs; each report is stored atomically and idempotently. */
export async function ingestInputs(inputs: readonly RawInput[], deps: IngestDeps): Promise<IngestResult[]> {
  const results: IngestResult[] = [];
  const toStore: Prepared[] = [];
  for (const input of inputs) {
    for (const outcome of readInput(input, deps.read)) {
      switch (outcome.status) {
        case "read": {
          if (deps.admit && !deps.admit(outcome.report)) break;
          const report = withFallback(outcome.report, deps.publishedFallback);
          try {
            const { extraction, fingerprint } = fusionInputOf(report, deps);
            toStore.push({ origin: report.source.origin, title: report.source.title, report, extraction, fingerprint });
          } catch (error) {
            results.push({
              origin: report.source.origin,
              status: "rejected",
              reason: `extraction failed: ${String(error)}`,
            });
          }
          break;
        }
        case "skipped":
          results.push({ origin: outcome.origin, status: "skipped", reason: outcome.reason });
          break;
        case "stix":
          results.push(
            deps.importBundle
              ? await deps.importBundle(outcome.bundle, outcome.origin)
              : { origin: outcome.origin, status: "skipped", reason: "STIX bundles are imported by espial ingest" },
          );
          break;
        case "rejected":
          results.push({ origin: outcome.origin, status: "rejected", reason: outcome.error.message });
          break;
      }
    }
  }
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

/**
 * Reads every stored report again (after a catalogue or rule upgrade) and lets the store recompute copies,
 * facts and events. Analyst decisions are applied on top of each new reading.
 */
export async function reprocessStored(deps: PipelineDeps & { readonly store: Store }): Promise<ReprocessSummary> {
  return deps.store.reprocess((stored) => {
    const { extraction, fingerprint } = fusionInputOf({ source: stored.source, text: stored.text }, deps);
    return { extraction: applyAnalystDecisions(extraction, []), fingerprint };
  });
}
