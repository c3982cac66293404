// States as sponsors. A state, its adjective or its seat of power ("Beijing", "the Kremlin") is a sponsor only
// where the sentence ties hacking to it: in the words ("Russian state-backed", "Iran-backed", "Chinese state
// hackers"), after a tie ("on behalf of", "at the behest of", "attributed … to", "blamed … on"), as the object of
// one ("linked Russia to"), or as the one "behind" or "responsible for" it. "A Russian cybercriminal gang" or
// "a Chinese businessman" names a nationality, not a sponsor.
import type { Span } from "../../core/index.ts";
import { STATES, type StateEntry } from "./gazetteer/index.ts";
import type { SponsorMention } from "./sponsors-mention.ts";

/** Words of hacking: a tie to a state counts only in a sentence about it. */
export const HACKING =
  /\b(?:hack\w*|cyber\w*|intrusions?|espionage|spy|spies|spying|APT\d*|(?:threat )?actors?|groups?|operatives|malware|breach\w*|attacks?|campaigns?|operations?|phishing|ransomware|infiltrat\w+|compromis\w+|exploit\w*|steal\w*|stole|theft|wiper|implants?|backdoors?|heist)\b/i;

const COMPOUND =
  /^(?:-|\s)(?:(state|government)[- ])?(?:sponsored|backed|linked|affiliated|supported|aligned|directed|controlled|nexus|tasked|funded|allied|employed)\b/i;
const STATE_GROUP =
  /^\s+(state|government|nation[- ]state|regime)(?:[- ](?:sponsored|backed|linked|affiliated|supported))?\s+(?:(?:cyber|threat|hacking|cyber-?espionage|espionage|APT|malicious)\s+)?(?:hackers?|actors?|groups?|operatives|spies|teams?|units?|agents?|attackers|intruders|hacking|APTs?|cyber\w*)\b/i;
