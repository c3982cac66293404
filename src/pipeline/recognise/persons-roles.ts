// What the words around a name say about the person: a title or role noun before it, an apposition after it,
// a verb of saying, a photo credit or byline, a post's signature line, the regime a leader heads, and the legal
// words that make someone a defendant. Each mention yields cues; the person's role weighs them all.
import type { PersonRole } from "../../core/index.ts";
import { GOVERNMENT_ORG, SECURITY_VENDORS } from "./gazetteer/index.ts";
import { HOSTILE_SERVICE, affiliationOf, apposition, classifyTitle, leadPhrase } from "./persons-titles.ts";

/** What one mention's context says. */
export interface RoleCues {
  /** A photo credit, byline or reporting credit: the person is "other" and never a defendant. */
  readonly credit: boolean;
  /** The author line of a news story ("By Jane Roe") or of a research post ("Posted by …, Example Labs"). */
  readonly byline: "news" | "post" | null;
  /** The signature line of an embedded post ("— Name (@handle) date"). */
  readonly signature: boolean;
  /** The role a title, role noun or apposition gives, if any. */
  readonly titleRole: PersonRole | null;
  /** The title phrase as the text gives it ("SWIFT spokeswoman", "technical director at Symantec"). */
  readonly title: string | null;
  readonly affiliation: string | null;
  /** A singular role noun or honorific touches the name ("spokesman Peskov"): enough for a one-word name. */
  readonly direct: boolean;
  /** Speaks in this sentence ("Rosenstein said", "said Tom Burt"). */
  readonly speaker: boolean;
  /** Legal words about the people in this sentence ("indicted", "the defendants", "alleged hackers — X and Y"). */
  readonly defendant: "strong" | "weak" | null;
  /** The context alone shows a person is meant (a title, an age, a verb of saying…). */
  readonly personal: boolean;
  /** The context shows a thing is meant (", a front company for …"). */
  readonly thing: boolean;
  /** The person is what was done to someone ("the poisoning of X", "attacks on X"): never thereby a defendant. */
  readonly harmed: boolean;
}

const SAYS =
  /^\s*(?:,[^,]{0,100},\s*)?(?:has |had |also |then |later )?(?:said|says|told|added|stated|wrote|tweeted|explained|noted|warned|argued|announced|commented|confirmed|revealed|replied|responded|acknowledged|declined|urged|repeated|insisted|appealed|testified)\b/i;
