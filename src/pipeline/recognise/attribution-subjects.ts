// Who a sponsor tie is about when the sentence names no group: the hacking noun phrase it attaches to ("a
// skilled Iranian state-backed espionage crew", "the suspected Russian operators, who work for the GRU",
// "these Chinese-backed hackers") and whether that phrase is new to the text (a/an) or points back (the/these).
import type { Span } from "../../core/index.ts";
import type { SponsorMention } from "./sponsors-mention.ts";

export type Definiteness = "definite" | "indefinite" | "bare" | "none";

export interface HackerSubject {
  /** The noun phrase as the text gives it, sponsor included when it is inside. */
  readonly description: string;
  readonly definiteness: Definiteness;
  readonly span: Span;
}

const HEAD = String.raw`(?:hackers?|hacking(?:\s+(?:group|team|unit|crew|outfit|operation|campaign|effort)s?)?|(?:threat\s+|cyber\s+)?actors?|groups?|teams?|crews?|operatives|spies|attackers|intruders|officers|agents|defendants|campaigns?|operations?|activit(?:y|ies)|attacks?|hacks|intrusions?|breach(?:es)?|heist|cyber-?attacks?)`;
const HEAD_AFTER = new RegExp(
  String.raw`^(?:['’]s)?(?:[\s-]+(?!(?:and|or|but|to|of|in|on|by|for|with|that|which|who)\b)[\p{L}\p{M}-]+){0,4}?[\s-]+${HEAD}\b`,
  "iu",
);
const HEAD_BEFORE = new RegExp(String.raw`\b${HEAD}\b`, "giu");
const DETERMINER =
  /\b(the|these|this|those|a|an|one|two|three|four|five|several|some|its|their|such|other|another)\s+((?:(?!(?:of|to|by|with|and|or|said|that|which|who|in|on|for|from)\b)[\p{L}\p{M}\p{N}'’-]+\s+){0,3})$/iu;
const JOINING_TIE =
  /^\s+(?:(?:who|which|that)\s+(?:are|is|were|was)\s+)?(?:(?:allegedly|reportedly)\s+)?(?:affiliated with|working (?:for|on behalf of)|on behalf of|from|of|linked to|tied to|backed by|sponsored by|associated with|in connection with)\s+(?:the\s+)?$/i;
const PRONOUN = /\b(?:they|them|it|he|she|the group|the hackers)\s*$/i;

function definitenessOf(word: string | undefined): Definiteness {
  if (!word) return "bare";
  return /^(?:a|an|one|two|three|four|five|several|some|another)$/i.test(word) ? "indefinite" : "definite";
}

/** The determiner in front of a phrase that starts at `at`, reading at most three modifiers back. */
function determinerBefore(text: string, from: number, at: number): { start: number; word: string | undefined } {
  const before = text.slice(from, at);
  const m = DETERMINER.exec(before);
  return m ? { start: from + m.index, word: m[1] } : { start: at, word: undefined };
}

/** The hacking noun phrase a sponsor mention belongs to or is tied to, in its sentence. */
export function subjectOf(text: string, sentence: Span, m: SponsorMention): HackerSubject {
  const inside = m.form === "state-compound" || m.form === "agency" || m.form === "unit";
  const head = inside ? HEAD_AFTER.exec(text.slice(m.end, sentence.end)) : null;
  if (head) {
    const det = determinerBefore(text, sentence.start, m.start);
    const end = m.end + head[0].length;
    const span = { start: det.start, end };
    return { description: text.slice(span.start, end), definiteness: definitenessOf(det.word), span };
  }
  const before = text.slice(sentence.start, m.start);
  let last: RegExpExecArray | null = null;
  HEAD_BEFORE.lastIndex = 0;
  for (let h = HEAD_BEFORE.exec(before); h; h = HEAD_BEFORE.exec(before)) last = h;
  if (last) {
    const headStart = sentence.start + last.index;
    const det = determinerBefore(text, sentence.start, headStart);
    const headEnd = headStart + last[0].length;
    const joined = JOINING_TIE.test(text.slice(headEnd, m.start));
    const span = { start: det.start, end: joined ? m.end : headEnd };
    return { description: text.slice(span.start, span.end), definiteness: definitenessOf(det.word), span };
  }
  const pronoun = PRONOUN.test(before.split(/[,;]/).pop() ?? "");
  const span = { start: m.start, end: m.end };
  return { description: m.surface, definiteness: pronoun ? "definite" : "none", span };
}