const GOVERNMENT_NOUN = /^\s+(government|state|regime|authorities|leadership|Communist Party)\b/;
const POSSESSIVE_GOVERNMENT = /^['’]s\s+(government|regime|leadership)\b/;
const TIE_BEFORE = new RegExp(
  String.raw`(?:on behalf of|at the (?:behest|direction|request) of|under the (?:direction|control) of|affiliated with|tied to|linked to|connected to|associated with|in connection with|(?:working|work|works|worked|acting|operating|operate|operates|operated) (?:for|on behalf of)|in the (?:service|pay) of|(?:employed|backed|sponsored|directed|supported|controlled|tasked|funded|ordered) by|(?:hackers?|actors?|operatives?|officers?|agents?|spies|attacks?|hacking|intrusions?|operations?|campaigns?|activity|activities|espionage) (?:by|of)|attribut\w*\b[^.;:]{0,80}?\bto|blam\w*\b[^.;:]{0,80}?\bon|link(?:ed|s|ing)?\b[^.;:]{0,60}?\bto|tie[sd]?\b[^.;:]{0,40}?\bto|connect(?:ed|s|ing)\b[^.;:]{0,60}?\bto|trac(?:ed|es|ing)\b[^.;:]{0,40}?\bto)\s+(?:(?:the|cyber|threat|state|nation-state|government|regime|actors?|hackers?|operatives?|agents?|elements?|parts?|of|within|specifically|and|,)\s*){0,6}$`,
  "i",
);
const VERB_BEFORE =
  /\b(?:link(?:ed|s|ing)?|tie[sd]?|tying|connect(?:ed|s|ing)?|attribut(?:ed|es|ing|e)|blam(?:ed|es|ing|e)|accus(?:ed|es|ing|e))\s+(?:the\s+)?$/i;
const VERB_OBJECT_AFTER = /^(?:['’]s\s+\w+\s*)?\s*(?:to|for|of)\b/i;
const RESPONSIBLE_AFTER =
  /^\s+(?:(?:was|is|were|are|has been|had been|may be|might be|could be|appears to be)\s+)?(?:likely\s+|allegedly\s+|probably\s+|ultimately\s+|directly\s+)?(?:behind|responsible for|orchestrated|sponsored|directed|ordered)\b/i;
const POSSESSIVE_HACKING =
  /^['’]s\s+(?:(?:state|government|military|own|elite|top|main)\s+)*(?:hackers?|hacking|cyber\w*|spies|espionage|cyberespionage|APTs?|operatives)\b/i;
const MODIFIER_OF_NAME = /^\s+\p{Lu}/u;
const COORDINATION = /^\s*(?:,|and|or|,\s*and|as well as)\s*(?:the\s+)?$/i;

interface StateWord {
  readonly word: string;
  readonly kind: "name" | "adjective" | "seat";
  readonly state: StateEntry;
}

const STATE_WORDS: readonly StateWord[] = STATES.flatMap((state) => [
  ...state.names.map((word) => ({ word, kind: "name" as const, state })),
  ...state.adjectives.map((word) => ({ word, kind: "adjective" as const, state })),
  ...state.seats.map((word) => ({ word, kind: "seat" as const, state })),
]).sort((a, b) => b.word.length - a.word.length);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const STATE_PATTERN = new RegExp(
  String.raw`(?<![\p{L}\p{N}.])(${STATE_WORDS.map((w) => escape(w.word)).join("|")})(?![\p{L}\p{N}])`,
  "gu",
);

/** The name of a state for a chain's parent: its usual name ("China", "North Korea"). */
export function stateName(code: string): string {
  return STATES.find((s) => s.code === code)?.names[0] ?? code;
}

function mention(word: StateWord, span: Span, surface: string, tied: boolean, inWords: boolean): SponsorMention {
  return Object.freeze({
    start: span.start,
    end: span.end,
    surface,
    key: `state:${word.state.code}`,
    level: "state",
    form: inWords ? "state-compound" : "state-noun",
    country: word.state.code,
    parentKey: null,
    parentName: null,
    parentLink: null,
    tied,
    cue: tied ? span : null,
  });
}

/** How the words right after a state word tie it, and what the surface becomes. */
function readAround(text: string, sentence: Span, at: Span, word: StateWord) {
  const before = text.slice(sentence.start, at.start);
  const after = text.slice(at.end, sentence.end);
  const compound = COMPOUND.exec(after);
  if (compound) return { extra: compound[1] ? ` ${compound[1]}` : "", tied: true, inWords: true };
  const group = word.kind === "adjective" ? STATE_GROUP.exec(after) : null;
  if (group) return { extra: ` ${group[1] ?? ""}`, tied: true, inWords: true };
  const noun = word.kind === "adjective" ? GOVERNMENT_NOUN.exec(after) : POSSESSIVE_GOVERNMENT.exec(after);
  if (word.kind === "adjective" && !noun) return null;
  // "the U.S. Navy", "China Telecom", "People's Cyber Army of Russia": the state word only names something else.
  if (!noun && MODIFIER_OF_NAME.test(after)) return { extra: "", tied: false, inWords: false };
  const extra = noun ? (word.kind === "adjective" ? ` ${noun[1] ?? ""}` : `'s ${noun[1] ?? ""}`) : "";
  const rest = after.slice(extra.length);
  const tied =
    TIE_BEFORE.test(before) ||
    (VERB_BEFORE.test(before) && VERB_OBJECT_AFTER.test(rest)) ||
    RESPONSIBLE_AFTER.test(rest) ||
    POSSESSIVE_HACKING.test(rest);
  return { extra, tied, inWords: false };
}

/**
 * State mentions of one sentence, each marked tied or not. A tie in the words needs a sentence about hacking; a
 * tie by a phrase ("on behalf of", "blamed … on") also counts in a report about hacking (`aboutHacking`).
 */
export function findStateMentions(text: string, sentence: Span, aboutHacking: boolean): SponsorMention[] {
  const body = text.slice(sentence.start, sentence.end);
  const hacking = HACKING.test(body);
  const out: SponsorMention[] = [];
  STATE_PATTERN.lastIndex = 0;
  for (let m = STATE_PATTERN.exec(body); m; m = STATE_PATTERN.exec(body)) {
    const word = STATE_WORDS.find((w) => w.word === m?.[1]);
    if (!word) continue;
    const at = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
    const read = readAround(text, sentence, at, word);
    if (!read) continue;
    const prev = out[out.length - 1];
    const end = at.end + read.extra.length;
    const coordinated = prev?.tied === true && COORDINATION.test(text.slice(prev.end, at.start));
    // "the North Korean-linked Kimsuky": a tie in the words before a name counts in a report about hacking.
    const named = read.inWords && /^\s+\p{Lu}/u.test(text.slice(end, sentence.end).replace(/^[\w-]*/, ""));
    const context = read.inWords && !named ? hacking : hacking || aboutHacking;
    const tied = context && (read.tied || coordinated);
    out.push(mention(word, { start: at.start, end }, text.slice(at.start, end), tied, read.inWords));
  }
  return out;
}
