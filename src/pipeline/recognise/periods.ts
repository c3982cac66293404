// Periods of activity: when a group, its campaign or the conspiracy it served was at work — "between 2011 and
// 2013", "the 2011-2013 campaign", "active since at least 2010", "began in 2006", "beginning with March 2017",
// "dating back to May last year", "the June 2019 intrusions". Not periods: how long a government has been
// warning about it, how old a tool is ("a backdoor first observed in 2018"), the date of an action, a
// tally ("the fourth known attack since 2015"). The same period stated twice is one finding.
import type { PeriodFinding, SegmentedReport } from "../../core/index.ts";
import type { RecognitionContext } from "./context.ts";
import { evidenceFor } from "./context.ts";
import { findDates, type DateMention } from "./dates.ts";
import { clauseStart } from "./cues/noun-phrases.ts";

interface Bounds {
  readonly from: string;
  readonly to: string | null;
  /** Where the period phrase starts in the sentence text. */
  readonly at: number;
}

const SINCE =
  /\bsince\s+(?:at\s+least\s+|(?:approximately|about|around|roughly|circa)\s+)?(?:the\s+(?:beginning|start|end)\s+of\s+|early\s+|late\s+|mid-?)?$/i;
const START =
  /\b(?:began|begun|begin|begins|beginning|started|starting|start|starts|commenced)\s+(?:\w+ing\s+)?(?:in\s+|with\s+|around\s+|as\s+early\s+as\s+|at\s+least\s+in\s+)?(?:early\s+|late\s+|mid-?)?$/i;
const ORIGIN =
  /\b(?:active\s+(?:since|from|in)|dat(?:e|ing|es|ed)\s+(?:back\s+)?to|traced?\s+back\s+to|go(?:es)?\s+back\s+to|as\s+far\s+back\s+as|as\s+early\s+as)\s+(?:at\s+least\s+)?$/i;
