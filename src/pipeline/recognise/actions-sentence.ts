// The actions one sentence reports, read like an analyst: a cue word ("indicted", "sanctions … announced",
// "seized … domains"), its parties, and the reasons a cue is not an action — "violating sanctions against
// Iran" is a charge, "any further sanctions … could be a dealbreaker" a hypothetical, "did not indict" a
// negation, "to date we've taken down 10,000 sites" a tally, "Iran-linked" an adjective, "Symantec linked" research.
import type { ActionKind } from "../../core/index.ts";
import { ACTION_CUES, type ActionCue } from "./cues/action-cues.ts";
import { isGovernmentParty } from "./cues/parties.ts";
import { clauseStart, phraseAfter } from "./cues/noun-phrases.ts";
import { isNegatedAt } from "./modality.ts";
import { readParties, REFERRING_PARTY } from "./actions-parties.ts";
import { namesSomeone } from "./actions-merge.ts";

/** One action cue read in a sentence, with offsets into the sentence text. */
export interface SentenceAction {
  readonly kind: ActionKind;
  readonly start: number;
  readonly end: number;
  readonly by: readonly string[];
  readonly against: readonly string[];
  /** A bare mention that only corroborates another one (see ActionCue.corroborates). */
  readonly corroborates: boolean;
}

const HYPOTHETICAL =
  /\b(?:could|might|would\s+be|if|whether|unless|any\s+(?:further|new|more)|consider(?:s|ed|ing)?|threaten(?:s|ed|ing)?|calls?\s+for|called\s+for|calling\s+for|urg(?:e|es|ed|ing)|demand(?:s|ed|ing)?|weigh(?:s|ed|ing)?|possible|potential)\b|\bmay\b/;
/** After the cue, only these make it hypothetical: "threatening to leak …" after "charged" is what was charged. */
const HYPOTHETICAL_AFTER = /\b(?:could|might|would\s+be|if|whether|unless|possible|potential)\b|\bmay\b/;
const TALLY = /\b(?:to\s+date|so\s+far|thus\s+far|over\s+the\s+years|in\s+total|in\s+all)\b/i;
/** Per kind, the words before a cue that make it something else ("violating sanctions", "consented to extradition",
 * "a warrant for their arrest"). */
const EXCLUDED_BEFORE: Partial<Record<ActionKind, RegExp>> = {
  sanctions: /\b(?:violat|evad|evasion|circumvent|breach|bust|skirt|avoid|break)\w*\s+(?:\S+\s+){0,3}$/i,
  designation: /\b(?:violat|evad|evasion|circumvent|breach|bust|skirt|avoid|break)\w*\s+(?:\S+\s+){0,3}$/i,
  extradition: /\b(?:consent|agree|waiv|fight|oppos|contest|appeal)\w*\s+(?:to\s+|against\s+)?(?:\S+\s+){0,2}$/i,
  arrest: /\bfor\s+(?:the|their|his|her|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}['’]s?)\s+$/,
};
/** Per kind, the words after a cue that make it something else ("extradition treaty", "arrest warrant", "the agency
 * charged with protecting …" — a remit, not a charge). */
const EXCLUDED_AFTER: Partial<Record<ActionKind, RegExp>> = {
  extradition: /^\s+(?:treat(?:y|ies)|laws?|agreements?)\b/i,
  arrest: /^\s+warrant/i,
  charges:
    /^\s+(?:with\s+)?(?:protecting|securing|defending|overseeing|investigating|leading|handling|managing|enforcing|ensuring|coordinating|monitoring|responding|running|safeguarding|countering|tracking|developing|the\s+(?:task|job|responsibility))\b/i,
};
const NOT_A_TAKER =
  /\b(?:attacks?|hackers?|hacking|breach\w*|malware|ransomware|outages?|incidents?|intrusions?|campaign|gang|spies|APT\d*)\b|\b(?:threat|criminal|espionage|state)\s+(?:group|actors?)\b|^(?:group|actors?|operators|attackers)$/i;
const LINK_VERB = /^(?:link|ti|connect|attribut|blam|call|slam)/i;
/** "hackers linked to X", "attacks blamed on Y": a participle describing a noun, not someone acting. */
const REDUCED_RELATIVE = /^(?:link|ti|connect|attribut|blam)\w*$/i;

/** "hackers linked to X": a participle describing a noun — unless an auxiliary or a relative clause's subject
 * makes it a verb ("was linked to", "which the FBI has linked to"). */
function isReducedRelative(text: string, m: { start: number; end: number }): boolean {
  if (!REDUCED_RELATIVE.test(text.slice(m.start, m.end)) || !/^\s+(?:to|with|on)\b/i.test(text.slice(m.end)))
    return false;
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  if (/\b(?:was|were|been|be|is|are|has|have|had)\s+(?:\w+ly\s+|also\s+)*$/i.test(before)) return false;
  return !/\b(?:which|whom)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}\s+$/.test(before);
}

