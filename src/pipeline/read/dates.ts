// Publication dates as pages and feeds write them (ISO 8601, RFC 822, "December 20, 2018") → `YYYY-MM-DD`.
// The date is the one the publisher wrote, in its own time zone: "2018-12-20T23:30:00-05:00" stays
// 2018-12-20, because that is the day the report carries.

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"] as const;

function monthOf(name: string): number | null {
  const i = MONTHS.indexOf(name.slice(0, 3).toLowerCase() as (typeof MONTHS)[number]);
  return i === -1 ? null : i + 1;
}

function fullYear(year: string): number {
  const n = Number(year);
  if (year.length === 4) return n;
  return n < 50 ? 2000 + n : 1900 + n; // RFC 822 two-digit years
}

function isoOf(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:$|T)/;
const DAY_MONTH_YEAR = /^(?:[a-z]+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?,?\s+(\d{4}|\d{2})\b/i;
const MONTH_DAY_YEAR = /^(?:[a-z]+,?\s+)?([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/i;

/** A date written in a page or feed as `YYYY-MM-DD`, or null when it cannot be read with confidence. */
export function toIsoDate(raw: string | null | undefined): string | null {
  const value = raw?.trim();
  if (!value) return null;
  const iso = ISO.exec(value) ?? COMPACT.exec(value);
  if (iso) return isoOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dmy = DAY_MONTH_YEAR.exec(value);
  if (dmy?.[1] && dmy[2] && dmy[3]) {
    const month = monthOf(dmy[2]);
    return month ? isoOf(fullYear(dmy[3]), month, Number(dmy[1])) : null;
  }
  const mdy = MONTH_DAY_YEAR.exec(value);
  if (mdy?.[1] && mdy[2] && mdy[3]) {
    const month = monthOf(mdy[1]);
    return month ? isoOf(Number(mdy[3]), month, Number(mdy[2])) : null;
  }
  return null;
}