const CONTINUED = /\bcontinu(?:ed|es|ing)\s+(?:through|until|into|in)\s+$/i;
const ONGOING =
  /\b(?:has|have|had)\s+(?:\w+\s+)?(?:been|\w+ed|run|led|hit|stolen|taken|struck|sought|built|kept|spent)\b|['’]ve\s+been\b|\bactive\b|\boperat\w+|\bongoing\b/i;
/** The clause is about what an authority or a tracker did, not about the group's activity. */
const OBSERVER_VERB = /\b(?:warn|alert|track|monitor|follow|investigat|sanction|charg|indict|urg|advis)\w*/i;
const TOOL =
  /\b(?:malware|strains?|tools?|backdoors?|implants?|variants?|versions?|exploits?|vulnerabilit(?:y|ies)|bugs?|flaws?|famil(?:y|ies))\b/i;
const ATTACK_NOUN =
  /^(?:cyber[-\s]?)?(?:attacks?|intrusions?|breach(?:es)?|hacks?|campaigns?|operations?|compromises?|blackouts?|heists?|thefts?|leaks?)\b/i;
const FOUR_DIGIT_YEAR = /\b(?:19|20)\d\d\b/;
const LIST_CLAUSE_BOUNDARY =
  /[;:"“”]|\s[-–—]\s|\b(?:that|which|who|whom|after|before|while|when|because|but|although|though|where|said|says)\b/gi;
const HACKING =
  /\b(?:hack\w*|cyber\w*|attack\w*|intrusions?|breach\w*|compromis\w*|target\w*|phish\w*|malware|espionage|spy\w*|stole|steal\w*|exploit\w*|campaigns?|operations?|active|observed|activity)\b/i;
const YEAR_RANGE = /(?<![\w-])((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)(?![\w-])/g;

function periodValue(d: DateMention): string | null {
  return d.value ? d.value.slice(0, 7) : null;
}

/** The clause speaks of the group's activity: no observer's verb in it, and no tool as its subject ("a malware
 * strain seen … as far back as 2018", "a backdoor that has been used since 2015") — a tool's age is not the
 * group's, tools being shared. "The group has used the PlugX malware since 2012" is the group's activity. */
function isActivityClause(text: string, at: number): boolean {
  const start = clauseStart(text, at);
  // "Investigators said the campaign began in 2006": who says so is not who was at work.
  const reported = /^.*\b(?:said|say|says|told|reported|believe[sd]?|allege[sd]?)\s+(?:that\s+)?/i.exec(
    text.slice(start, at),
  );
  const clause = text.slice(start + (reported?.[0].length ?? 0), at);
  if (OBSERVER_VERB.test(clause)) return false;
  const verb = /\s(?:has|have|had|was|were|is|are|been|seen|used|\w+ed)\b/.exec(clause);
  const subject = verb ? clause.slice(0, verb.index) : clause;
  if (TOOL.test(subject)) return false;
  return !(
    subject.trim() === "" &&
    new RegExp(String.raw`${TOOL.source},?\s+(?:that|which)\s*$`, "i").test(text.slice(Math.max(0, start - 40), start))
  );
}

const RANGE_OPENER = /\b(between|from)\s+(?:early\s+|late\s+|mid-?)?$/i;
/** "to", "through at least": what joins the two ends of a "from … to …" range. */
const FROM_JOINER = String.raw`\s+(?:to|until|through|till|thru)\s+(?:at\s+least\s+|early\s+|late\s+|mid-?)?`;
const RANGE = new RegExp(String.raw`^(.+?)${FROM_JOINER}(.+)$`, "i");
const JOINER_ONLY = new RegExp(String.raw`^${FROM_JOINER}$`, "i");

/** "between March and June 2020": a start without a year of its own is in the end's year (the year before, when
 * its month comes after the end's), not in the publication's. */
function startValue(a: DateMention, b: DateMention): string | null {
  const from = periodValue(a);
  const to = periodValue(b);
  if (!from || !to || FOUR_DIGIT_YEAR.test(a.text) || !FOUR_DIGIT_YEAR.test(b.text) || from.length < 7) return from;
  const year = Number(to.slice(0, 4)) - (to.length >= 7 && from.slice(5, 7) > to.slice(5, 7) ? 1 : 0);
  return `${year}${from.slice(4)}`;
}

/** A range read as one date ("November 2015 through October 2019"): its two ends, each read on its own. */
function splitRange(d: DateMention, published: string | null): [string, string] | null {
  const m = RANGE.exec(d.text);
  if (!m?.[1] || !m[2]) return null;
  const [a] = findDates(m[1], published);
  const [b] = findDates(m[2], published);
  const from = a && b ? startValue(a, b) : null;
  const to = b ? periodValue(b) : null;
  return from && to && from <= to ? [from, to] : null;
}

function ranges(text: string, dates: readonly DateMention[], published: string | null): Bounds[] {
  const out: Bounds[] = [];
  for (const d of dates) {
    const opener = /\bfrom\s+$/i.exec(text.slice(Math.max(0, d.start - 8), d.start));
    const ends = opener ? splitRange(d, published) : null;
    if (opener && ends) out.push({ from: ends[0], to: ends[1], at: d.start - opener[0].length });
  }
  for (let i = 0; i + 1 < dates.length; i++) {
    const a = dates[i] as DateMention;
    const b = dates[i + 1] as DateMention;
    const opener = RANGE_OPENER.exec(text.slice(Math.max(0, a.start - 16), a.start));
    const joiner = text.slice(a.end, b.start).replace(/\s(?:early|late|mid-?)\s*$/i, " ");
    const joined = opener?.[1]?.toLowerCase() === "between" ? /^\s+and\s+$/i.test(joiner) : JOINER_ONLY.test(joiner);
    const from = startValue(a, b);
    if (opener && joined && from) out.push({ from, to: periodValue(b), at: a.start - opener[0].length });
  }
  for (const m of text.matchAll(YEAR_RANGE)) {
    if (m[1] && m[2] && m[1] < m[2]) out.push({ from: m[1], to: m[2], at: m.index });
  }
  return out;
}

/** Where the clause holding `at` starts when commas are read as joining a list ("has targeted critics, businesses
 * and political figures since 2010"), not as ending a clause. */
function listClauseStart(text: string, at: number): number {
  let start = 0;
  for (const m of text.slice(0, at).matchAll(LIST_CLAUSE_BOUNDARY)) start = m.index + m[0].length;
  return start;
}

/** A sentence that opens on "Since 2013," is about the group only when it speaks of hacking or names a group:
 * "Since 2013, the country has taken in thousands of exiles" is no period of activity. */
function speaksOfHacking(text: string, namesGroup: boolean): boolean {
  return namesGroup || HACKING.test(text);
}

function openEnded(text: string, dates: readonly DateMention[], namesGroup: boolean): Bounds[] {
  const out: Bounds[] = [];
  for (const d of dates) {
    const from = periodValue(d);
    if (!from) continue;
    const before = text.slice(Math.max(0, d.start - 48), d.start);
    const since = SINCE.exec(before);
    if (since) {
      const at = d.start - since[0].length;
      const initial = text.slice(0, at).trim() === "" || /^[•*·-]\s*$/.test(text.slice(0, at).trim());
      const ongoing =
        ONGOING.test(text.slice(clauseStart(text, at), at)) || ONGOING.test(text.slice(listClauseStart(text, at), at));
      const opens = initial && speaksOfHacking(text, namesGroup);
      if ((opens || ongoing) && isActivityClause(text, at)) out.push({ from, to: null, at });
      continue;
    }
    const opener = START.exec(before) ?? ORIGIN.exec(before);
    if (opener && isActivityClause(text, d.start - opener[0].length))
      out.push({ from, to: null, at: d.start - opener[0].length });
    else if (d.precision !== "year" && !d.relative && d.modifies && ATTACK_NOUN.test(d.modifies)) {
      out.push({ from, to: from, at: d.start });
    }
  }
  return out;
}

function sameBounds(a: PeriodFinding, b: Bounds): boolean {
  return a.from === b.from && (a.to === b.to || a.to === null || b.to === null);
}

/** Every period of activity the report states, each once. */
export function recognisePeriods(report: SegmentedReport, ctx: RecognitionContext): PeriodFinding[] {
  const out: PeriodFinding[] = [];
  let lastOpen = -1;
  for (const sentence of report.sentences) {
    const text = report.text.slice(sentence.start, sentence.end);
    const dates = findDates(text, ctx.published);
    if (dates.length === 0) continue;
    const namesGroup = ctx.actorMentions.some((m) => m.start >= sentence.start && m.end <= sentence.end);
    for (const b of [...ranges(text, dates, ctx.published), ...openEnded(text, dates, namesGroup)].sort(
      (x, y) => x.at - y.at,
    )) {
      const i = out.findIndex((p) => sameBounds(p, b));
      if (i >= 0) {
        const known = out[i] as PeriodFinding;
        if (known.to === null && b.to !== null) out[i] = Object.freeze({ ...known, to: b.to });
        continue;
      }
      const evidence = evidenceFor(report, { start: sentence.start + b.at, end: sentence.start + b.at });
      out.push(Object.freeze({ from: b.from, to: b.to, evidence }));
      if (b.to === null) lastOpen = out.length - 1;
    }
    for (const d of dates) {
      const open = out[lastOpen];
      if (open && open.to === null && CONTINUED.test(text.slice(Math.max(0, d.start - 30), d.start)) && d.value) {
        out[lastOpen] = Object.freeze({ ...open, to: d.value.slice(0, 7) });
      }
    }
  }
  return out;
}
