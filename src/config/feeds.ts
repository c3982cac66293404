// Settings of feed polling (`espial serve`, `espial watch`): how often a feed is fetched, how far errors push
// the next poll back. One schema gives the type, the runtime check and the documented defaults; the config
// schema folds it in as `feeds`, and each key can be set from the environment (see envOverrides).
import { z } from "zod";

const MINUTE = 60_000;

export const feedSettingsSchema = z.object({
  pollEveryMs: z
    .number()
    .int()
    .positive()
    .default(15 * MINUTE)
    .describe(
      "How often a feed is polled when `espial feeds add` is not given --every, in ms (default 900000 = 15 min)",
    ),
  minPollEveryMs: z
    .number()
    .int()
    .positive()
    .default(MINUTE)
    .describe("Shortest --every a feed may have, in ms, so that no publisher is hammered (default 60000 = 1 min)"),
  maxBackoffMs: z
    .number()
    .int()
    .positive()
    .default(24 * 60 * MINUTE)
    .describe(
      "Longest wait before polling a failing feed again, in ms (default 86400000 = 24 h); each consecutive error doubles the wait from the feed's interval up to this",
    ),
});

export type FeedSettings = z.infer<typeof feedSettingsSchema>;

/** The default feed settings, frozen. */
export function defaultFeedSettings(): FeedSettings {
  return Object.freeze(feedSettingsSchema.parse({}));
}

/** `maxReportBytes` → `ESPIAL_MAX_REPORT_BYTES`: the environment variable that sets a numeric setting. */
export function envNameOf(key: string): string {
  return `ESPIAL_${key.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase()}`;
}

/**
 * The settings of a schema's shape given in the environment, as numbers (left as text when not numeric, so
 * the schema's check names the key): `{ maxReportBytes: 1048576 }` from `ESPIAL_MAX_REPORT_BYTES=1048576`.
 */
export function envOverrides(
  shape: Readonly<Record<string, unknown>>,
  env: Readonly<Record<string, string | undefined>>,
): Record<string, number | string> {
  const out: Record<string, number | string> = {};
  for (const key of Object.keys(shape)) {
    const raw = env[envNameOf(key)]?.trim();
    if (raw === undefined || raw === "") continue;
    out[key] = /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
  }
  return out;
}
