// Modality: how sure a sentence is of what it says (alleged / reported / confirmed), how far along an action
// is (expected / announced / done), whether it is negated, and who asserts it. With a focus span (the words of
// one claim), status and negation are read in the clause around it and an "alleged" that qualifies the
// claim's object ("sanctioned two alleged members") does not make the claim itself alleged.
import type { Certainty, Modality, SegmentedReport, Span, Status } from "../../core/index.ts";
import { isGovernmentParty } from "./cues/parties.ts";
import { bareParty, clauseStart, subjectBefore } from "./cues/noun-phrases.ts";

const ALLEGED_VERBAL =
  /\b(?:allegedly|(?:is|are|was|were|been|being)\s+alleged\s+to|accus(?:ed|es|ing)\s+(?:\w+\s+){0,4}of|(?:is|are|was|were|stands?)\s+accused|suspected\s+(?:of|to|that|in)|(?:is|are|was|were)\s+suspected|(?:is|are|was|were)\s+(?:believed|thought|said)\s+to|believed\s+to|purportedly|supposedly|claimed\s+(?:that|to|responsibility|credit))\b/i;
const ALLEGED_ADJECTIVE = /\balleged\b(?!\s+to\b)/gi;
const REPORTED =
  /\b(?:reportedly|according\s+to|reports?\s+(?:say|said|says|emerged|suggest)|media\s+reports?|(?:sources?|people)\s+(?:familiar|close|say|said|told)|told\s+(?:[A-Z][\w.]*|reporters)|in\s+a\s+(?:blog\s+post|report|tweet|interview|statement\s+to))\b/i;
const EXPECTED =
  /\b(?:(?:is|are|was|were)\s+(?:also\s+|widely\s+)?expected\b|(?:is|are)\s+(?:imminent|in\s+preparation)\b|also\s+are\s+expected|expected\s+(?:is|are|to)|(?:plans?|planning|prepares|preparing|intends?|intending|set|poised|due|about|going|likely|scheduled)\s+to|will|shall|there\s+will\s+be|is\s+to|are\s+to|would\s+(?:be\s+)?(?:announce|unveil|impose)\w*|(?:in|on|for)\s+the\s+offing|upcoming|forthcoming)\b/i;
const ANNOUNCED =
  /\b(?:announced|said|says|declared|vowed|pledged|promised)\s+(?:\w+\s+){0,3}(?:it|they|he|she|the\s+\w+)\s+(?:will|would|plans?\s+to|intends?\s+to)\b|\bannounced\s+plans?\s+to\b/i;
const NEGATION =
  /\b(?:did\s+not|didn't|does\s+not|doesn't|has\s+not|hasn't|have\s+not|haven't|had\s+not|hadn't|was\s+not|wasn't|were\s+not|weren't|is\s+not|isn't|are\s+not|aren't|will\s+not|won't|would\s+not|no\s+longer|never|not|declined\s+to|refused\s+to|denie[sd]|deny|denying|rejected)\b/i;
const SAYING =
  "said|says|say|told|tells|added|adds|stated|states|announced|announces|confirmed|confirms|revealed|reveals|wrote|writes|noted|explained|disclosed|reported|warned|claimed|alleged|concluded|assessed";
const SAID_INVERTED = new RegExp(
  String.raw`[,"”]\s*(?:${SAYING})\s+((?:the\s+)?(?:[A-Z][\w.'’-]*|one|two|three|a|an|senior|several)(?:\s+[\w.'’-]+){0,7}?)\s*(?:[,.;]|$|\s+(?:on|in|during|at|to)\b)`,
);
const SAID_AFTER = new RegExp(
  String.raw`(?:^|[,"”]\s*)((?:[Tt]he\s+)?[\w.'’-]+(?:\s+[\w.'’()-]+){0,9}?)\s+(?:also\s+)?(?:${SAYING})\s*(?:[,.;]|$|\s+(?:on|in|during|at|to|that|today|yesterday)\b)`,
  "g",
);
const SAID_BEFORE = new RegExp(String.raw`\b(?:${SAYING})\b`, "g");
const ACCORDING_TO = /\baccording\s+to\s+((?:the\s+)?[^,.;]+?)(?=\s*(?:[,.;]|$|\s+(?:that|which|who)\b))/i;

