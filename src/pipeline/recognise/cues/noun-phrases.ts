// Noun phrases around a verb, read the cheap way news prose allows: the subject is the phrase that ends where
// the verb group starts (after auxiliaries, adverbs and time phrases are peeled off), the object the phrase
// that starts after it and runs to the next preposition, comma or relative pronoun.
import { partyCountry } from "./parties.ts";

/** Where a clause ends looking left: punctuation and the words that open a new clause. */
const LEFT_BOUNDARY =
  /(?:[;:"“”]|\((?![A-Z][\w&.-]{1,12}\))|,\s|\s[-–—]\s|\b(?:that|which|who|whom|as|after|before|while|when|because|since|but|if|whether|although|though|where|amid)\b|\b(?:said|says|saying|stated|added)\s)/gi;
/** Auxiliaries, adverbs and time phrases between a subject and its verb. */
const VERB_GROUP_TAIL = new RegExp(
  String.raw`(?:\s+|^)(?:has|have|had|was|were|is|are|be|been|being|will|would|could|also|officially|formally|publicly|jointly|previously|recently|now|then|today|yesterday|finally|already|first|later|reportedly|allegedly|not|never|did|does|do|able\s+to|expected\s+to|set\s+to|said\s+to|going\s+to|about\s+to|preparing\s+to|planning\s+to|to|on\s+\w+day|(?:in|on|since|during)\s+(?:early\s+|late\s+|mid-)?[A-Z]\w+(?:\s+\d{1,2})?(?:,?\s+\d{4})?|in\s+\d{4}|this\s+(?:week|month|year)|last\s+(?:week|month|year)|earlier\s+this\s+(?:week|month|year))\s*$`,
  "i",
);
const LEADING_FILLER =
  /^(?:[•*·▪\-–]\s*)?(?:(?:update(?:\s+\d+)?:|to wit,?|but|and|however,?|also|now,?|previously,?|later,?|meanwhile,?|in addition,?|additionally,?|separately,?|moreover,?|still,?|then,?)\s+)+/i;
/** A time phrase a clause may open with ("in September 2022 it designated …"). */
const LEADING_TIME =
  /^(?:in|on|during|since|by)\s+(?:early\s+|late\s+|mid-)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s*)?(?:\d{1,2},?\s+)?(?:\d{4})?,?\s*/;
/** Words that cannot sit inside a subject noun phrase (finite verbs and the like). */
const NOT_IN_PHRASE =
  /\b(?:said|says|say|told|tells|added|announced|confirmed|revealed|warned|is|are|was|were|has|have|had|will|would|could|should|may|might|can|did|does|do)\b/i;
/** Past participles that sit in noun phrases as adjectives ("the alleged hackers", "a so-called group"). */
const PARTICIPLE_ADJECTIVE = new Set(
  "alleged suspected unidentified unnamed based linked backed sponsored affiliated related united armed combined advanced detailed organized organised coordinated named".split(
    " ",
  ),
);
/** Where an object phrase ends looking right. */
const RIGHT_BOUNDARY =
  /(?:[;:,.()"“”]|\s[-–—]\s|\s(?:for|over|in|on|at|after|before|since|from|to|by|through|during|who|which|that|whose|as|because|while|when|behind|was|were|is|are|has|have|had|will|and\s+(?:seized|took|disrupted|filed|said|announced))\b)/i;

/** The left edge of the clause that holds position `at` in `text`. */
export function clauseStart(text: string, at: number): number {
  let start = 0;
  for (const m of text.slice(0, at).matchAll(LEFT_BOUNDARY)) start = m.index + m[0].length;
  return start;
}

/** A phrase without the auxiliaries, adverbs and time phrases that stand between a subject and its verb. */
export function peel(phrase: string): string {
  let out = phrase;
  for (let i = 0; i < 8; i++) {
    const next = out.replace(VERB_GROUP_TAIL, "").replace(/(?:\s+|^)[a-z]+ly\s*$/, "");
    if (next === out) break;
    out = next;
  }
  return out
    .replace(LEADING_FILLER, "")
    .replace(LEADING_TIME, "")
    .replace(/^[\s,]+|[\s,]+$/g, "");
}

/** The names a comma cut off a coordinated list of names ("Britain, Australia, Japan and Canada"): the list
 * runs back to the clause's real start (sentence start, a dash after a dateline, a colon). */
const LIST_HEAD =
  /(?:^|[.;:!?]\s+|\s[-–—]\s+|\n\s*)((?:(?:the\s+)?[A-Z][\w.'’-]*(?:\s+(?:of\s+)?[A-Z][\w.'’-]*){0,3},\s+)+)$/;

function withListHead(text: string, start: number, phrase: string): string {
  if (!/^(?:the\s+)?[A-Z][^,]*\s(?:and|or)\s+(?:the\s+)?[A-Z]/.test(phrase)) return phrase;
  const head = LIST_HEAD.exec(text.slice(0, start));
  return head?.[1] ? `${head[1]}${phrase}` : phrase;
}

/** The subject noun phrase that ends where the verb group at `verbStart` begins, or null. */
export function subjectBefore(text: string, verbStart: number): string | null {
  const start = clauseStart(text, verbStart);
  const raw = text.slice(start, verbStart);
  const phrase = withListHead(text, start, peel(raw));
  if (!phrase || NOT_IN_PHRASE.test(phrase) || phrase.split(/\s+/).length > 14) return null;
  if (phrase.split(/\s+/).some((w) => /^[a-z]+ed$/.test(w) && !PARTICIPLE_ADJECTIVE.has(w))) return null;
  if (/^(?:it|they|he|she|we|i|you|this|these|those|there|which|who|that)$/i.test(phrase)) return null;
  return objectRelative(phrase)?.subject ?? phrase;
}

/** "a group the Justice Department charged": a relative clause without its pronoun, whose verb has the named
 * party for subject and the phrase before it for object. */
export function objectRelative(phrase: string): { antecedent: string; subject: string } | null {
  const m = /^((?:an?|some|several|two|three|four|five|six|seven|\d+)\s+[a-z][\w\s-]*?)\s+((?:the\s+)?[A-Z].*)$/.exec(
    phrase,
  );
  return m?.[1] && m[2] ? { antecedent: m[1], subject: m[2] } : null;
}

/** The noun phrase that starts at `from` and runs to the next boundary, or null. */
export function phraseAfter(text: string, from: number, maxWords = 14): string | null {
  const rest = text.slice(from).replace(/^\s+/, "");
  const cut = RIGHT_BOUNDARY.exec(rest);
  const phrase = (cut ? rest.slice(0, cut.index) : rest).trim();
  if (!phrase) return null;
  const words = phrase.split(/\s+/);
  return words.slice(0, maxWords).join(" ");
}

/** A party named with its article dropped, as an analyst would list it ("The FBI" → "FBI"). */
export function bareParty(phrase: string): string {
  return phrase
    .replace(/^(?:the|a|an)\s+/i, "")
    .replace(/['’]s$/, "")
    .trim();
}

/** Splits a coordinated subject into its parties ("the FBI and CISA" → "the FBI", "CISA"; "the United States and
 * Britain" → both), but not a name with "and" inside ("Cybersecurity and Infrastructure Security Agency"). */
export function splitParties(phrase: string): string[] {
  const out: string[] = [];
  for (const part of phrase.split(
    /\s*,\s*(?:and\s+)?|\s+and\s+(?=(?:the|its|their|more|other|several|\d)\b|[A-Z]{2,}\b)/,
  )) {
    const pair = /^(.+?)\s+and\s+([A-Z].*)$/.exec(part);
    const left = pair?.[1];
    if (pair?.[2] && left && partyCountry(left) !== null && bareParty(left).split(/\s+/).length <= 3)
      out.push(left, pair[2]);
    else out.push(part);
  }
  return out.map(bareParty).filter((p) => p.length > 1);
}