/** "Will Dormann of CERT/CC said": a name, its body, then a verb of saying. */
const SAYS_AFTER_BODY =
  /^\s+(?:of|at|from|with)\s+(?:the\s+)?\p{Lu}[^,.;"“”]{0,40}?\s+(?:said|says|told|added|wrote|explained|noted)\b/u;
/** "said Assistant Attorney General for National Security John Doe.": a verb of saying, then the speaker's title. */
const SAID_BEFORE =
  /\b(?:said|says|added|told|according to|wrote)\s+(?:(?:[A-Z][\w.'’-]*|of|for|the|and|on)\s+){0,12}$|\b(?:said|says|added|told|according to|wrote)\s*$/;
const SAID_AFTER_NAME = /^\s*(?:[,.;]|$)/;
const CREDIT_BEFORE =
  /(?:^\s*by\s+$|\b(?:photo|photograph|picture|image|credit|reporting|editing|writing|file)s?(?:\s+by)?\s*[:/]?\s*$|\b(?:REUTERS|AP|AFP|EPA|Getty Images|Bloomberg|Xinhua|Yonhap)\s*\/\s*$|\(\s*$)/i;
const CREDIT_AFTER =
  /^\s*\/\s*(?:[\p{L} .]{2,40}\)|(?:AP|AFP|Reuters|REUTERS|Getty|Bloomberg|EPA|File|Xinhua|Yonhap)\b)/u;
const STRONG_DEFENDANT =
  /\b(?:indict(?:ed|ment|s)?|charg(?:ed|es|ing)|accus(?:ed|es|ing)|sentenc(?:ed|ing)|sanction(?:ed|s|ing)?|designat(?:ed|es|ing)|restrictive measures|convicted|guilty|at large|arrest(?:ed|s)?|extradit(?:ed|ion)|defendants?|fugitives?|wanted|co-conspirators?|conspir(?:acy|ed|ing)|prison|reward|alleged (?:hackers?|members?|operatives?|officers?|spies|agents?|perpetrators?))\b/i;
/** "a Canadian man, Jane Roe,": a noun for a person, then the name in apposition. */
const PERSON_NOUN_BEFORE =
  /\b(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}(?:man|woman|national|citizen|resident|businessman|businesswoman|hacker|programmer|engineer|student|developer|officer)\s*,\s*$/iu;
/** "Jane Roe and John Doe, two individuals responsible for …": the names a count of people sums up. */
const COUNTED_PEOPLE_AFTER =
  /^(?:\s+and\s+\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){0,3})?\s*,\s*(?:two|three|four|five|six|both)\s+(?:[\p{L}-]+\s+)?(?:men|women|individuals|people|persons|nationals|officers|hackers|members)\b/u;
/** "the Council listed Jane Roe and John Doe": the European Union's word for a designation. */
const LISTED = /\blisted\s+(?:\p{Lu}|(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s)/u;
/** "the 2018 poisoning of X", "hacking attacks on X": the person is the one harmed. */
const HARMED_BEFORE =
  /\b(?:poisoning|murder|killing|assassination|kidnapping|abduction|attacks?|hacking|surveillance|targeting)\s+(?:of|on|against)\s+$|\bcampaign\s+of\s+$/i;
/** "Jane Roe's re-election campaign", "the Roe campaign": the person owns what was hit, and is no defendant for it. */
const OWNS_TARGET =
  /^(?:['’]s)?\s+(?:(?:presidential|re-?election|election|senate|congressional|political)\s+)?(?:campaign|family|relatives|staff|aides|office)\b/i;
/** Ranks that name a soldier or spy as readily as an official. */
const MILITARY_RANK =
  /\b(?:colonel|col|major|maj|captain|capt|lieutenant|lt|sergeant|sgt|officer|commander|general|gen)\b/i;
const WEAK_DEFENDANT =
  /\b(?:allegedly|alleged|suspected|hackers?|members? of|part of|affiliated with|working for|prosecutors?)\b/i;
/** "CrowdStrike's Adam Meyers": a security company's person, named without a title, speaks for its research. */
const VENDOR_POSSESSIVE = new RegExp(
  String.raw`(?:^|\s)(${[...SECURITY_VENDORS].filter((v) => /^\p{Lu}/u.test(v)).join("|")})['’]s\s+$`,
  "u",
);
/** "Kim Jong Un's regime", "the Trump administration": the person heads a government. */
const HEADS_GOVERNMENT = /^(?:['’]s)?\s+(?:regime|government|administration|cabinet)\b/i;

export interface MentionContext {
  readonly text: string;
  /** The sentence holding the mention. */
  readonly sentence: { readonly start: number; readonly end: number };
  readonly start: number;
  readonly end: number;
  /** Capitalised title words split off the run in front of the name. */
  readonly title: string | null;
}

const NEWS_BYLINE = /^[ \t]*By\s+\p{Lu}[^\n.!?]{0,110}$/u;
const POST_BYLINE = /^[ \t]*(?:Posted|Written|Published|Authored)\s+by\s+\p{Lu}[^\n]{0,160}$/u;
const RESEARCH_TEAM =
  /\b(?:labs?|research(?:ers?)?|threat|security|intelligence|analysts?|incident response|response team)\b/i;

/** The author line the name stands in, if it stands in one: a news byline, or the byline of a research post. */
function bylineOf(text: string, start: number, end: number): RoleCues["byline"] {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const newline = text.indexOf("\n", end);
  const line = text.slice(lineStart, newline < 0 ? text.length : newline);
  if (NEWS_BYLINE.test(line)) return "news";
  return POST_BYLINE.test(line) && RESEARCH_TEAM.test(line) ? "post" : null;
}

function isCredit(before: string, after: string): boolean {
  if (CREDIT_AFTER.test(after)) return true;
  return CREDIT_BEFORE.test(before) && (!/\(\s*$/.test(before) || /^\s*\//.test(after));
}

/** "named the four: A, B and C", "The four men, A, B and C,": names listing a group counted before them — the
 * people a report counts and then names are those its action is about. */
const COUNTED_LIST =
  /\b(?:the|all|named|these|those)\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})(?:\s+(?:\p{L}+\s+)?(?:men|women|officers|hackers|suspects|individuals|people|nationals|operatives|agents|members|defendants|spies))?\s*[:,—–-]\s*(?:\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,4}(?:\s*,\s*(?:and\s+)?|\s+and\s+))*$/u;

function defendantCue(sentence: string, before: string): RoleCues["defendant"] {
  if (STRONG_DEFENDANT.test(sentence) || LISTED.test(sentence)) return "strong";
  if (COUNTED_LIST.test(before)) return "weak";
  return WEAK_DEFENDANT.test(sentence) || HOSTILE_SERVICE.test(sentence) ? "weak" : null;
}

/** Reads the cues of one mention of a name. */
export function readRoleCues(m: MentionContext): RoleCues {
  const before = m.text.slice(m.sentence.start, m.start);
  const after = m.text.slice(m.end, m.sentence.end);
  const byline = bylineOf(m.text, m.start, m.end);
  const credit = byline === "news" || (byline === null && isCredit(before, after));
  const signature =
    /(?:^|\n)\s*[—–-]\s*$/.test(m.text.slice(Math.max(0, m.start - 60), m.start)) && /^\s*\(@\w+\)/.test(after);
  const lead = leadPhrase(before);
  const appos = apposition(after);
  const phrase = [lead?.phrase, appos.phrase].filter(Boolean).join(", ") || m.title;
  const vendor = VENDOR_POSSESSIVE.exec(before)?.[1];
  const counted = COUNTED_LIST.test(before);
  const classified = credit ? "other" : phrase ? classifyTitle(phrase) : vendor ? "researcher" : null;
  const speaker =
    SAYS.test(after) || SAYS_AFTER_BODY.test(after) || (SAID_BEFORE.test(before) && SAID_AFTER_NAME.test(after));
  const defendant = defendantCue(m.text.slice(m.sentence.start, m.sentence.end), before);
  // "X, a colonel …, is accused of …": a bare military rank in a sentence of charges marks one of the accused.
  const accusedOfficer =
    classified === "official" &&
    !speaker &&
    defendant === "strong" &&
    MILITARY_RANK.test(phrase ?? "") &&
    !GOVERNMENT_ORG.test(phrase ?? "");
  const titleRole = accusedOfficer ? "defendant" : (classified ?? (HEADS_GOVERNMENT.test(after) ? "official" : null));
  return {
    credit,
    byline,
    signature,
    titleRole,
    title: lead?.phrase ?? appos.phrase ?? m.title ?? (vendor ? `${vendor}'s` : null),
    affiliation: affiliationOf(appos.phrase ?? lead?.phrase ?? null),
    direct: lead?.direct ?? false,
    speaker,
    defendant,
    personal:
      credit ||
      byline !== null ||
      signature ||
      counted ||
      classified !== null ||
      appos.age ||
      PERSON_NOUN_BEFORE.test(before) ||
      COUNTED_PEOPLE_AFTER.test(after) ||
      m.title !== null ||
      SAYS.test(after) ||
      SAYS_AFTER_BODY.test(after),
    thing: appos.thing,
    harmed: HARMED_BEFORE.test(before) || OWNS_TARGET.test(after),
  };
}

/** A person named only in a news story's byline is its reporter, not someone the story is about. */
export function onlyReporter(cues: readonly RoleCues[]): boolean {
  return cues.length > 0 && cues.every((c) => c.byline === "news");
}

/**
 * Weighs the cues of all mentions of one person into a role: a credit makes "other"; a government or research
 * title wins over legal words said near the person (a prosecutor quoted in an indictment story); legal words
 * win over a company title (an executive who was arrested).
 */
export function decideRole(cues: readonly RoleCues[], signatureRole: PersonRole = "other"): PersonRole {
  if (cues.some((c) => c.byline === "post")) return "researcher";
  if (cues.some((c) => c.credit)) return "other";
  const titled = cues.map((c) => c.titleRole).filter((r): r is PersonRole => r !== null);
  if (titled.includes("official")) return "official";
  if (titled.includes("researcher")) return "researcher";
  if (titled.includes("defendant")) return "defendant";
  const notSpeaking = cues.filter((c) => !c.speaker && !c.harmed);
  if (notSpeaking.some((c) => c.defendant === "strong")) return "defendant";
  if (titled.length) return titled[0] ?? "other";
  if (cues.some((c) => c.signature)) return signatureRole;
  if (notSpeaking.some((c) => c.defendant === "weak")) return "defendant";
  return "other";
}
