// What the words around a name say about the person: a title or role noun before it, an apposition after it,
// a verb of saying, a photo credit or byline, a post's signature line, the regime a leader heads, and the legal
// words that make someone a defendant. Each mention yields cues; the person's role weighs them all.
import type { PersonRole } from "../../core/index.ts";
import { SECURITY_VENDORS } from "./gazetteer/index.ts";
import { HOSTILE_SERVICE, affiliationOf, apposition, classifyTitle, leadPhrase } from "./persons-titles.ts";

/** What one mention's context says. */
export interface RoleCues {
  /** A photo credit, byline or reporting credit: the person is "other" and never a defendant. */
  readonly credit: boolean;
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
}

const SAYS =
  /^\s*(?:,[^,]{0,100},\s*)?(?:has |had |also |then |later )?(?:said|says|told|added|stated|wrote|tweeted|explained|noted|warned|argued|announced|commented|confirmed|revealed|replied|responded|acknowledged|declined|urged|repeated|insisted|appealed|testified)\b/i;
/** "Will Dormann of CERT/CC said": a name, its body, then a verb of saying. */
const SAYS_AFTER_BODY =
  /^\s+(?:of|at|from|with)\s+(?:the\s+)?\p{Lu}[^,.;"“”]{0,40}?\s+(?:said|says|told|added|wrote|explained|noted)\b/u;
const SAID_BEFORE = /\b(?:said|says|added|told|according to|wrote)\s*$/i;
const SAID_AFTER_NAME = /^\s*(?:[,.;]|$)/;
const CREDIT_BEFORE =
  /(?:^\s*by\s+$|\b(?:photo|photograph|picture|image|credit|reporting|editing|writing|file)s?(?:\s+by)?\s*[:/]?\s*$|\b(?:REUTERS|AP|AFP|EPA|Getty Images|Bloomberg|Xinhua|Yonhap)\s*\/\s*$|\(\s*$)/i;
const CREDIT_AFTER =
  /^\s*\/\s*(?:[\p{L} .]{2,40}\)|(?:AP|AFP|Reuters|REUTERS|Getty|Bloomberg|EPA|File|Xinhua|Yonhap)\b)/u;
const STRONG_DEFENDANT =
  /\b(?:indict(?:ed|ment|s)?|charg(?:ed|es|ing)|accus(?:ed|es|ing)|sentenc(?:ed|ing)|sanction(?:ed|s|ing)?|designat(?:ed|es|ing)|convicted|guilty|arrest(?:ed|s)?|extradit(?:ed|ion)|defendants?|fugitives?|wanted|co-conspirators?|conspir(?:acy|ed|ing)|prison|reward|alleged (?:hackers?|members?|operatives?|officers?|spies|agents?|perpetrators?))\b/i;
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

function isCredit(before: string, after: string): boolean {
  if (CREDIT_AFTER.test(after)) return true;
  return CREDIT_BEFORE.test(before) && (!/\(\s*$/.test(before) || /^\s*\//.test(after));
}

function defendantCue(sentence: string): RoleCues["defendant"] {
  if (STRONG_DEFENDANT.test(sentence)) return "strong";
  return WEAK_DEFENDANT.test(sentence) || HOSTILE_SERVICE.test(sentence) ? "weak" : null;
}

/** Reads the cues of one mention of a name. */
export function readRoleCues(m: MentionContext): RoleCues {
  const before = m.text.slice(m.sentence.start, m.start);
  const after = m.text.slice(m.end, m.sentence.end);
  const credit = isCredit(before, after);
  const signature =
    /(?:^|\n)\s*[—–-]\s*$/.test(m.text.slice(Math.max(0, m.start - 60), m.start)) && /^\s*\(@\w+\)/.test(after);
  const lead = leadPhrase(before);
  const appos = apposition(after);
  const phrase = [lead?.phrase, appos.phrase].filter(Boolean).join(", ") || m.title;
  const vendor = VENDOR_POSSESSIVE.exec(before)?.[1];
  const classified = credit ? "other" : phrase ? classifyTitle(phrase) : vendor ? "researcher" : null;
  const titleRole = classified ?? (HEADS_GOVERNMENT.test(after) ? "official" : null);
  return {
    credit,
    signature,
    titleRole,
    title: lead?.phrase ?? appos.phrase ?? m.title ?? (vendor ? `${vendor}'s` : null),
    affiliation: affiliationOf(appos.phrase ?? lead?.phrase ?? null),
    direct: lead?.direct ?? false,
    speaker:
      SAYS.test(after) || SAYS_AFTER_BODY.test(after) || (SAID_BEFORE.test(before) && SAID_AFTER_NAME.test(after)),
    defendant: defendantCue(m.text.slice(m.sentence.start, m.sentence.end)),
    personal:
      credit ||
      signature ||
      classified !== null ||
      appos.age ||
      m.title !== null ||
      SAYS.test(after) ||
      SAYS_AFTER_BODY.test(after),
    thing: appos.thing,
  };
}

/**
 * Weighs the cues of all mentions of one person into a role: a credit makes "other"; a government or research
 * title wins over legal words said near the person (a prosecutor quoted in an indictment story); legal words
 * win over a company title (an executive who was arrested).
 */
export function decideRole(cues: readonly RoleCues[], signatureRole: PersonRole = "other"): PersonRole {
  if (cues.some((c) => c.credit)) return "other";
  const titled = cues.map((c) => c.titleRole).filter((r): r is PersonRole => r !== null);
  if (titled.includes("official")) return "official";
  if (titled.includes("researcher")) return "researcher";
  if (titled.includes("defendant")) return "defendant";
  const notSpeaking = cues.filter((c) => !c.speaker);
  if (notSpeaking.some((c) => c.defendant === "strong")) return "defendant";
  if (titled.length) return titled[0] ?? "other";
  if (cues.some((c) => c.signature)) return signatureRole;
  if (notSpeaking.some((c) => c.defendant === "weak")) return "defendant";
  return "other";
}
