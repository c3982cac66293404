// What the store gives back beyond reports: documents and their versions, copied passages and duplicate
// links, fused facts, events, and the summaries of the store's whole-store operations. Types only.
import type { ActionType, Extraction, Span } from "../core/index.ts";
import type { ActionObservation, ReportFingerprint } from "../pipeline/fuse/index.ts";

/**
 * What fusion holds a report to have borrowed from other documents: each copied passage with the latest
 * version of its source's document, and the document it duplicates. Copies between versions of one document
 * are not borrowing and are left out.
 */
export interface CopyLineage {
  readonly passages: readonly { readonly span: Span; readonly sourceReportId: string }[];
  readonly duplicateOf: string | null;
}

/** A passage of one report found in an earlier one, as recorded: the copy points at its earliest source. */
export interface CopiedPassageRecord {
  readonly copyReportId: string;
  readonly copySpan: Span;
  readonly sourceReportId: string;
  readonly sourceSpan: Span;
  readonly similarity: number;
  /** The same words once quotes, dashes, case and spacing are folded. */
  readonly exact: boolean;
}

/** Two similar documents, oriented: the copy came after its source. */
export interface ReportLinkRecord {
  readonly copyReportId: string;
  readonly sourceReportId: string;
  readonly similarity: number;
  readonly exact: boolean;
  /** The copy is the source lightly edited, not merely a rewrite of the same story. */
  readonly duplicate: boolean;
}

/** One version of a document, numbered from 1 by publication date, then ingestion. */
export interface DocumentVersion {
  readonly reportId: string;
  readonly version: number;
  readonly title: string | null;
  readonly published: string | null;
  readonly ingestedAt: string;
  readonly latest: boolean;
}

/** A report's place among the others: its document's versions, what it copied and what copied it. */
export interface ReportRelations {
  readonly reportId: string;
  readonly documentId: string;
  readonly versions: readonly DocumentVersion[];
  /** Passages of this report copied from earlier reports. */
  readonly copiedFrom: readonly CopiedPassageRecord[];
  /** Passages of later reports copied from this one. */
  readonly copiedBy: readonly CopiedPassageRecord[];
  /** Duplicates and near duplicates, on either side. */
  readonly links: readonly ReportLinkRecord[];
}

export interface EventActor {
  readonly key: string;
  readonly name: string;
}

export interface EventSummary {
  readonly id: string;
  readonly from: string | null;
  readonly to: string | null;
  readonly types: readonly ActionType[];
  readonly actors: readonly EventActor[];
  readonly targets: readonly string[];
  readonly actions: number;
  readonly reports: number;
}

/** An action of an event: as read in its report, with its position in that report's extraction. */
export interface EventActionRecord extends ActionObservation {
  readonly ordinal: number;
}

export interface EventReport {
  readonly id: string;
  readonly documentId: string;
  readonly title: string | null;
  readonly origin: string;
  readonly published: string | null;
}

export interface StoredEvent extends Omit<EventSummary, "actions" | "reports"> {
  readonly actions: readonly EventActionRecord[];
  readonly reports: readonly EventReport[];
}

/** Rows per table, for a health view and for tests of idempotence. */
export interface StoreCounts {
  readonly reports: number;
  readonly mentions: number;
  readonly claims: number;
  readonly documents: number;
  readonly fingerprints: number;
  readonly bandKeys: number;
  readonly passages: number;
  readonly links: number;
  readonly facts: number;
  readonly events: number;
}

export interface RemovedDocument {
  readonly documentId: string;
  /** Its versions, all removed. */
  readonly reports: readonly string[];
  /** Facts recomputed because the document supported them, and how many of them no report supports now. */
  readonly factsRecomputed: number;
  readonly factsGone: number;
}

/** A stored report read afresh: what `reprocess` writes in place of the old extraction and fingerprint. */
export interface ReportRework {
  readonly extraction: Extraction;
  readonly fingerprint: ReportFingerprint;
}

export interface ReprocessSummary {
  readonly reports: number;
  /** Reports whose extraction changed. */
  readonly changed: number;
  /** Reports kept as they were because reading them again failed. */
  readonly failed: readonly { readonly id: string; readonly reason: string }[];
  readonly facts: number;
  readonly events: number;
}
