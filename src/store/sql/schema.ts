// The tables the store reads and writes, as Kysely sees them. Migrations in ../migrations/ create them;
// a column added there is added here too.
import type { ColumnType, GeneratedAlways } from "kysely";

/** A jsonb column: written as JSON text, read back parsed. */
type JsonColumn<Nullable extends null = never> = ColumnType<unknown, string | Nullable, never>;

export interface ReportsTable {
  /** First 16 hex digits of the content hash. */
  id: string;
  /** Ingestion order, for stable ordering among reports ingested in the same transaction. */
  seq: GeneratedAlways<string>;
  content_hash: string;
  origin: string;
  url: string | null;
  title: string | null;
  published: string | null;
  outlet: string | null;
  byline: string | null;
  source_kind: string;
  tlp: string;
  text: string;
  /** Length of `text` in UTF-16 code units, the unit of every offset. */
  text_length: number;
  extraction: JsonColumn;
  ingested_at: ColumnType<Date, never, never>;
  /** The document this report is a version of (its own id when it is the first). */
  document_id: string;
}

export interface ReportMentionsTable {
  report_id: string;
  /** Position of the mention in the report's extraction, from 0. */
  ordinal: number;
  entity_kind: string;
  entity_key: string;
  entity_name: string;
  surface: string;
  start_offset: number;
  end_offset: number;
  confidence: number;
  via: string;
}

export interface ReportClaimsTable {
  report_id: string;
  /** Position of the claim in `extraction.claims`, from 0. */
  ordinal: number;
  subject_kind: string;
  subject_key: string;
  subject_name: string;
  predicate: string;
  object_kind: string;
  object_key: string;
  object_name: string;
  certainty: string;
  status: string;
  negated: boolean;
  asserted_by: string | null;
  start_offset: number;
  end_offset: number;
  confidence: number;
  detail: JsonColumn<null>;
  /** The evidence sentence; null only for claims stored before it was kept. */
  sentence: string | null;
}

export interface DocumentsTable {
  /** The id of its first report. */
  id: string;
  canonical_url: string | null;
  /** The version fusion reads: latest published, then latest ingested. */
  latest_report_id: string;
  created_at: ColumnType<Date, never, never>;
}

export interface ReportFingerprintsTable {
  report_id: string;
  /** "shingle/permutations": fingerprints of another scheme are never compared. */
  scheme: string;
  fingerprint: JsonColumn;
}

export interface ReportBandKeysTable {
  /** A band key (see pipeline/fuse band-keys.ts) hashed to a signed 64-bit integer, as decimal text. */
  band_key: ColumnType<string, string, never>;
  /** The report's `seq`. */
  report_seq: ColumnType<string, string | number, never>;
}

export interface ReportLinksTable {
  copy_report_id: string;
  source_report_id: string;
  similarity: number;
  exact: boolean;
  /** Similar enough for the copy to be the source lightly edited (not just a rewrite). */
  duplicate: boolean;
}

export interface CopiedPassagesTable {
  copy_report_id: string;
  copy_start: number;
  copy_end: number;
  source_report_id: string;
  source_start: number;
  source_end: number;
  similarity: number;
  exact: boolean;
}

/** That a fact exists: its value is fused from its claims when read (see fusion/fact-reads.ts). */
export interface FactsTable {
  id: string;
  subject_kind: string;
  subject_key: string;
  predicate: string;
  object_kind: string;
  object_key: string;
  negated: boolean;
}

/** An actor and a document naming it (its latest version), as its page lists them (see actor-documents.ts). */
export interface ActorDocumentsTable {
  actor_key: string;
  report_id: string;
  published: string | null;
  seq: ColumnType<string, string | number, never>;
  /** The names the report gives the actor (coreferences left out), each once. */
  surfaces: ColumnType<string[], string[], never>;
  /** How many times the report mentions the actor, and the name its first mention gives it. */
  mentions: number;
  name: string;
}

/** A fact's value fused for reading, its evidence capped (see fusion/fact-values.ts); forgotten on writes. */
export interface FactValuesTable {
  id: string;
  subject_kind: string;
  subject_key: string;
  predicate: string;
  object_kind: string;
  object_key: string;
  /** At most this many sentences of evidence are in the value. */
  evidence_cap: number;
  value: JsonColumn;
}

/** The store's one row of fusion state: `generation` moves on with every write that changes facts' values. */
export interface FusionStateTable {
  one: ColumnType<boolean, never, never>;
  generation: ColumnType<string, never, string>;
}

export interface EventsTable {
  id: string;
  from_date: string | null;
  to_date: string | null;
  /** int4range of day numbers; written with int4range(lo, hi, '[]'). */
  days: ColumnType<unknown, unknown, never>;
  types: JsonColumn;
  actor_keys: JsonColumn;
  targets: JsonColumn;
}

export interface EventActionsTable {
  event_id: string;
  report_id: string;
  /** Position of the action in the report's `extraction.actions`. */
  ordinal: number;
  action: JsonColumn;
}

export interface EventReportsTable {
  event_id: string;
  report_id: string;
}

export interface StoreDatabase {
  reports: ReportsTable;
  report_mentions: ReportMentionsTable;
  report_claims: ReportClaimsTable;
  documents: DocumentsTable;
  report_fingerprints: ReportFingerprintsTable;
  report_band_keys: ReportBandKeysTable;
  report_links: ReportLinksTable;
  copied_passages: CopiedPassagesTable;
  facts: FactsTable;
  fact_values: FactValuesTable;
  actor_documents: ActorDocumentsTable;
  fusion_state: FusionStateTable;
  events: EventsTable;
  event_actions: EventActionsTable;
  event_reports: EventReportsTable;
}