/** The clause of `text` that holds [from, to): from the clause opening before it to the next comma, dash or relative clause. */
function clauseAround(text: string, from: number, to: number): string {
  const start = clauseStart(text, from);
  const rest = text.slice(to);
  const stop = /[;,]|\s[-–—]\s|\s(?:that|which|who|whom|whose)\s/.exec(rest);
  return text.slice(start, to + (stop ? stop.index : rest.length));
}

/** Who asserts what a sentence says, as the text names them: the X of "according to X", else the sayer. */
export function findAssertedBy(text: string): string | null {
  const according = ACCORDING_TO.exec(text)?.[1];
  if (according) return bareParty(according.trim());
  const inverted = SAID_INVERTED.exec(text)?.[1];
  if (inverted && !/^(?:that|it|he|she|they)\b/i.test(inverted))
    return bareParty(inverted.trim().replace(/(?<=[a-z])[.,;]+$/, ""));
  for (const m of text.matchAll(SAID_BEFORE)) {
    const subject = subjectBefore(text, m.index);
    if (subject && /[A-Z]|\b(?:officials?|prosecutors|authorities|agenc(?:y|ies)|government|police)\b/.test(subject)) {
      return bareParty(subject);
    }
  }
  for (const m of text.matchAll(SAID_AFTER)) {
    const who = m[1]?.trim();
    if (who && !/^(?:that|it|he|she|they|we|i)$/i.test(who)) return bareParty(who);
  }
  return null;
}

function readCertainty(text: string, assertedBy: string | null, focusEnd: number | null): Certainty {
  if (ALLEGED_VERBAL.test(text)) return "alleged";
  for (const m of text.matchAll(ALLEGED_ADJECTIVE)) if (focusEnd === null || m.index < focusEnd) return "alleged";
  if (REPORTED.test(text)) {
    const named = assertedBy !== null && isGovernmentParty(assertedBy) && !/^(?:\w+\s+)?officials?$/i.test(assertedBy);
    return named ? "confirmed" : "reported";
  }
  return "confirmed";
}

function readStatus(clause: string): Status {
  if (ANNOUNCED.test(clause)) return "announced";
  return EXPECTED.test(clause) ? "expected" : "done";
}

/** True when a negation governs the words just before `at` ("did not indict", "never charged"). */
export function isNegatedAt(text: string, at: number): boolean {
  const before = text.slice(clauseStart(text, at), at);
  const window = before.split(/\s+/).slice(-5).join(" ");
  // "None of the nine has been arrested": a subject that denies the verb for everyone it names.
  const noneSubject = /^\W*(?:none|no\s+one|nobody|neither)\b/i.test(before);
  return NEGATION.test(window) || /\bno\s+(?:\w+\s+)?$/i.test(before) || noneSubject;
}

/** Reads the modality of a sentence, or of the claim at `focus` inside it. */
export function readModality(report: SegmentedReport, sentence: Span, focus?: Span): Modality {
  const text = report.text.slice(sentence.start, sentence.end);
  const assertedBy = findAssertedBy(text);
  if (!focus) {
    const certainty = readCertainty(text, assertedBy, null);
    return Object.freeze({ certainty, status: readStatus(text), negated: NEGATION.test(text), assertedBy });
  }
  const from = Math.max(0, focus.start - sentence.start);
  const to = Math.min(text.length, focus.end - sentence.start);
  const clause = clauseAround(text, from, to);
  const certainty = readCertainty(clause, assertedBy, to - clauseStart(text, from));
  return Object.freeze({ certainty, status: readStatus(clause), negated: isNegatedAt(text, from), assertedBy });
}
