// A report as read from a source, before and after segmentation.
import type { Span } from "./span.ts";
import type { SourceKind, TlpLevel } from "./vocabulary.ts";

/** The metadata a source gives about a report. */
export interface ReportSource {
  /** Where it came from: a file path, a URL, "stdin", a feed item link. */
  readonly origin: string;
  readonly url: string | null;
  readonly title: string | null;
  /** Publication date, ISO `YYYY-MM-DD` (or a full timestamp), when the source says. */
  readonly published: string | null;
  readonly outlet: string | null;
  readonly byline: string | null;
  /** A feed item's own id (RSS `guid`, Atom `id`), when the report came from a feed. */
  readonly guid?: string;
  readonly kind: SourceKind;
  readonly tlp: TlpLevel;
}

/** A report's text exactly as ingested, with its source. Offsets everywhere point into `text`. */
export interface Report {
  readonly source: ReportSource;
  readonly text: string;
}

export interface Sentence extends Span {
  readonly index: number;
  readonly paragraph: number;
}

export interface Paragraph extends Span {
  readonly index: number;
}

/** A report cut into paragraphs and sentences; `header` covers title/Source/Date lines when present. */
export interface SegmentedReport extends Report {
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
  /** The part of the text that is the body (after any header block). */
  readonly body: Span;
}

export function createReportSource(partial: Partial<ReportSource> & Pick<ReportSource, "origin">): ReportSource {
  return Object.freeze({
    url: null,
    title: null,
    published: null,
    outlet: null,
    byline: null,
    kind: "unknown",
    tlp: "clear",
    ...partial,
  });
}
