// When a feed is polled next, and how a polling interval is written. Pure.
import { EspialError } from "../core/index.ts";

const UNITS: Readonly<Record<string, number>> = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/**
 * Reads an interval such as `90s`, `15m`, `2h` or `1d` (a bare number is minutes) into milliseconds.
 * @example parseInterval("15m") // 900000
 */
export function parseInterval(text: string, minMs: number): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$/i.exec(text);
  const unit = UNITS[(m?.[2] || "m").toLowerCase()];
  if (!m || unit === undefined) {
    throw new EspialError("bad-usage", `--every takes an interval such as 30s, 15m, 2h or 1d, not "${text}"`);
  }
  const ms = Math.round(Number(m[1]) * unit);
  if (ms < minMs) {
    throw new EspialError(
      "bad-usage",
      `--every ${text} is shorter than the shortest interval allowed (minPollEveryMs = ${minMs} ms)`,
    );
  }
  return ms;
}

/** `900000` → `15m`, for listings. */
export function formatInterval(ms: number): string {
  for (const [unit, size] of [
    ["d", 86_400_000],
    ["h", 3_600_000],
    ["m", 60_000],
  ] as const) {
    if (ms >= size && ms % size === 0) return `${ms / size}${unit}`;
  }
  return `${Math.round(ms / 1000)}s`;
}

/**
 * The wait before the next poll: the feed's interval after a success; after `errors` consecutive errors,
 * the interval doubled per error (exponential backoff), never more than `maxBackoffMs` (nor less than the
 * interval).
 */
export function nextPollDelay(everyMs: number, errors: number, maxBackoffMs: number): number {
  if (errors <= 0) return everyMs;
  // 2^errors overflows nothing: past 2^40 the cap has long won.
  const backoff = everyMs * 2 ** Math.min(errors, 40);
  return Math.max(everyMs, Math.min(backoff, maxBackoffMs));
}
