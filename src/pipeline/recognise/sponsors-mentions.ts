// All sponsor mentions of a report, each judged: does the text tie hacking to it here? A state needs a tie in
// the words around it; an agency, bureau or front company counts in a sentence about hacking unless the text
// makes it the one speaking ("the NSA said") or the one hit ("targeting the Ministry of …").
import type { SegmentedReport, Span } from "../../core/index.ts";
import { findAgencyMentions } from "./sponsors-agencies.ts";
import { findDescribedFronts } from "./sponsors-fronts.ts";
import { withMention, type SponsorMention } from "./sponsors-mention.ts";
import { HACKING, findStateMentions } from "./sponsors-states.ts";

const ASSERTER_AFTER =
  /^\s*(?:\([^)]*\)\s*)?(?:(?:has|have|had|also|jointly|previously|recently|publicly|officially|formally)\s+)*(?:said|says|warned|announced|published|released|issued|attributed|assessed|reported|revealed|disclosed|confirmed|alerted|advised|urged|identified|linked|blamed|noted|stated|added|shared|told|believes?|sanctioned|indicted|charged)\b/i;
const ASSERTER_VERB =
  /\b(?:(?:has|have|had|also|jointly|previously|recently|publicly|officially|formally|today|yesterday)\s+)*(?:said|says|warned|announced|attributed|assessed|reported|confirmed|alerted|advised|urged|noted|stated|told|(?:published|released|issued|shared)\s+(?:[\w-]+\s+){0,3}?(?:advisory|advisories|statement|report|alert|guidance|bulletin|notice|warning|assessment|analysis|research))\b/i;
/** Words a list of authoring bodies may hold besides names: "the FBI, CISA and partner agencies in Canada". */
const LIST_WORD =
  /^(?:the|and|of|in|for|from|partners?|agencies|agency|counterparts|allies|joined|by|along|with|together|other|international|its|their|s|cyber|cybersecurity|security|national|law|enforcement)$/i;
