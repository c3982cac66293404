// Who takes an action and against whom, read around its cue: the subject of an active verb, the "by X" of a
// passive or a noun ("a rebuke by senior Biden administration officials"), "from X" ("statements from allies"),
// the subject of the verb that governs a noun ("the NCSC published a joint advisory"); the object,
// "against X", "of X", the "on X" of blaming and the "to X" of attributing; the patient of a passive.
import type { ActionCue } from "./cues/action-cues.ts";
import { isGovernmentParty } from "./cues/parties.ts";
import { defendantsOf } from "./actions-defendants.ts";
import {
  bareParty,
  clauseStart,
  objectRelative,
  peel,
  phraseAfter,
  splitParties,
  subjectBefore,
} from "./cues/noun-phrases.ts";

export interface ActionParties {
  readonly by: readonly string[];
  readonly against: readonly string[];
  readonly passive: boolean;
}

const AUXILIARY_BEFORE = /\b(?:was|were|been|being|be|is|are|got|get)\s+(?:\w+ly\s+|also\s+|not\s+|then\s+)*$/i;
const PARTICIPLE = /^(?:\w+ed|\w+en|taken|brought|sought|held|put|made|pled|hit)\b/i;
const TIME_WORDS = String.raw`(?:today|yesterday|earlier|later|last|this|next|the\s+same\s+(?:day|week|month|year)|on\s+\w+day|in\s+(?:early\s+|late\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|\d{4}))`;
const LEADING_TIME = new RegExp(
  String.raw`^\s*(?:(?:also|officially|formally|publicly|${TIME_WORDS})(?:\s+|$|(?=[.,;])))+`,
  "i",
);
/** Ends a party named after "by" or "from": a preposition of something else, a participle, a time phrase. */
const AGENT_END = new RegExp(
  String.raw`\s(?:of|for|over|in|on|at|after|before|to|with|against|who|which|that)\b|\s(?=[a-z]+ed\b)|\s${TIME_WORDS}\b|[,.;:"“”]|\s\(|\)`,
  "i",
);
const OBJECT_END = new RegExp(String.raw`\s${TIME_WORDS}\b`, "i");
const LEADING_PREPOSITION = /^(?:about|of|on|against|for|over|to)\s+/i;
/** Verbs that govern an action noun: "published a joint advisory", "contains indicators of compromise". */
const GOVERNING_VERB =
  /\b(?:(?:said|says|stated|wrote|added)\s+in|issu|releas|publish|announc|unveil|hand|return|fil|shar|post|put|contain|includ|impos|deliver|express|made|make|brought|bring|sent|send|obtain|secur|seek|sought)\w*\s+(?:(?:a|an|the|its|their|new|joint|formal|public|first|latest|an?\s+\w+)\s+)*$/i;
const FRONTED = /^\s*(?:In|Under|Through|With|According\s+to|Following|After)\b[^,]*,\s*/;
const NOT_A_SUBJECT =
  /^(?:While|When|If|After|Before|Although|As|Since|Because|However|Previously|Later|Meanwhile|Here|There|It|This|That)\b/;