function clauseAt(text: string, start: number, end: number): string {
  const from = clauseStart(text, start);
  const rest = text.slice(end).replace(/\s[-–—]\s[^-–—]*\s[-–—]\s/g, " ");
  const stop = /[;,]|\s[-–—]\s/.exec(rest);
  return text.slice(from, end + (stop ? stop.index : rest.length));
}

function nextWords(text: string, end: number, count: number): string {
  return text
    .slice(end)
    .split(/\s+/)
    .slice(0, count + 1)
    .join(" ");
}

/** Reasons that rule a cue out before its parties are read. */
function ruledOut(text: string, m: { start: number; end: number }, cue: ActionCue): boolean {
  const before = text.slice(Math.max(0, m.start - 60), m.start);
  const after = text.slice(m.end, m.end + 60);
  if (/[-‐]$/.test(before) && LINK_VERB.test(text.slice(m.start, m.end))) return true;
  if (EXCLUDED_BEFORE[cue.kind]?.test(before) || EXCLUDED_AFTER[cue.kind]?.test(after)) return true;
  if (isReducedRelative(text, m) || isNegatedAt(text, m.start) || TALLY.test(text)) return true;
  // The word that opens the clause counts too: "has not said whether it will take down …".
  const opening = text.slice(Math.max(0, clauseStart(text, m.start) - 10), m.start);
  const clause = opening + clauseAt(text, m.start, m.end);
  const hypothetical =
    HYPOTHETICAL.test(opening + text.slice(m.start, m.end)) ||
    HYPOTHETICAL_AFTER.test(clause.slice(opening.length + m.end - m.start));
  return hypothetical && !/\b(?:is|are|was|were)\s+expected\b/i.test(clause);
}

/** Parties that rule the action out: a vendor "linking" a hack, an attack "disrupting" a network. */
function wrongParties(cue: ActionCue, by: readonly string[], actors: readonly string[]): boolean {
  const named = by.filter((b) => !REFERRING_PARTY.test(b.replace(/^the\s+/i, "")));
  if (cue.byGovernment && named.length > 0 && !named.some(isGovernmentParty)) return true;
  if (cue.byNamed && by.length === 0) return true;
  const taker = cue.kind === "takedown" || cue.kind === "seizure";
  return taker && by.some((b) => NOT_A_TAKER.test(b) || actors.some((a) => b.includes(a)));
}

/** For takedowns and malware advisories the target is the group whose tools they were ("sites used by Nickel"). */
function toolOwner(text: string, end: number, actors: readonly string[]): string[] {
  const named = actors.filter((a) => text.includes(a));
  const clause = text.slice(end, end + 160);
  if (named.length > 0) return named;
  const usedBy = /\bused\s+by\s+/i.exec(clause);
  const phrase = usedBy ? phraseAfter(text, end + usedBy.index + usedBy[0].length) : null;
  return phrase ? [phrase.replace(/^the\s+/i, "")] : [];
}

/** Every action cue in a sentence's text that reads as an action, with its parties. */
export function readSentenceActions(text: string, actorSurfaces: readonly string[]): SentenceAction[] {
  const taken: { start: number; end: number }[] = [];
  const out: SentenceAction[] = [];
  for (const cue of ACTION_CUES) {
    for (const m of text.matchAll(cue.pattern)) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (taken.some((t) => t.start < span.end && span.start < t.end)) continue;
      if (cue.requires && !cue.requires.test(text)) continue;
      if (cue.object && !cue.object.test(nextWords(text, span.end, 10))) continue;
      taken.push(span);
      if (ruledOut(text, span, cue)) continue;
      const parties = readParties(text, span.start, span.end, cue);
      if (wrongParties(cue, parties.by, actorSurfaces)) continue;
      const kind = cue.kind === "arrest-warrant" && /interpol/i.test(text) ? "interpol-notice" : cue.kind;
      const tools = (kind === "takedown" || kind === "seizure" || kind === "advisory") && !parties.passive;
      const owner = tools ? toolOwner(text, span.end, actorSurfaces) : [];
      const read = !tools || (kind === "advisory" && owner.length === 0) ? parties.against : owner;
      // "a group the Justice Department charged": the group the sentence names is the one meant.
      const against = namesSomeone(read) ? read : [...read, ...actorSurfaces.filter((a) => !read.includes(a))];
      out.push({ kind, ...span, by: parties.by, against, corroborates: cue.corroborates === true });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