/** A list item starts here: the sentence opens, or a comma or "and" comes right before (not "working for the"). */
const LIST_START = /(?:^|[,;:]|\band)\s*(?:the\s+)?(?:\p{Lu}[\p{L}.'’]*\s+){0,3}$/u;
const ASSERTER_BEFORE =
  /(?:according to|(?:said|reported|published|released|issued|attributed|disclosed|observed|tracked|identified|named|dubbed|assessed|warned)\s+by)\s+(?:the\s+)?$/i;
const TARGET_BEFORE =
  /\b(?:target(?:ed|ing|s)?|breach(?:ed|ing|es)?|hack(?:ed|ing|s)? into|compromis(?:ed|ing|es)|infiltrat(?:ed|ing|es)|attack(?:ed|ing|s)?|(?:attacks?|campaigns?|operations?|intrusions?|hacks?)\s+(?:\w+\s+)?against|spied on|st(?:eal|ole|ealing)(?:\s+\w+){0,2}\s+from|st(?:eal|ole|ealing)|victims? (?:include|included))\s+(?:the\s+)?(?:\w+\s+){0,2}$/i;

/**
 * "The FBI, CISA and the NSA, joined by partners in Europe, published an advisory": an agency listed among the
 * authors of a statement is a source, however far the verb comes after it.
 */
function isListedAuthor(before: string, after: string): boolean {
  const verb = ASSERTER_VERB.exec(after);
  if (!verb || verb.index > 200 || !LIST_START.test(before)) return false;
  const chunk = after.slice(0, verb.index);
  if (!/^\s*(?:\([^)]*\)\s*)?(?:[,;]|and\b|$)/.test(chunk.trim() === "" ? "" : chunk.trimStart())) return false;
  const words = chunk.replace(/\([^)]*\)/g, " ").match(/[\p{L}\p{N}][\p{L}\p{N}.'’-]*/gu) ?? [];
  return words.every((w) => /^\p{Lu}/u.test(w) || /^\p{N}/u.test(w) || LIST_WORD.test(w));
}

/** Is an agency mention the one acting as a source or a victim in its sentence rather than a sponsor? */
function isBystander(text: string, sentence: Span, m: SponsorMention): boolean {
  const before = text.slice(sentence.start, m.start);
  const after = text.slice(m.end, sentence.end);
  return (
    ASSERTER_AFTER.test(after) ||
    ASSERTER_BEFORE.test(before) ||
    TARGET_BEFORE.test(before) ||
    isListedAuthor(before, after)
  );
}

/** The counterparts (NSA, GCHQ …) are named far more often as sources than as sponsors: they need a hacking sentence. */
const COUNTERPARTS = new Set(["US", "GB"]);

const RANK = { state: 0, agency: 1, unit: 2, "front-company": 3, person: 4 } as const;
const APPOSED_PARENT =
  /^,?\s+(?:(?:a|an|the|its)\s+)?(?:[\p{L}-]+\s+){0,4}?(?:for|of|under|within|belonging to|run by|controlled by|working for|on behalf of)\s+(?:the\s+)?$/iu;

/**
 * "Wuhan XRZ, a front company for the Hubei State Security Department": the body a text names right after a
 * front company or bureau, one level up, is its parent — whatever the gazetteer said in general.
 */
function withApposedParents(text: string, bodies: readonly SponsorMention[]): SponsorMention[] {
  return bodies.map((b) => {
    const next = bodies.find((o) => o.start >= b.end && RANK[o.level] < RANK[b.level]);
    if (!next || !APPOSED_PARENT.test(text.slice(b.end, next.start))) return b;
    const parentLink = b.level === "front-company" ? "employed-by" : "part-of";
    return withMention(b, {
      parentKey: next.key,
      parentName: next.surface,
      parentLink,
      country: b.country ?? next.country,
    });
  });
}

function sentenceMentions(text: string, sentence: Span, aboutHacking: boolean): SponsorMention[] {
  const hacking = HACKING.test(text.slice(sentence.start, sentence.end));
  const agencies = findAgencyMentions(text, sentence).map((m) => {
    const context = hacking || (aboutHacking && !COUNTERPARTS.has(m.country ?? ""));
    return withMention(m, { tied: context && !isBystander(text, sentence, m), cue: null });
  });
  const fronts = findDescribedFronts(text, sentence, agencies);
  const bodies = withApposedParents(
    text,
    [...agencies, ...fronts].sort((a, b) => a.start - b.start),
  );
  const tiedBodies = bodies.filter((b) => b.tied);
  const states = findStateMentions(text, sentence, aboutHacking).flatMap((s) => {
    const owner = bodies.find((b) => b.start <= s.start && s.end <= b.end);
    if (!owner) return [s];
    // "China's MSS": the state owns a tied agency, so the text ties it as well.
    return tiedBodies.includes(owner) ? [withMention(s, { tied: true, form: "state-noun", cue: owner })] : [];
  });
  return [...states, ...bodies].sort((a, b) => a.start - b.start || b.end - a.end);
}

const cache = new WeakMap<SegmentedReport, readonly SponsorMention[]>();

/** Every sponsor mention of the report's body, in text order, with `tied` set (read once per report). */
export function findSponsorMentions(report: SegmentedReport): readonly SponsorMention[] {
  const held = cache.get(report);
  if (held) return held;
  const found = Object.freeze(readSponsorMentions(report));
  cache.set(report, found);
  return found;
}

function readSponsorMentions(report: SegmentedReport): SponsorMention[] {
  const hackingSentences = report.sentences.filter((s) => HACKING.test(report.text.slice(s.start, s.end))).length;
  const aboutHacking = hackingSentences >= 1;
  return report.sentences.flatMap((sentence) => sentenceMentions(report.text, sentence, aboutHacking));
}
