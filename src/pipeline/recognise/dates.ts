// Dates in news text, resolved against the publication date: chrono-node reads the phrases ("on Tuesday",
// "in January", "earlier this month", "August 2018"); our rules decide which way a relative date points (news
// reports the past: "on Tuesday" in a Wednesday report is the day before; "in October" in an April report is
// last October), how precise it is, and what chrono does not read (bare years, "the same month").
// With no publication date, a date that needs one is null — never guessed from the clock.
import * as chrono from "chrono-node";

export type DatePrecision = "year" | "month" | "day";
/** Which way a relative date points: reported events lie in the past, expected ones in the future. */
export type DateDirection = "past" | "future";

/** A date phrase found in a text, with offsets into that text. */
export interface DateMention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** ISO value at its precision (YYYY, YYYY-MM, YYYY-MM-DD), or null when it needs an unknown publication date. */
  readonly value: string | null;
  readonly precision: DatePrecision;
  /** Needs the publication date to resolve ("on Tuesday", "in March", "today", "last year"). */
  readonly relative: boolean;
  /** The words the date premodifies ("an August 2014 indictment" → "indictment"), or null. */
  readonly modifies: string | null;
}

const MONTH = "January|February|March|April|May|June|July|August|September|October|November|December";
/**
 * Cheap pre-check: chrono runs only on text that could hold a date — a date word, a year, digits joined as in
 * "12/20" or "10:30", an ordinal, or a count of days, weeks, months or years. A bare count ("405 organisations")
 * is not enough: most sentences of a report hold one.
 */
const DATE_CUE = new RegExp(
  `\\b(?:${MONTH}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tomorrow|tonight|week|month|year|ago)\\b` +
    String.raw`|\b(?:19|20)\d\d\b|\d\s*[/.:-]\s*\d|\d(?:st|nd|rd|th)\b|\d\s*(?:a\.?m|p\.?m)\b` +
    String.raw`|\d+\s+(?:days?|weeks?|months?|years?|hours?|minutes?|decades?|quarters?)\b`,
  "i",
);
const WORD_CUE = new RegExp(
  `\\b(?:${MONTH}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tomorrow|tonight|week|month|year|ago)\\b|\\b(?:19|20)\\d\\d\\b`,
  "i",
);
const RELATIVE_WORD = /\b(?:today|yesterday|tomorrow|tonight|this|last|next|ago|earlier|later|past|recent|current)\b/i;
const FOUR_DIGIT_YEAR = /\b(?:19|20)\d\d\b/;
const BARE_MONTH = new RegExp(`^(?:${MONTH})\\.?,?$`);
/** Words a bare month name follows when it is a date ("in March"), not a name ("Theresa May"). */
const BEFORE_BARE_MONTH =
  /\b(?:in|on|since|until|till|by|from|through|to|of|early|late|mid|last|this|next|between|and|during|the|a|an|before|after|around|with|as|back|that|each|every)\s+$/i;
const DETERMINER_BEFORE = /\b(?:the|a|an|this|that|its|their|his|her|our)\s+$/i;
const NOT_NOUN = String.raw`(?!(?:and|or|to|in|on|at|for|of|when|that|which|as|by|with|from|after|before|against|over|was|were|is|are|has|have|had|will|would|said|says)\b)`;
const NOUN_AFTER = new RegExp(String.raw`^\s+(${NOT_NOUN}[a-z][\w-]*(?:\s+${NOT_NOUN}[a-z][\w-]*)?)`);
const TAIL_YEAR = /^\s*(?:of\s+)?(last|this|next)\s+year\b/i;
const ANAPHORIC = /\b(?:the\s+same|that(?:\s+same)?|later\s+that|earlier\s+that)\s+(day|week|month|year)\b/i;

interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

function parseIso(published: string | null): Ymd | null {
  const m = published ? /^(\d{4})-(\d{2})-(\d{2})/.exec(published) : null;
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
}

const pad = (n: number): string => String(n).padStart(2, "0");

function format(date: Ymd, precision: DatePrecision): string {
  if (precision === "year") return String(date.y);
  if (precision === "month") return `${date.y}-${pad(date.m)}`;
  return `${date.y}-${pad(date.m)}-${pad(date.d)}`;
}