/** The noun phrase a clause opens with, when it names someone ("The BfV reports contains …" → "The BfV"). */
export function leadingSubject(text: string, at: number): string | null {
  const start = clauseStart(text, at);
  const words = text
    .slice(start, at)
    .replace(/^[\s•*·-]+/, "")
    .split(/\s+/);
  const kept: string[] = [];
  for (const w of words) {
    const plain = w.replace(/[,.;:]$/, "");
    const capital = /^[A-Z(]/.test(plain) || /^(?:the|of|and|for|de|von)$/.test(plain);
    const head =
      /^(?:government|administration|authorities|officials|ministry|department|agency|council|court|prosecutors|police|countries|nations|allies|partners)$/i.test(
        plain,
      );
    if (!capital && !head) break;
    kept.push(plain);
    if (plain !== w) break;
  }
  const phrase = kept.join(" ").replace(/\s+(?:the|of|and|for)$/i, "");
  if (!/[A-Z]/.test(phrase) || /^(?:The|A|An|In|On|But|And)$/.test(phrase) || NOT_A_SUBJECT.test(phrase)) return null;
  return phrase;
}

/** The subject of a sentence's main clause, past a fronted phrase ("Previously, Microsoft filed …" → "Microsoft"). */
export function mainSubject(text: string): string | null {
  const fronted =
    /^\s*(?:[A-Z]\w*ly|In\s[^,]{1,40}|On\s[^,]{1,30}|Last\s\w+|Earlier|Later|Previously|Meanwhile),\s*/.exec(text);
  const from = fronted ? fronted[0].length : 0;
  const end = text.slice(from).search(/\s(?:[a-z]+ed|has|have|had|is|are|was|were|will|said|says)\b/);
  return end > 0 ? leadingSubject(text.slice(from, from + end), end) : null;
}

function nextClauseEnd(text: string, from: number): number {
  const m = /[;.!?]\s|\s[-–—]\s|\s\(|,\s+(?:which|who|while|but|and\s+(?:the|it|they))\b/.exec(text.slice(from));
  return m ? from + m.index : text.length;
}

/** "by X" or "from X" within a few words: one pattern per word and gap, made once. */
const AGENT_PATTERNS = new Map<string, RegExp>();
function agentPattern(word: "by" | "from", maxGap: number): RegExp {
  const key = `${word} ${maxGap}`;
  const known = AGENT_PATTERNS.get(key);
  if (known) return known;
  const made = new RegExp(String.raw`^\s*(?:\S+\s+){0,${maxGap}}?${word}\s+`, "i");
  AGENT_PATTERNS.set(key, made);
  return made;
}

function agentAfter(text: string, from: number, word: "by" | "from", maxGap: number): string | null {
  const window = text.slice(from, nextClauseEnd(text, from));
  const m = agentPattern(word, maxGap).exec(window);
  if (!m) return null;
  const rest = window.slice(m[0].length);
  const cut = AGENT_END.exec(rest);
  const phrase = (cut ? rest.slice(0, cut.index) : rest).trim();
  return phrase && phrase.split(/\s+/).length <= 12 ? phrase : null;
}

function objectAfter(text: string, from: number): string | null {
  const rest = text.slice(from).replace(LEADING_TIME, "");
  const phrase = phraseAfter(text, text.length - rest.length);
  if (!phrase) return null;
  const cut = OBJECT_END.exec(phrase);
  return (cut ? phrase.slice(0, cut.index) : phrase).replace(LEADING_PREPOSITION, "").trim() || null;
}

/** Drops the stray bracket a cut phrase keeps ("the FBI)" → "the FBI"). */
function balanced(phrase: string): string {
  const open = phrase.split("(").length;
  return open === phrase.split(")").length ? phrase : phrase.replace(/[()]/g, "").trim();
}

function cleanList(phrases: readonly (string | null)[]): string[] {
  const out: string[] = [];
  for (const p of phrases) {
    if (!p) continue;
    for (const part of splitParties(p)) {
      const bare = bareParty(balanced(part.replace(/[\s,]+$/, "")));
      const pronoun =
        /^(?:it|its|they|them|their|he|him|his|she|her|we|us|our|i|you|there|which|who|that)$/.test(bare) ||
        /^(?:It|They|He|She|We|This|These|Those|There)$/.test(bare);
      if (bare && !pronoun && !out.some((o) => o.toLowerCase() === bare.toLowerCase())) out.push(bare);
    }
  }
  return out;
}

/** "prosecutors in Spokane, Washington, charged …": the state or country after a place, set off by commas. */
const PLACE_APPOSITION = /,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2},\s*$/;

function subjectOf(text: string, at: number): string | null {
  const direct = subjectBefore(text, at) ?? leadingSubject(text, at);
  if (direct) return direct;
  const place = PLACE_APPOSITION.exec(text.slice(0, at));
  if (!place || !/\s(?:in|of)\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}$/.test(text.slice(0, place.index))) return null;
  return subjectBefore(text, place.index) ?? leadingSubject(text, place.index);
}

function nounBy(text: string, start: number, end: number): string | null {
  const agent = agentAfter(text, end, "by", 3) ?? agentAfter(text, end, "from", 3);
  if (agent) return agent;
  const governing = GOVERNING_VERB.exec(text.slice(clauseStart(text, start), start));
  if (governing) return subjectOf(text, clauseStart(text, start) + governing.index);
  const fronted = FRONTED.exec(text);
  if (fronted && start < fronted[0].length) return mainSubject(text.slice(fronted[0].length));
  return null;
}

/** A party named by reference to one named before ("the company", "it"): resolved by the caller. */
export const REFERRING_PARTY = /^(?:company|firm|agency|department|bureau|tech\s+giant|ministry|it|they)$/i;

/** "Google said it had disrupted …": the pronoun is the one who said so. */
function pronounSubject(text: string, start: number): string | null {
  const before = peel(text.slice(clauseStart(text, start), start));
  if (!/^(?:it|they)$/i.test(before)) return null;
  const say = /\b(?:said|says|announced|confirmed|added|stated)\s+(?:that\s+)?$/i.exec(
    text.slice(0, clauseStart(text, start)),
  );
  if (say) return subjectOf(text, say.index) ?? "it";
  return before.toLowerCase();
}

const JOINED_IN = /\sjoin(?:ed|s)?\s+((?:the\s+)?[A-Z][\w.'’-]*(?:\s+(?:of\s+)?[A-Z][\w.'’-]*){0,3})\s+in\s+$/;

/** The same, when the cue itself spans "joined the United States in attributing". */
const JOINED_CUE = /^join(?:ed|s)?\s+((?:the\s+)?[A-Z][\w.'’-]*(?:\s+(?:of\s+)?[A-Z][\w.'’-]*){0,3})\s+in\b/;

