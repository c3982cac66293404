// The Store port: the few operations the rest of Espial needs from storage. Adapters live in one folder
// each (pglite/, postgres/) and all pass store.contract.ts.
import type { Extraction, ReportSource } from "../core/index.ts";

/** A report ready to keep: its text, source, content hash and what the pipeline read out of it. */
export interface ReportToStore {
  /** sha256 hex of the text after normalising quotes and whitespace: equal texts share it. */
  readonly contentHash: string;
  readonly source: ReportSource;
  readonly text: string;
  readonly extraction: Extraction;
}

export interface StoredReport {
  /** Short stable id derived from the content hash. */
  readonly id: string;
  readonly contentHash: string;
  readonly source: ReportSource;
  readonly text: string;
  readonly extraction: Extraction;
  readonly ingestedAt: string;
}

export interface StoredReportSummary {
  readonly id: string;
  readonly title: string | null;
  readonly origin: string;
  readonly published: string | null;
  readonly ingestedAt: string;
  /** Length of the text in UTF-16 code units, the unit of every span. */
  readonly length: number;
}

/** The outcome for one report of a batch: stored, already there, or failed (nothing of it written). */
export type IngestOutcome =
  | { readonly status: "stored"; readonly id: string }
  | { readonly status: "unchanged"; readonly id: string }
  | { readonly status: "failed"; readonly reason: string };

export interface ActorSummary {
  readonly key: string;
  readonly name: string;
  readonly reports: number;
  readonly mentions: number;
}

export interface Store {
  /** Keeps each report in its own transaction (or savepoint): one that fails leaves nothing behind. */
  ingest(reports: readonly ReportToStore[]): Promise<IngestOutcome[]>;
  /** Actors with at least one mention: most distinct reports first, then most mentions, then name. */
  listActors(): Promise<ActorSummary[]>;
  /**
   * Every stored report that mentions the actor with this entity key, oldest first: by publication date, then
   * by ingestion; undated reports last.
   */
  reportsMentioningActor(actorKey: string): Promise<StoredReport[]>;
  getReport(id: string): Promise<StoredReport | null>;
  /** Newest ingested first. */
  listReports(): Promise<StoredReportSummary[]>;
  /** Counts for a quick health view and for tests of idempotence. */
  counts(): Promise<{ readonly reports: number; readonly mentions: number; readonly claims: number }>;
  close(): Promise<void>;
}
