// The Store port: the few operations the rest of Espial needs from storage. Adapters live in one folder
// each (pglite/, postgres/) and all pass store.contract.ts. Storing a report also fuses it with the others,
// in the same transaction: its document and version, what it copies or duplicates (and what copies it),
// the facts its claims touch and the events its actions join.
import type { ArsenalFindings, EntityRef, Extraction, ReportSource } from "../core/index.ts";
import type { CappedFact, Fact, ReportFingerprint } from "../pipeline/fuse/index.ts";
import type {
  CopyLineage,
  EventSummary,
  RemovedDocument,
  ReportRelations,
  ReportRework,
  ReprocessSummary,
  StoreCounts,
  StoredEvent,
} from "./records.ts";
import type { StixVersionStore } from "./stix-versions.ts";
import type { FeedStore } from "./feeds.ts";
import type { ArchiveStore } from "./archive.ts";
import type { ReviewStore, TokenStore, WatchStore } from "./review.ts";
import type { EventReportStore } from "./event-reports.ts";

export type * from "./records.ts";
export type * from "./stix-versions.ts";
export type * from "./feeds.ts";
export type * from "./archive.ts";
export type * from "./review.ts";
export type { Fact } from "../pipeline/fuse/index.ts";

/** A report ready to keep: its text, source, content hash and what the pipeline read out of it. */
export interface ReportToStore {
  /** sha256 hex of the text after normalising quotes and whitespace: equal texts share it. */
  readonly contentHash: string;
  readonly source: ReportSource;
  readonly text: string;
  readonly extraction: Extraction;
  /** fingerprintReport of the segmented report: how the store finds what it copies and what copies it. */
  readonly fingerprint: ReportFingerprint;
}

export interface StoredReport {
  /** Short stable id derived from the content hash. */
  readonly id: string;
  readonly contentHash: string;
  readonly source: ReportSource;
  readonly text: string;
  readonly extraction: Extraction;
  readonly ingestedAt: string;
  /** The document this report is a version of (the id of its first version). */
  readonly documentId: string;
  readonly lineage: CopyLineage;
}

export interface StoredReportSummary {
  readonly id: string;
  readonly title: string | null;
  readonly origin: string;
  readonly published: string | null;
  readonly ingestedAt: string;
  /** Length of the text in UTF-16 code units, the unit of every span. */
  readonly length: number;
  readonly documentId: string;
  /** Whether it is the latest version of its document (the one fusion reads). */
  readonly latest: boolean;
}

/** The outcome for one report of a batch: stored, already there, or failed (nothing of it written). */
export type IngestOutcome =
  | { readonly status: "stored"; readonly id: string }
  | { readonly status: "unchanged"; readonly id: string }
  | { readonly status: "failed"; readonly reason: string };

/** A report as an actor's page lists it: the names it gives the actor and where (coreferences left out). */
export interface ActorReport {
  readonly id: string;
  readonly title: string | null;
  readonly origin: string;
  readonly published: string | null;
  readonly mentions: readonly string[];
  readonly spans: readonly { readonly start: number; readonly end: number; readonly surface: string }[];
}

/** One page of the documents naming an actor (latest versions), newest first, and what holds for all. */
export interface ActorReportsPage {
  /** How many documents name it. */
  readonly total: number;
  /** Every name its newest 2,000 documents give it, most used first. */
  readonly names: readonly string[];
  /** The earliest published (then earliest ingested) of them. */
  readonly first: ActorReport | null;
  readonly reports: readonly ActorReport[];
}

export interface ActorSummary {
  readonly key: string;
  readonly name: string;
  readonly reports: number;
  readonly mentions: number;
}

export interface Store
  extends StixVersionStore, FeedStore, ArchiveStore, ReviewStore, TokenStore, WatchStore, EventReportStore {
  /** Keeps each report in its own transaction (or savepoint): one that fails leaves nothing behind. */
  ingest(reports: readonly ReportToStore[]): Promise<IngestOutcome[]>;
  /** Actors the stored documents name (their latest versions): most documents first, then most mentions, then name. */
  listActors(): Promise<ActorSummary[]>;
  /**
   * The latest version of every document whose latest version mentions the actor with this entity key,
   * oldest first: by publication date, then by ingestion; undated reports last.
   */
  reportsMentioningActor(actorKey: string): Promise<StoredReport[]>;
  /**
   * One page of the documents naming the actor (or an actor merged into it), newest first, undated last;
   * bounded reads however many reports the actor has.
   */
  actorReports(actorKey: string, page: { readonly limit: number; readonly offset: number }): Promise<ActorReportsPage>;
  /** The arsenal findings of these reports (what an arsenal fact's object does not carry), by report id. */
  reportArsenals(ids: readonly string[]): Promise<ReadonlyMap<string, ArsenalFindings>>;
  getReport(id: string): Promise<StoredReport | null>;
  /** Every version of every document, newest ingested first. */
  listReports(): Promise<StoredReportSummary[]>;
  /**
   * Reports (every version) whose title, squashed as names are (lower case, letters and digits only), holds
   * `squashed`, newest ingested first: at most `limit`, read through an index.
   */
  findReportsByTitle(
    squashed: string,
    limit: number,
  ): Promise<Pick<StoredReportSummary, "id" | "title" | "origin" | "published">[]>;
  /** The report's document and versions, the passages it copied and those copied from it; null if unknown. */
  reportRelations(id: string): Promise<ReportRelations | null>;
  /** Events, latest first (undated last). */
  listEvents(): Promise<EventSummary[]>;
  getEvent(id: string): Promise<StoredEvent | null>;
  getFact(id: string): Promise<Fact | null>;
  /**
   * The same facts, each with at most `cap` sentences of evidence and their total: what a page shows, read
   * from values the store keeps between writes instead of fused from every claim each time.
   */
  cappedFactsAbout(entity: Pick<EntityRef, "kind" | "key">, cap: number): Promise<CappedFact[]>;
  /** Facts whose subject or object is this entity, most confident first. */
  factsAbout(entity: Pick<EntityRef, "kind" | "key">): Promise<Fact[]>;
  /**
   * Removes a document (given its id or any of its versions' ids) with every version, and recomputes what it
   * supported: facts, events, and which report the others copied from. Null when there is no such document.
   */
  removeDocument(id: string): Promise<RemovedDocument | null>;
  /**
   * Reads every stored report again through `rework` (after a catalogue or rule upgrade), oldest ingested
   * first, then recomputes copies, facts and events; all in one transaction. A report whose rework throws or
   * cannot be stored keeps its old reading and is listed in `failed`.
   */
  reprocess(rework: (report: StoredReport) => ReportRework | Promise<ReportRework>): Promise<ReprocessSummary>;
  /** Counts for a quick health view and for tests of idempotence. */
  counts(): Promise<StoreCounts>;
  close(): Promise<void>;
}