function readBy(text: string, start: number, end: number, cue: ActionCue, passive: boolean): string[] {
  if (passive) {
    const agent = agentAfter(text, end, "by", 4);
    if (agent) return cleanList([agent]);
    const place = /^\s+in\s+((?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})/.exec(text.slice(end));
    return cue.kind === "arrest" && place?.[1] ? cleanList([place[1]]) : [];
  }
  if (cue.form === "noun") return cleanList([nounBy(text, start, end)]);
  // "Britain and Japan joined the United States in condemning …": both the subject and the joined party act.
  const joined = JOINED_IN.exec(text.slice(0, start));
  if (joined?.[1]) return cleanList([subjectOf(text, joined.index + 1), joined[1]]);
  const joinedInCue = JOINED_CUE.exec(text.slice(start, end));
  if (joinedInCue?.[1]) return cleanList([subjectOf(text, start), joinedInCue[1]]);
  const subject = subjectOf(text, start) ?? pronounSubject(text, start);
  if (subject === "it" || subject === "they") return [subject];
  return cleanList([
    subject ?? (/\b(?:which|that)\s+(?:\w+\s+){0,3}$/i.test(text.slice(0, start)) ? mainSubject(text) : null),
  ]);
}

/** Whom a reward or a request for tips is about: "information about X", "help to unmask X". */
function soughtAfter(text: string, end: number): string[] {
  const m = /\b(?:about|on|to\s+(?:identify|unmask|locate|find|arrest))\s+/i.exec(text.slice(end));
  return m ? cleanList([objectAfter(text, end + m.index + m[0].length)]) : [];
}

function readAgainst(text: string, start: number, end: number, cue: ActionCue, passive: boolean): string[] {
  if (cue.kind === "reward" || cue.kind === "tip-request") return soughtAfter(text, end);
  const window = text.slice(end, nextClauseEnd(text, end));
  const slot = cue.against ?? "object";
  const linkVerb = /^(?:link|ti|connect)/i.test(text.slice(start, end));
  if (slot !== "object" || (linkVerb && passive)) {
    const m = (slot === "after-on" ? /\son\s/i : /\sto\s/i).exec(window);
    if (m) return cleanList([objectAfter(text, end + m.index + m[0].length - 1)]);
  }
  if (passive) return cleanList([subjectOf(text, start)]);
  const defendants = defendantsOf(text, start, end);
  if (defendants) return cleanList(defendants);
  const relative = objectRelative(peel(text.slice(clauseStart(text, start), start)));
  if (relative) return cleanList([relative.antecedent]);
  const opener = text.slice(Math.max(0, clauseStart(text, start) - 8), clauseStart(text, start));
  if (/,\s*(?:which|whom)\s*$/i.test(opener))
    return cleanList([subjectOf(text, text.lastIndexOf(",", clauseStart(text, start)))]);
  const charged = /^(?:charged|added)\s+(.+?),?\s+(?:with|in\s+connection|to\s+(?:the|its)\s+.*)$/i.exec(
    text.slice(start, end),
  );
  if (charged?.[1]) return cleanList([charged[1].replace(/,\s*/g, " ").trim()]);
  const against = /^\s*(?:\S+\s+){0,3}?against\s/i.exec(window);
  if (against) return cleanList([objectAfter(text, end + against[0].length)]);
  if (cue.form === "noun") {
    const of = /^\s*(?:of|on)\s/i.exec(window);
    return of ? cleanList([objectAfter(text, end + of[0].length)]) : [];
  }
  return cleanList([objectAfter(text, end)]);
}

/** Headlines drop the auxiliary of a passive ("Seven Iranians charged with hacking", "Hacker sentenced to four
 * years"); a public authority before the participle makes it active ("a group the Justice Department charged in 2020"). */
function isBareParticiple(text: string, start: number, end: number): boolean {
  const [first = ""] = text.slice(start, end).split(/\s+/);
  const rest = text.slice(start + first.length, end + 12);
  if (!/ed$/i.test(first) || !/^\s+(?:by|for|over|with|to|in|after)\b/i.test(rest)) return false;
  if (/\b(?:has|have|had)\s+(?:\w+ly\s+)?$/i.test(text.slice(Math.max(0, start - 20), start))) return false;
  const subject = subjectBefore(text, start);
  return subject === null || !isGovernmentParty(subject);
}

/** Who acts and against whom, for the cue matched at [start, end) of a sentence's text. */
export function readParties(text: string, start: number, end: number, cue: ActionCue): ActionParties {
  const before = text.slice(Math.max(0, start - 40), start);
  const cueText = text.slice(start, end);
  // "charges were announced", "indictment was unsealed": the passive is inside the cue itself.
  const inner = /\b(?:was|were|is|are|be|been)\s+(?:\w+\s+)?\w+ed$/i.test(cueText);
  const participle = cue.form === "verb" && (inner || isBareParticiple(text, start, end));
  const passive = cue.form === "verb" && ((AUXILIARY_BEFORE.test(before) && PARTICIPLE.test(cueText)) || participle);
  return { by: readBy(text, start, end, cue, passive), against: readAgainst(text, start, end, cue, passive), passive };
}
