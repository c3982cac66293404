// Which of two reports came first: the earlier publication wins; when either date is unknown or both are
// the same, the earlier ingest wins. A copy is always recorded against the report that came first.
import type { ReportTiming } from "./passage-index.ts";

/** Negative when `a` came before `b`, positive when after, 0 only for the same ingest. */
export function compareTiming(a: ReportTiming, b: ReportTiming): number {
  if (a.published !== null && b.published !== null) {
    // Compare at the precision both dates have: "2018-12" and "2018-12-20" tie, then ingest order decides.
    const n = Math.min(a.published.length, b.published.length);
    const x = a.published.slice(0, n);
    const y = b.published.slice(0, n);
    if (x < y) return -1;
    if (x > y) return 1;
  }
  return a.ingestedSeq - b.ingestedSeq;
}

/** The earliest of several timed items. */
export function earliestOf<T extends { readonly meta: ReportTiming }>(items: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const item of items) if (best === undefined || compareTiming(item.meta, best.meta) < 0) best = item;
  return best;
}
