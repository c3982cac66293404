// Copy detection for one new report against the index: exact duplicates (same content or body hash), near
// duplicates (similar documents whose resemblance is spread over the whole text, not one shared paragraph),
// and copied passages. Each relation is oriented: the report that came first (compareTiming) is the source,
// whether that is the new report or the one already indexed.
import type { Span } from "../../core/index.ts";
import { compareTiming } from "./earlier.ts";
import type { ReportFingerprint } from "./fingerprint.ts";
import { intersectionSize, jaccard, mergeSorted } from "./minhash.ts";
import type { PassageIndex, ReportTiming } from "./passage-index.ts";
import { findPassageMatches, groupByPassage, type PassageMatch } from "./passages.ts";

export interface NewReport extends ReportTiming {
  readonly id: string;
  readonly fingerprint: ReportFingerprint;
}

/** A document-level relation between the new report and an indexed one, oriented source → copy. */
export interface DocumentMatch {
  /** The indexed report. */
  readonly reportId: string;
  /** Verified Jaccard similarity of the two documents' shingles (1 for an exact duplicate). */
  readonly similarity: number;
  readonly exact: boolean;
  readonly sourceReportId: string;
  readonly copyReportId: string;
}

/** A passage of the new report shared with an indexed report, oriented source → copy. */
export interface CopiedPassage {
  /** The passage in the new report. */
  readonly span: Span;
  readonly otherReportId: string;
  readonly otherSpan: Span;
  readonly sourceReportId: string;
  readonly sourceSpan: Span;
  readonly copyReportId: string;
  readonly copySpan: Span;
  readonly similarity: number;
  /** The same words once quotes, dashes, case and spacing are folded. */
  readonly exact: boolean;
}

export interface CopyDetection {
  /** The earlier report this one duplicates (exactly, or with Jaccard ≥ duplicateJaccard), if any. */
  readonly duplicateOf: string | null;
  readonly duplicateKind: "exact" | "near" | null;
  readonly exactDuplicates: readonly DocumentMatch[];
  /** Similar documents that are not exact duplicates, most similar first. */
  readonly nearDuplicates: readonly DocumentMatch[];
  readonly copiedPassages: readonly CopiedPassage[];
  /** How many indexed reports were compared with this one as whole documents (a measure of cost). */
  readonly compared: number;
}

const shingleCache = new WeakMap<ReportFingerprint, number[]>();

/** The document's shingle set: the union of its paragraphs'. */
function documentShingles(fingerprint: ReportFingerprint): number[] {
  let shingles = shingleCache.get(fingerprint);
  if (!shingles) {
    shingles = mergeSorted(fingerprint.paragraphs.map((p) => p.shingles));
    shingleCache.set(fingerprint, shingles);
  }
  return shingles;
}

/**
 * How much the paragraphs of `of` that were not copied whole resemble the other document (word-weighted
 * containment of their shingles); 1 when nearly every paragraph was copied whole.
 */
function residual(of: ReportFingerprint, inOther: readonly number[], whole: number): number {
  let words = 0;
  let likeness = 0;
  for (const p of of.paragraphs) {
    if (p.shingles.length === 0) continue;
    const contained = intersectionSize(p.shingles, inOther) / p.shingles.length;
    if (contained >= whole) continue;
    words += p.words;
    likeness += contained * p.words;
  }
  return words < 0.25 * of.words ? 1 : likeness / words;
}

function orient(report: NewReport, other: { reportId: string; meta: ReportTiming }) {
  const newFirst = compareTiming(report, other.meta) < 0;
  return {
    sourceReportId: newFirst ? report.id : other.reportId,
    copyReportId: newFirst ? other.reportId : report.id,
  };
}

