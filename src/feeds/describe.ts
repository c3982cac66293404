// One line per poll, for the log of `espial serve` and `espial watch`.
import type { PollSummary } from "./poll.ts";

/** `feed 3f2a… https://…: 4 new, 12 seen before; next poll 2026-…` */
export function describePoll(s: PollSummary): string {
  const head = `feed ${s.feed.id} ${s.feed.url}`;
  const next = `next poll ${s.nextPollAt.toISOString()}`;
  if (s.status === "error")
    return `${head}: error: ${s.error} (error ${s.feed.consecutiveErrors + 1} in a row; ${next})`;
  if (s.status === "not-modified") return `${head}: not modified; ${next}`;
  const parts = [`${s.stored} new`, `${s.unchanged} already stored`, `${s.seen} seen before`];
  if (s.skipped.length > 0) parts.push(`${s.skipped.length} skipped`);
  if (s.rejected.length > 0) parts.push(`${s.rejected.length} rejected`);
  const limit = s.skipped.find((r) => r.includes("over the limit"));
  return `${head}: ${parts.join(", ")}${limit ? ` (${limit})` : ""}; ${next}`;
}
