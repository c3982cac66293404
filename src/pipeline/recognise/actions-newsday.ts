// The news day: a report tells one day's news, and an action it states as done without a date of its own
// ("The Treasury Department also sanctioned two front companies") happened that day, as an analyst reads it —
// the first day the text itself gives an action in the week before publication, else the publication date. Background the text marks as earlier ("had charged", "previously", "years ago") and what is
// only expected keep no date; "said he had summoned" is reported speech of the day, not background.
import type { ActionCandidate } from "./actions-merge.ts";

/** Words that put an undated action before the news of the day. */
const BACKGROUND =
  /(?<!\b(?:said|says|told|added|stated|announced)\s+(?:that\s+)?(?:\S+\s+){0,3})\bhad\b|\b(?:previously|earlier|formerly|once|in the past|last (?:year|month|week)|years? ago|months? ago|at the time|since)\b/i;
const WEEK_MS = 7 * 24 * 3600 * 1000;

function withinWeekBefore(date: string, published: string): boolean {
  if (date.length < 10) return false;
  const gap = Date.parse(published.slice(0, 10)) - Date.parse(date);
  return gap >= 0 && gap <= WEEK_MS;
}

/** The day whose news the report tells: the first action the text dates itself within the week before
 * publication, else the publication date; null when the report has no publication date. */
export function newsDay(actions: readonly ActionCandidate[], published: string | null): string | null {
  if (!published) return null;
  const first = [...actions]
    .filter((a) => a.dateSource === "explicit" && a.date !== null && withinWeekBefore(a.date, published))
    .sort((a, b) => a.evidence.start - b.evidence.start)[0];
  return first?.date ?? published.slice(0, 10);
}

/** Dates the undated actions the text states as done at the news day. */
export function dateAtNewsDay(actions: readonly ActionCandidate[], published: string | null): ActionCandidate[] {
  const day = newsDay(actions, published);
  if (!day) return [...actions];
  return actions.map((a) => {
    // "will pay up to $10 million for information": a reward is offered in the future tense, and stands from today.
    const expected = a.modality.status === "expected" && a.kind !== "reward";
    if (a.date || expected || a.yearHint !== null) return a;
    if (BACKGROUND.test(a.evidence.sentence)) return a;
    return { ...a, date: day, dateSource: "soft" };
  });
}
