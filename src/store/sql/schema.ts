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
}

export interface StoreDatabase {
  reports: ReportsTable;
  report_mentions: ReportMentionsTable;
  report_claims: ReportClaimsTable;
}
