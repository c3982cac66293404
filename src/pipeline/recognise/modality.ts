// Modality: how sure a sentence is of what it says (alleged / reported / confirmed), how far along an action
// is (expected / announced / done), whether it is negated, and who asserts it.
// FIRST VERSION — the extraction work deepens it; the signature stays.
import type { Modality, SegmentedReport, Span } from "../../core/index.ts";

const ALLEGED = /\b(alleged(?:ly)?|accus(?:ed|es|ing)|suspect(?:ed|s)?|believed to|charg(?:ed|es) with|claim(?:ed|s)?)\b/i;
const REPORTED = /\b(reportedly|according to|reports? (?:say|said)|sources? (?:say|said)|told [A-Z]\w+)\b/i;
const EXPECTED = /\b(expected to|expected is|are expected|is expected|plans? to|planning to|preparing to|will (?:be )?|set to|poised to|likely to|could be)\b/i;
const NEGATED = /\b(did not|didn't|has not|hasn't|have not|haven't|was not|wasn't|were not|weren't|no longer|never|denied)\b/i;

/** Reads the modality of the sentence around `span`. */
export function readModality(report: SegmentedReport, sentence: Span): Modality {
  const text = report.text.slice(sentence.start, sentence.end);
  const certainty = ALLEGED.test(text) ? "alleged" : REPORTED.test(text) ? "reported" : "confirmed";
  const status = EXPECTED.test(text) ? "expected" : "done";
  const assertedBy = /according to ([A-Z][\w.]*(?: [A-Z][\w.]*)*)/.exec(text)?.[1] ?? null;
  return Object.freeze({ certainty, status, negated: NEGATED.test(text), assertedBy });
}
