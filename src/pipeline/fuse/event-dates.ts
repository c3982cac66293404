// Dates of actions as day ranges: "2018-12-20" is one day, "2018-12" the whole month. A year alone is too
// vague to tie two actions together, so it counts as undated here.

const DAY = 86_400_000;
const FULL = /^(\d{4})-(\d{2})-(\d{2})/;
const MONTH = /^(\d{4})-(\d{2})$/;

export interface DayRange {
  readonly first: number;
  readonly last: number;
}

/** Dates read before: an event compares each new action's date with every action of the events near it. */
const READ = new Map<string, DayRange | null>();
const READ_KEPT = 4096;

/** The days an ISO date covers (as day numbers), or null when undated or dated only to the year. */
export function dayRange(date: string | null): DayRange | null {
  if (date === null) return null;
  if (READ.has(date)) return READ.get(date) ?? null;
  const range = readDayRange(date);
  if (READ.size >= READ_KEPT) READ.clear();
  READ.set(date, range);
  return range;
}

function readDayRange(date: string): DayRange | null {
  const full = FULL.exec(date);
  if (full) {
    const day = Date.UTC(Number(full[1]), Number(full[2]) - 1, Number(full[3])) / DAY;
    return Number.isFinite(day) ? { first: day, last: day } : null;
  }
  const month = MONTH.exec(date);
  if (month) {
    const first = Date.UTC(Number(month[1]), Number(month[2]) - 1, 1) / DAY;
    const last = Date.UTC(Number(month[1]), Number(month[2]), 1) / DAY - 1;
    return Number.isFinite(first) ? { first, last } : null;
  }
  return null;
}

/** Whether two ranges lie within `window` days of each other. */
export function datesWithin(a: DayRange, b: DayRange, window: number): boolean {
  const gap = Math.max(a.first, b.first) - Math.min(a.last, b.last);
  return gap <= window;
}
