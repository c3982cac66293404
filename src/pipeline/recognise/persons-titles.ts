// Titles around a name and what they make the person: the role noun phrase before it ("Europol spokeswoman",
// "Kenya's central bank governor,"), the apposition after it (", principal researcher at
// ESET,"), and the reading of either as official, researcher, defendant or other by the body it names.
import type { PersonRole } from "../../core/index.ts";
import {
  COMPANY_SHAPE,
  CREDIT_TITLE,
  GOVERNMENT_ORG,
  HONORIFICS,
  INHERENT_OFFICIAL_TITLE,
  NATIONALITY_WORDS,
  OFFICIAL_WITHOUT_BODY,
  ORG_DEPENDENT_TITLE,
  RESEARCHER_TITLE,
  ROLE_NOUN,
  SECURITY_VENDORS,
  SPONSOR_ENTRIES,
  THING_HEAD,
  TITLE_WORDS,
} from "./gazetteer/index.ts";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Short names of the agencies and units that sponsor hacking: their officers are the accused, not officials. */
const SPONSOR_BODIES = SPONSOR_ENTRIES.filter((e) => e.level !== "front-company" && !["US", "GB"].includes(e.country))
  .flatMap((e) => [...e.abbreviations, ...e.names.filter((n) => /^Unit \d/.test(n))])
  .map(escape)
  .join("|");
const RANK = String.raw`(?:officers?|agents?|operatives?|colonel|major|captain|lieutenant|general|commanders?|members?|employees?)`;
/** "a GRU colonel", "MSS officers", "an officer of Unit 61398", "a hacker". */
export const HOSTILE_SERVICE = new RegExp(
  String.raw`\bhackers?\b|\b(?:[Mm]ilitary\s+)?[Uu]nit\s+\d{3,6}\b|\b(?:${SPONSOR_BODIES})\b(?:\s+\w+){0,2}\s+${RANK}\b|\b${RANK}\s+(?:of|in|with|at)\s+(?:the\s+)?(?:${SPONSOR_BODIES})\b`,
  "u",
);

/** Staff of a security company who speak for the business, not its research. */
const NON_RESEARCH_STAFF =
  /\b(?:spokes(?:man|woman|person)|ceo|chief executive|(?:co-)?founder|communications|marketing|sales|counsel|press|chairman|investor)\b/i;
/** Titles of people who study a field for a living, whoever employs them. */
const STUDENT_OF_FIELD = /\b(?:researchers?|analysts?|fellow|scientists?|experts?|scholars?)\b/i;
/** Bodies that study a field, and the words that say their work is research on it. */
const RESEARCH_BODY = /\b(?:institute|university|think[- ]tank|centre|center|academy|school|college)\b/i;
const RESEARCH_FIELD =
  /\b(?:program(?:me)?s?|research|studies|security|cyber\w*|polic(?:y|ies)|project|initiative|lab(?:oratory)?)\b/i;