function addDays(date: Ymd, days: number): Ymd {
  const t = new Date(Date.UTC(date.y, date.m - 1, date.d + days));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** Puts a weekday or a month without year on the side of the publication date the direction says. */
interface Orientation {
  readonly direction: DateDirection;
  /** "last" / "this" / "next" after a month ("October last year"). */
  readonly tailYear: string | null;
  /** "last" / "next" before a weekday ("last Thursday" is never today). */
  readonly qualifier: "last" | "next" | null;
}

function orient(c: chrono.ParsedComponents, pub: Ymd, o: Orientation): Ymd {
  const certain = (k: chrono.Component): boolean => c.isCertain(k);
  const { direction, tailYear } = o;
  if (certain("weekday") && !certain("day")) {
    const pubWeekday = new Date(Date.UTC(pub.y, pub.m - 1, pub.d)).getUTCDay();
    const wd = c.get("weekday") ?? pubWeekday;
    if (o.qualifier === "last") return addDays(pub, -((pubWeekday - wd + 7) % 7 || 7));
    if (o.qualifier === "next") return addDays(pub, (wd - pubWeekday + 7) % 7 || 7);
    const delta = direction === "past" ? -((pubWeekday - wd + 7) % 7) : (wd - pubWeekday + 7) % 7;
    return addDays(pub, delta);
  }
  const m = c.get("month") ?? pub.m;
  const d = c.get("day") ?? 1;
  if (certain("month") && !certain("year")) {
    if (tailYear) return { y: pub.y + (tailYear === "last" ? -1 : tailYear === "next" ? 1 : 0), m, d };
    const dayKnown = certain("day");
    const after = m > pub.m || (m === pub.m && dayKnown && d > pub.d);
    const before = m < pub.m || (m === pub.m && dayKnown && d < pub.d);
    const y = direction === "past" ? (after ? pub.y - 1 : pub.y) : before ? pub.y + 1 : pub.y;
    return { y, m, d };
  }
  return { y: c.get("year") ?? pub.y, m, d };
}

function precisionOf(c: chrono.ParsedComponents, text: string): DatePrecision {
  if (/\bweeks?\b/i.test(text)) return "month";
  if (/\bago\b/i.test(text)) return /\byears?\b/i.test(text) ? "year" : /\bmonths?\b/i.test(text) ? "month" : "day";
  if (c.isCertain("day") || c.isCertain("weekday")) return "day";
  if (c.isCertain("month")) return "month";
  return "year";
}

function isDatePhrase(text: string, before: string): boolean {
  if (!WORD_CUE.test(text)) return false;
  if (BARE_MONTH.test(text.trim())) return BEFORE_BARE_MONTH.test(before);
  return true;
}

function modifiedNoun(text: string, start: number, end: number): string | null {
  if (!DETERMINER_BEFORE.test(text.slice(Math.max(0, start - 8), start))) return null;
  return NOUN_AFTER.exec(text.slice(end, end + 40))?.[1] ?? null;
}

/** Reads one chrono result into a mention, oriented and at its precision. */
function toMention(
  r: chrono.ParsedResult,
  text: string,
  pub: Ymd | null,
  direction: DateDirection,
): DateMention | null {
  const before = text.slice(Math.max(0, r.index - 24), r.index);
  if (!isDatePhrase(r.text, before)) return null;
  let end = r.index + r.text.replace(/[\s,.]+$/, "").length;
  const tail = TAIL_YEAR.exec(text.slice(end));
  if (tail) end += tail[0].length;
  const phrase = text.slice(r.index, end);
  const relative = RELATIVE_WORD.test(phrase) || !FOUR_DIGIT_YEAR.test(phrase);
  const precision = tail && !r.start.isCertain("month") ? "year" : precisionOf(r.start, phrase);
  const written = { y: r.start.get("year") ?? 0, m: r.start.get("month") ?? 1, d: r.start.get("day") ?? 1 };
  const orientation = {
    direction,
    tailYear: tail?.[1]?.toLowerCase() ?? null,
    qualifier: (/^(last|next)\s/i.exec(phrase)?.[1]?.toLowerCase() ?? null) as Orientation["qualifier"],
  };
  const value = !relative
    ? format(written, precision)
    : pub
      ? format(orient(r.start, pub, orientation), precision)
      : null;
  return { start: r.index, end, text: phrase, value, precision, relative, modifies: modifiedNoun(text, r.index, end) };
}

/** Bare years chrono leaves alone ("in 2014", "since at least 2010", "the 2011-2013 campaign"), but not the
 * digits of an identifier ("CVE-2021-40539"), a sum or a count. */
function bareYears(text: string, taken: readonly DateMention[]): DateMention[] {
  const out: DateMention[] = [];
  for (const m of text.matchAll(/(?:19[5-9]\d|20\d\d)/g)) {
    const start = m.index;
    const end = start + m[0].length;
    const before = text.slice(Math.max(0, start - 5), start);
    const after = text.slice(end, end + 6);
    if (/[\p{L}\p{N}$.,/]$/u.test(before) || /^[\p{L}\p{N}%/]|^[.,]\d|^-\d{5}/u.test(after)) continue;
    if (/[-–]$/.test(before) && !/(?:^|[^\d])(?:19|20)\d\d[-–]$|\b(?:mid|early|late)-$/i.test(before)) continue;
    if (taken.some((t) => t.start <= start && end <= t.end)) continue;
    out.push({
      start,
      end,
      text: m[0],
      value: m[0],
      precision: "year",
      relative: false,
      modifies: modifiedNoun(text, start, end),
    });
  }
  return out;
}

/**
 * chrono's reading of a text, kept for the next few calls: the actions and the periods read the same sentence
 * against the same publication date, each in one or two directions. Bounded, and pure: the same text and date
 * always give the same reading.
 */
const CHRONO_READINGS = new Map<string, readonly chrono.ParsedResult[]>();
const CHRONO_READINGS_KEPT = 256;
function parsedByChrono(text: string, ref: Date): readonly chrono.ParsedResult[] {
  const key = `${ref.getTime()}\u0000${text}`;
  const known = CHRONO_READINGS.get(key);
  if (known) return known;
  const parsed = chrono.parse(text, ref);
  if (CHRONO_READINGS.size >= CHRONO_READINGS_KEPT) CHRONO_READINGS.clear();
  CHRONO_READINGS.set(key, parsed);
  return parsed;
}

/** Every date phrase in a text, resolved against the publication date and ordered by position. */
export function findDates(text: string, published: string | null, direction: DateDirection = "past"): DateMention[] {
  if (!DATE_CUE.test(text)) return [];
  const pub = parseIso(published);
  const ref = pub ? new Date(Date.UTC(pub.y, pub.m - 1, pub.d, 12)) : new Date(Date.UTC(2000, 0, 1, 12));
  const found: DateMention[] = [];
  for (const r of parsedByChrono(text, ref)) {
    const last = found[found.length - 1];
    if (last && r.index < last.end) continue;
    const mention = toMention(r, text, pub, direction);
    if (mention) found.push(mention);
  }
  return [...found, ...bareYears(text, found)].sort((a, b) => a.start - b.start);
}

/** The first date a phrase or sentence gives, as precise as it allows, or null. */
export function resolveDate(
  phrase: string,
  published: string | null,
  direction: DateDirection = "past",
): string | null {
  return findDates(phrase, published, direction)[0]?.value ?? null;
}

/** "The same month", "that day": a date given by reference to the one before, with the unit it keeps. */
export function findAnaphoricDate(
  text: string,
): { start: number; end: number; unit: "day" | "week" | "month" | "year" } | null {
  const m = ANAPHORIC.exec(text);
  if (!m?.[1]) return null;
  return { start: m.index, end: m.index + m[0].length, unit: m[1].toLowerCase() as "day" | "week" | "month" | "year" };
}

/** Cuts an ISO date down to a unit ("2020-10-15", "month" → "2020-10"); null when it is less precise than that. */
export function truncateDate(value: string, unit: "day" | "week" | "month" | "year"): string | null {
  const length = unit === "year" ? 4 : unit === "day" ? 10 : 7;
  return value.length >= length ? value.slice(0, length) : null;
}
