// Which date of a sentence belongs to an action: the nearest one in the action's own clause — not the date of a
// filing in a trailing clause ("after the court granted an order …, filed on December 2"), not a date that
// premodifies another noun ("the August attack", "a 2020 report"), not the bounds of a period ("since 2019"),
// and not a bare year (too coarse to date an action, kept only as a hint for merging).
import type { DateMention } from "./dates.ts";

export interface AttachedDate {
  /** YYYY-MM or YYYY-MM-DD, or null. */
  readonly value: string | null;
  /** The bare year the clause gives, if any ("arrested in Canada in 2014" → "2014"). */
  readonly yearHint: string | null;
  /** Where the date sits in the sentence text, when there is one. */
  readonly at: number | null;
}

/** Between an action and a later date: the date belongs to a new clause, or to what someone is held responsible for
 * ("judged the GRU responsible for the wiper deployed in January"). */
const BARRIER_AFTER =
  /,\s+(?:and|but)\b|\bresponsible\s+for\b|\bbehind\b|\b(?:after|before|when|while|because|following|which|who|whose|that|since|until|once|where|although)\b|\bfor\s+\w+ing\b|,\s+(?:filed|dated|signed|granted|submitted|written|posted)\b/i;
/** Between an earlier date and the action: a reported clause ("Word surfaced last week that …"). */
const BARRIER_BEFORE = /\bthat\b|[;]/i;
const PERIOD_BOUND =
  /\b(?:since|between|from|through|until|till|as\s+far\s+back\s+as|as\s+early\s+as|dating\s+back\s+to|back\s+to)\s+(?:at\s+least\s+|the\s+(?:beginning|start|end)\s+of\s+|early\s+|late\s+|mid-)?$/i;

function isPeriodBound(text: string, d: DateMention): boolean {
  const before = text.slice(Math.max(0, d.start - 40), d.start);
  if (PERIOD_BOUND.test(before)) return true;
  return /\band\s+$/i.test(before) && /\bbetween\b/i.test(before);
}

function modifiesOther(d: DateMention, cueWord: string): boolean {
  if (!d.modifies) return false;
  const stem = cueWord.toLowerCase().slice(0, 5);
  return !d.modifies.toLowerCase().includes(stem);
}

function belongs(text: string, d: DateMention, cueStart: number, cueEnd: number, cueWord: string): boolean {
  if (isPeriodBound(text, d) || modifiesOther(d, cueWord)) return false;
  if (d.start >= cueEnd) return !BARRIER_AFTER.test(text.slice(cueEnd, d.start));
  if (d.end <= cueStart) return !BARRIER_BEFORE.test(text.slice(d.end, cueStart));
  return true;
}

/** "in 2019": a bare year that dates what the clause says (not "a 2015 pact", not "since 2019"). */
function isInYear(text: string, d: DateMention): boolean {
  return /\bin\s+$/i.test(text.slice(Math.max(0, d.start - 4), d.start));
}

function distance(d: DateMention, cueStart: number, cueEnd: number): number {
  return d.start >= cueEnd ? d.start - cueEnd : d.end <= cueStart ? cueStart - d.end : 0;
}

/** The date of the action whose cue spans [cueStart, cueEnd) of a sentence's text, among the sentence's dates
 * (read once per sentence with `findDates`, in the direction of the action's status). */
export function dateForCue(
  text: string,
  cue: { readonly start: number; readonly end: number },
  dates: readonly DateMention[],
): AttachedDate {
  const cueWord = text.slice(cue.start, cue.end).split(/\s+/).pop() ?? "";
  const mine = dates.filter((d) => belongs(text, d, cue.start, cue.end, cueWord));
  const nearest = (list: DateMention[]): DateMention | undefined =>
    [...list].sort((a, b) => distance(a, cue.start, cue.end) - distance(b, cue.start, cue.end))[0];
  // The nearest date of the clause is the action's; a bare year there leaves it undated ("in 2019") rather
  // than handing it a more precise date that belongs to the next event of the sentence.
  const closest = nearest(
    mine.filter((d) => d.value !== null && (d.precision !== "year" || isInYear(text, d) || d.modifies !== null)),
  );
  if (!closest?.value) return { value: null, yearHint: null, at: null };
  const dated = closest.precision !== "year";
  return { value: dated ? closest.value : null, yearHint: closest.value.slice(0, 4), at: dated ? closest.start : null };
}

/** The last month- or day-precise date among a sentence's dates, for "the same month" in the next one. */
export function lastPreciseDate(dates: readonly DateMention[]): string | null {
  const precise = dates.filter((d) => d.precision !== "year" && d.value !== null && !d.modifies);
  return precise[precise.length - 1]?.value ?? null;
}
