// What every recogniser after the actor pass may know about the report: the publication date that relative
// dates resolve against, and the actors already found (so victims, periods and actions can be tied to them).
import type { ActorFinding, Evidence, Mention, SegmentedReport, Sentence, Span } from "../../core/index.ts";

export interface RecognitionContext {
  /** ISO date the report was published, when known: relative dates resolve against it, else they are null. */
  readonly published: string | null;
  /** Actors resolved in this report, with their mention spans (coreference mentions included). */
  readonly actors: readonly ActorFinding[];
  /** Every actor mention, sorted by start offset. */
  readonly actorMentions: readonly Mention[];
}

/** The evidence for a span: the sentence that contains it, with offsets into the original text. */
export function evidenceFor(report: SegmentedReport, span: Span): Evidence {
  const sentence = sentenceAt(report, span.start);
  const start = sentence ? sentence.start : span.start;
  const end = sentence ? Math.max(sentence.end, span.end) : span.end;
  return Object.freeze({ start, end, sentence: report.text.slice(start, end) });
}

/** The sentence containing an offset (binary search over the ordered sentences). */
export function sentenceAt(report: SegmentedReport, offset: number): Sentence | undefined {
  const list = report.sentences;
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = list[mid];
    if (!s) break;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** The text of a sentence. */
export function sentenceText(report: SegmentedReport, sentence: Span): string {
  return report.text.slice(sentence.start, sentence.end);
}