function documentMatches(
  report: NewReport,
  index: PassageIndex,
  exactIds: ReadonlySet<string>,
  documentIds: readonly string[],
) {
  const o = index.options;
  const exact: DocumentMatch[] = [];
  const near: DocumentMatch[] = [];
  for (const reportId of exactIds) {
    const other = index.get(reportId);
    if (other) exact.push({ reportId, similarity: 1, exact: true, ...orient(report, other) });
  }
  const mine = documentShingles(report.fingerprint);
  for (const reportId of documentIds) {
    const other = index.get(reportId);
    if (!other || exactIds.has(reportId)) continue;
    const theirs = documentShingles(other.fingerprint);
    const similarity = jaccard(mine, theirs);
    if (similarity < o.nearDuplicateJaccard) continue;
    const spread =
      similarity >= o.duplicateJaccard ||
      similarity +
        Math.min(
          residual(report.fingerprint, theirs, o.wholeParagraph),
          residual(other.fingerprint, mine, o.wholeParagraph),
        ) >=
        o.nearDuplicateScore;
    if (spread) near.push({ reportId, similarity, exact: false, ...orient(report, other) });
  }
  near.sort((a, b) => b.similarity - a.similarity);
  return { exact, near };
}

/** Orients one group of matches for one passage of the new report. */
function orientPassage(report: NewReport, group: readonly PassageMatch[], index: PassageIndex): CopiedPassage[] {
  const best = new Map<string, PassageMatch>();
  for (const m of group) {
    const seen = best.get(m.otherReportId);
    if (!seen || m.similarity > seen.similarity) best.set(m.otherReportId, m);
  }
  const timed = [...best.values()].flatMap((m) => {
    const other = index.get(m.otherReportId);
    return other ? [{ match: m, meta: other.meta }] : [];
  });
  const earliest = timed.reduce<(typeof timed)[number] | undefined>(
    (a, b) => (a === undefined || compareTiming(b.meta, a.meta) < 0 ? b : a),
    undefined,
  );
  if (!earliest) return [];
  const toPassage = (m: PassageMatch, newIsSource: boolean): CopiedPassage => ({
    span: m.span,
    otherReportId: m.otherReportId,
    otherSpan: m.otherSpan,
    sourceReportId: newIsSource ? report.id : m.otherReportId,
    sourceSpan: newIsSource ? m.span : m.otherSpan,
    copyReportId: newIsSource ? m.otherReportId : report.id,
    copySpan: newIsSource ? m.otherSpan : m.span,
    similarity: m.similarity,
    exact: m.exact,
  });
  // The new report copies the earliest holder of the passage, or, if it came first, every holder copies it.
  if (compareTiming(earliest.meta, report) < 0) return [toPassage(earliest.match, false)];
  return timed.map((t) => toPassage(t.match, true));
}

/**
 * Finds what a new report duplicates or copies among the indexed reports, and what copies it (when the
 * new report was published earlier than reports ingested before it). Does not add it to the index.
 */
export function detectCopies(report: NewReport, index: PassageIndex): CopyDetection {
  const candidates = index.query(report.fingerprint);
  const exactIds = new Set(candidates.exact.filter((id) => id !== report.id));
  const documentIds = candidates.documents.map((d) => d.reportId).filter((id) => id !== report.id);
  const { exact, near } = documentMatches(report, index, exactIds, documentIds);
  const matches = findPassageMatches(report.fingerprint, candidates, index, report.id);
  const copiedPassages = groupByPassage(matches).flatMap((group) => orientPassage(report, group, index));
  const earlierDuplicates = [...exact, ...near.filter((m) => m.similarity >= index.options.duplicateJaccard)]
    .filter((m) => m.sourceReportId === m.reportId)
    .map((m) => ({ m, meta: index.get(m.reportId)?.meta ?? report }))
    .sort((a, b) => compareTiming(a.meta, b.meta));
  const first = earlierDuplicates[0]?.m;
  return {
    duplicateOf: first?.reportId ?? null,
    duplicateKind: first === undefined ? null : first.exact ? "exact" : "near",
    exactDuplicates: exact,
    nearDuplicates: near,
    copiedPassages,
    compared: documentIds.length,
  };
}

/**
 * The report a claim's evidence was copied from: the source of the copied passage of this report that holds
 * the span, else the report this one duplicates, else null. `copies` are this report's passages as the copy
 * (`copyReportId` = this report) from any detection, each with only its earliest source kept.
 */
export function copiedFromOf(
  span: Span,
  copies: readonly Pick<CopiedPassage, "copySpan" | "sourceReportId">[],
  duplicateOf: string | null = null,
): string | null {
  const holding = copies.find((c) => c.copySpan.start <= span.start && span.end <= c.copySpan.end);
  return holding?.sourceReportId ?? duplicateOf;
}
