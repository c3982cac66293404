// Passages one report shares with others: whole paragraphs that are near-identical (verified Jaccard of
// their shingles) and runs of consecutive sentences that are identical once normalised. Boilerplate — a
// lone sentence that many reports share — is not a copied passage.
import type { Span } from "../../core/index.ts";
import type { ReportFingerprint } from "./fingerprint.ts";
import { jaccard } from "./minhash.ts";
import type { IndexCandidates, PassageIndex } from "./passage-index.ts";

/** One passage of the new report found in another report, before deciding which one is the source. */
export interface PassageMatch {
  readonly span: Span;
  readonly otherReportId: string;
  readonly otherSpan: Span;
  readonly similarity: number;
  readonly exact: boolean;
}

function paragraphMatches(
  fingerprint: ReportFingerprint,
  candidates: IndexCandidates,
  index: PassageIndex,
  self: string,
): PassageMatch[] {
  const { minParagraphWords, passageJaccard } = index.options;
  const out: PassageMatch[] = [];
  for (const pair of candidates.paragraphs) {
    if (pair.reportId === self) continue;
    const mine = fingerprint.paragraphs[pair.newParagraph];
    const theirs = index.get(pair.reportId)?.fingerprint.paragraphs[pair.paragraph];
    if (!mine || !theirs || mine.words < minParagraphWords || theirs.words < minParagraphWords) continue;
    const similarity = mine.hash === theirs.hash ? 1 : jaccard(mine.shingles, theirs.shingles);
    if (similarity < passageJaccard) continue;
    out.push({
      span: mine.span,
      otherReportId: pair.reportId,
      otherSpan: theirs.span,
      similarity,
      exact: mine.hash === theirs.hash,
    });
  }
  return out;
}

type SentenceHit = IndexCandidates["sentences"][number];

/** Runs of consecutive identical sentences with one other report, cut at the new report's paragraphs. */
function runsWith(fingerprint: ReportFingerprint, hits: readonly SentenceHit[]): SentenceHit[][] {
  const pairs = new Map<string, SentenceHit>();
  for (const hit of hits) pairs.set(`${hit.newSentence}:${hit.sentence}`, hit);
  const used = new Set<string>();
  const runs: SentenceHit[][] = [];
  for (const hit of [...hits].sort((a, b) => a.newSentence - b.newSentence || a.sentence - b.sentence)) {
    if (used.has(`${hit.newSentence}:${hit.sentence}`)) continue;
    const run = [hit];
    used.add(`${hit.newSentence}:${hit.sentence}`);
    for (;;) {
      const last = run[run.length - 1] ?? hit;
      const key = `${last.newSentence + 1}:${last.sentence + 1}`;
      const next = pairs.get(key);
      const sameParagraph =
        fingerprint.sentences[last.newSentence + 1]?.paragraph === fingerprint.sentences[last.newSentence]?.paragraph;
      if (!next || used.has(key) || !sameParagraph) break;
      run.push(next);
      used.add(key);
    }
    runs.push(run);
  }
  return runs;
}

function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

function sentenceMatches(
  fingerprint: ReportFingerprint,
  candidates: IndexCandidates,
  index: PassageIndex,
  options: { readonly self: string; readonly paragraphs: readonly PassageMatch[] },
): PassageMatch[] {
  const byReport = new Map<string, SentenceHit[]>();
  for (const hit of candidates.sentences) {
    if (hit.reportId === options.self) continue;
    const list = byReport.get(hit.reportId) ?? [];
    list.push(hit);
    byReport.set(hit.reportId, list);
  }
  const out: PassageMatch[] = [];
  for (const [reportId, hits] of byReport) {
    const other = index.get(reportId)?.fingerprint;
    if (!other) continue;
    for (const run of runsWith(fingerprint, hits)) {
      const first = run[0];
      const last = run[run.length - 1];
      if (!first || !last) continue;
      const words = run.reduce((n, h) => n + (fingerprint.sentences[h.newSentence]?.words ?? 0), 0);
      if (words < index.options.minPassageWords || (run.length === 1 && first.saturated)) continue;
      const span = {
        start: fingerprint.sentences[first.newSentence]?.span.start ?? 0,
        end: fingerprint.sentences[last.newSentence]?.span.end ?? 0,
      };
      const otherSpan = {
        start: other.sentences[first.sentence]?.span.start ?? 0,
        end: other.sentences[last.sentence]?.span.end ?? 0,
      };
      const covered = options.paragraphs.some(
        (p) => p.otherReportId === reportId && contains(p.span, span) && contains(p.otherSpan, otherSpan),
      );
      if (!covered) out.push({ span, otherReportId: reportId, otherSpan, similarity: 1, exact: true });
    }
  }
  return out;
}

/** Every passage of a fingerprint found in the indexed reports the candidates name. */
export function findPassageMatches(
  fingerprint: ReportFingerprint,
  candidates: IndexCandidates,
  index: PassageIndex,
  self: string,
): PassageMatch[] {
  const paragraphs = paragraphMatches(fingerprint, candidates, index, self);
  const sentences = sentenceMatches(fingerprint, candidates, index, { self, paragraphs });
  return [...paragraphs, ...sentences];
}

/** Groups matches whose spans in the new report overlap: one group is one passage of the new report. */
export function groupByPassage(matches: readonly PassageMatch[]): PassageMatch[][] {
  const sorted = [...matches].sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const groups: PassageMatch[][] = [];
  let end = -1;
  for (const match of sorted) {
    const current = groups[groups.length - 1];
    if (current && match.span.start < end) {
      current.push(match);
      end = Math.max(end, match.span.end);
    } else {
      groups.push([match]);
      end = match.span.end;
    }
  }
  return groups;
}