const FINITE_VERB = /\b(?:were|was|is|are|has|have|had|said|says|told|will|would|did|does)\b/i;
const VERB_START =
  /^(?:were|was|is|are|has|have|had|who|which|whose|said|says|told|added|will|would|could|can|may|might|did|does|do|and|but|or|not|also|both|who's|to|in|on|at|by|with|from|for)\b/i;
/** A character of a lead word: a letter, a mark, or . ' ’ & - (as the class [\p{L}\p{M}.'’&-]). */
const LEAD_CHAR = /^[\p{L}\p{M}.'’&-]$/u;
const LEAD_MAX_WORDS = 10;

function isLeadChar(code: number, text: string, at: number): boolean {
  if (code < 128) {
    return (
      (code >= 97 && code <= 122) ||
      (code >= 65 && code <= 90) ||
      code === 46 ||
      code === 39 ||
      code === 38 ||
      code === 45
    );
  }
  return LEAD_CHAR.test(String.fromCodePoint(text.codePointAt(at) ?? code));
}

/**
 * The last words of `text` (at most ten), each made of lead characters and followed by spaces or tabs, up to
 * its end — what /((?:[\p{L}\p{M}.'’&-]+[ \t]+){0,10})$/u finds, read backwards from the end instead of
 * tried at every position of a long sentence.
 */
export function leadWords(text: string): string[] {
  let from = text.length;
  for (let count = 0; count < LEAD_MAX_WORDS; count++) {
    let spaces = from;
    while (spaces > 0 && (text.charCodeAt(spaces - 1) === 32 || text.charCodeAt(spaces - 1) === 9)) spaces--;
    if (spaces === from) break;
    let word = spaces;
    while (word > 0) {
      const code = text.charCodeAt(word - 1);
      const high = word > 1 ? text.charCodeAt(word - 2) : 0;
      const low = code >= 0xdc00 && code <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
      const at = low ? word - 2 : word - 1;
      if (!isLeadChar(code, text, at)) break;
      word = at;
    }
    if (word === spaces) break;
    from = word;
  }
  return text.slice(from).trim().split(/\s+/).filter(Boolean);
}
const TITLE_JOINERS = new Set(["of", "for", "the", "and", "&", "at", "in", "to"]);
const CLAUSE_WORDS = new Set(
  "as and or to of with by for that in on at from said says told is was were are be been has have had who which when while against including among between like named".split(
    " ",
  ),
);
const LEADING_FILLER = /^(?:(?:with|by|the|a|an|and|as|to|from|said|says|told)\s+)+/i;

const bare = (w: string) => w.replace(/['’]s$/, "").replace(/[,.]$/, "");

/** Does the phrase name a body that is neither a government nor a known company ("SWIFT", "LockBit")? */
function namesOtherBody(phrase: string): boolean {
  return phrase
    .split(/\s+/)
    .map(bare)
    .some(
      (w) =>
        /^\p{Lu}/u.test(w) &&
        ![w, `${w}.`].some((t) => TITLE_WORDS.has(t) || HONORIFICS.has(t) || NATIONALITY_WORDS.has(t)),
    );
}

/** What a title phrase makes a person: official, researcher, defendant, other — or nothing. */
export function classifyTitle(phrase: string): PersonRole | null {
  if (CREDIT_TITLE.test(phrase)) return "other";
  if (HOSTILE_SERVICE.test(phrase)) return "defendant";
  const words = phrase.split(/\s+/).map(bare);
  const vendor = words.some((w) => SECURITY_VENDORS.has(w));
  const government = GOVERNMENT_ORG.test(phrase) || words.some((w) => NATIONALITY_WORDS.has(w));
  const company = COMPANY_SHAPE.test(phrase) || vendor;
  if (vendor && !government) return NON_RESEARCH_STAFF.test(phrase) ? "other" : "researcher";
  if (RESEARCHER_TITLE.test(phrase) && /\b(?:cyber|security|threat)/i.test(phrase) && !government) return "researcher";
  // "a principal analyst at a Sydney consultancy", "a fellow at a Washington think tank": one who studies the field.
  if (STUDENT_OF_FIELD.test(phrase) && !NON_RESEARCH_STAFF.test(phrase)) return government ? "official" : "researcher";
  // "head of the election security programme at a civic institute": who runs research at a research body.
  if (RESEARCH_BODY.test(phrase) && RESEARCH_FIELD.test(phrase) && !government && !NON_RESEARCH_STAFF.test(phrase))
    return "researcher";
  if (INHERENT_OFFICIAL_TITLE.test(phrase)) return company && !government ? "other" : "official";
  if (ORG_DEPENDENT_TITLE.test(phrase)) {
    if (government) return "official";
    if (company || namesOtherBody(phrase)) return "other";
    return OFFICIAL_WITHOUT_BODY.test(phrase) ? "official" : "other";
  }
  return ROLE_NOUN.test(phrase) ? "other" : null;
}

/** Where the title phrase ending at words[k] starts: capitalised words and possessives, or up to three modifiers. */
function titleStart(words: readonly string[], k: number): number {
  let j = k;
  while (j > 0) {
    const w = words[j - 1] ?? "";
    // "Assistant Attorney General for National Security": a joiner between capitalised title words stays.
    const joiner = /^(?:for|of|the)$/.test(w) && /^\p{Lu}/u.test(words[j - 2] ?? "") && /^\p{Lu}/u.test(words[j] ?? "");
    if (!joiner && (CLAUSE_WORDS.has(w.toLowerCase()) || /^\p{Ll}+(?:ed|ing)$/u.test(w))) break;
    if (!/^\p{Lu}/u.test(w) && !/['’]s$/.test(w) && k - (j - 1) > 3) break;
    j--;
  }
  return j;
}

const isRoleWord = (word: string) =>
  HONORIFICS.has(word) || ROLE_NOUN.exec(bare(word))?.[0].length === bare(word).length;

/**
 * The role-bearing noun phrase right before a name ("Kenya's central bank governor,", "Sweden's
 * Minister for Defence", "A spokesperson for the Chinese Embassy in Washington,"): a role noun or honorific
 * among its last words, followed only by title words. `direct` when the role word touches the name and is
 * singular ("spokesman Peskov", not "members of Parliaments").
 */
export function leadPhrase(before: string): { phrase: string; direct: boolean } | null {
  const trimmed = before.replace(/[ \t]*,?[ \t]*$/, " ");
  const words = leadWords(trimmed);
  for (let k = words.length - 1; k >= Math.max(0, words.length - LEAD_MAX_WORDS); k--) {
    const word = words[k] ?? "";
    if (!isRoleWord(word)) continue;
    const rest = words.slice(k + 1);
    if (!rest.every((w) => /^\p{Lu}/u.test(w) || TITLE_JOINERS.has(w))) return null;
    const phrase = words
      .slice(titleStart(words, k), k + 1 + rest.length)
      .join(" ")
      .replace(LEADING_FILLER, "");
    const direct = rest.length === 0 && (HONORIFICS.has(word) || !/s$/i.test(word));
    return phrase ? { phrase, direct } : null;
  }
  return null;
}

export interface Apposition {
  /** The title phrase of the apposition, when it is one. */
  readonly phrase: string | null;
  /** ", 51,": an age, as news gives it for people. */
  readonly age: boolean;
  /** ", a front company for …": the name before it is a thing, not a person. */
  readonly thing: boolean;
}

/** The apposition right after a name (", deputy director of the cyber division,"). */
export function apposition(after: string): Apposition {
  const m =
    /^\s*,\s*(?:(\d{1,3})\s*,\s*)?([^,;:"“”()—]{2,110}?)(?=,|;|(?<!\b\p{Lu})\.(?:\s|$)|$|\s(?:said|told|added|who|which|whose)\b)/u.exec(
      after,
    );
  // ", who heads the Justice Department's national security division,": the body the person leads is the title.
  const leads =
    /^\s*,\s*who\s+(?:heads|headed|leads|led|runs|ran|directs|directed|oversees|oversaw|chairs|chaired)\s+([^,;:"“”()—]{2,100}?)(?=,|;|\.(?:\s|$)|$)/u.exec(
      after,
    );
  if (leads?.[1]) return { phrase: `head of ${leads[1].trim()}`, age: false, thing: false };
  if (!m) return { phrase: null, age: /^\s*,\s*\d{1,3}\s*,/.test(after), thing: false };
  const phrase = (m[2] ?? "").trim();
  const head = phrase.split(/\s+(?:at|of|for|with|in|on|from|based|that|which|who)\s+/)[0] ?? phrase;
  const headWords = head.split(/\s+/).slice(0, 5).join(" ");
  const thing = /^(?:a|an|the)\s/i.test(phrase) && THING_HEAD.test(headWords) && !ROLE_NOUN.test(headWords);
  const usable =
    !VERB_START.test(phrase) && !FINITE_VERB.test(phrase) && !thing && headWords.split(/\s+/).some(isRoleWord);
  // ", 36;" in a list of defendants is an age as much as ", 36,".
  return { phrase: usable ? phrase : null, age: m[1] !== undefined || /^\d{1,3}$/.test(phrase), thing };
}

/** The body a title names ("technical director at Symantec" → Symantec; "SWIFT spokeswoman" → SWIFT). */
export function affiliationOf(phrase: string | null): string | null {
  if (!phrase) return null;
  const at =
    /\b(?:at|of|for|with)\s+((?:the\s+)?\p{Lu}[\p{L}\p{M}.'’&-]*(?:\s+(?:of|for|and|&|the)?\s*\p{Lu}[\p{L}\p{M}.'’&-]*)*)/u.exec(
      phrase,
    );
  if (at?.[1]) return at[1];
  const org = /^((?:\p{Lu}[\p{L}\p{M}.'’&-]*\s+){1,5})\p{Ll}/u.exec(phrase);
  return org?.[1]?.trim().replace(/['’]s$/, "") ?? null;
}
