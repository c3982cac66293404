// The only file that knows the order of the stages: read → normalise → segment → recognise → resolve →
// fuse → store. Each input gets one outcome per report it holds; a report that cannot be read is an
// outcome, not an exception, and never stops the batch.
import type { Extraction, Report, SegmentedReport } from "../core/index.ts";
import type { Store } from "../store/store.ts";
import { segmentReport } from "./segment/index.ts";
import { recogniseReport, type RecogniseDeps } from "./recognise/index.ts";
import { readInput, type RawInput, type ReadOptions } from "./read/index.ts";
import { contentHashOf } from "./fuse/index.ts";

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

/** What became of one report (or one unreadable input). */
export type IngestResult =
  | { readonly origin: string; readonly status: "stored" | "unchanged"; readonly id: string; readonly title: string | null }
  | { readonly origin: string; readonly status: "skipped"; readonly reason: string }
  | { readonly origin: string; readonly status: "rejected"; readonly reason: string };

export interface IngestDeps extends PipelineDeps {
  readonly store: Store;
  readonly read: ReadOptions;
}

/** Reads, extracts and stores a batch of inputs; each report is stored atomically and idempotently. */
export async function ingestInputs(inputs: readonly RawInput[], deps: IngestDeps): Promise<IngestResult[]> {
  const results: IngestResult[] = [];
  const toStore: { origin: string; title: string | null; report: Report; extraction: Extraction }[] = [];
  for (const input of inputs) {
    for (const outcome of readInput(input, deps.read)) {
      switch (outcome.status) {
        case "read": {
          try {
            const { extraction } = extractReport(outcome.report, deps);
            toStore.push({ origin: outcome.report.source.origin, title: outcome.report.source.title, report: outcome.report, extraction });
          } catch (error) {
            results.push({ origin: outcome.report.source.origin, status: "rejected", reason: `extraction failed: ${String(error)}` });
          }
          break;
        }
        case "skipped":
          results.push({ origin: outcome.origin, status: "skipped", reason: outcome.reason });
          break;
        case "stix":
          results.push({ origin: outcome.origin, status: "skipped", reason: "STIX bundle import is not available yet" });
          break;
        case "rejected":
          results.push({ origin: outcome.origin, status: "rejected", reason: outcome.error.message });
          break;
      }
    }
  }
  const stored = await deps.store.ingest(
    toStore.map((r) => ({ contentHash: contentHashOf(r.report.text), source: r.report.source, text: r.report.text, extraction: r.extraction })),
  );
  stored.forEach((outcome, i) => {
    const r = toStore[i];
    if (!r) return;
    if (outcome.status === "failed") results.push({ origin: r.origin, status: "rejected", reason: outcome.reason });
    else results.push({ origin: r.origin, status: outcome.status, id: outcome.id, title: r.title });
  });
  return results;
}
