// Rate limits of the HTTP API: a token bucket per client address. One schema gives the type, the runtime check
// and the documented defaults; the config schema folds it in as `rateLimit`, each key set from the environment
// (ESPIAL_RATE_LIMIT_PER_MINUTE, ESPIAL_RATE_LIMIT_BURST, ESPIAL_RATE_LIMIT_EXEMPT_TOKENS).
import { z } from "zod";

export const rateLimitSchema = z.object({
  rateLimitPerMinute: z
    .number()
    .int()
    .nonnegative()
    .default(600)
    .describe(
      "Requests one client address may make per minute on average (default 600); 0 turns rate limiting off. Over it the API answers 429 rate-limited with Retry-After",
    ),
  rateLimitBurst: z
    .number()
    .int()
    .positive()
    .default(120)
    .describe("Requests one client may make at once before the per-minute rate applies (default 120)"),
  rateLimitExemptTokens: z
    .array(z.string().min(16))
    .default([])
    .describe(
      "Bearer tokens never rate limited, such as a trusted harvester's or a load test's (default none); in the environment a comma-separated list",
    ),
});

export type RateLimitSettings = z.infer<typeof rateLimitSchema>;

/** The default rate limits, frozen. */
export function defaultRateLimits(): RateLimitSettings {
  return Object.freeze(rateLimitSchema.parse({}));
}

/** The rate-limit settings the environment gives (numbers as numbers, the token list split on commas). */
export function rateLimitFromEnv(env: Readonly<Record<string, string | undefined>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const number = (raw: string | undefined) => (raw && /^\d+$/.test(raw.trim()) ? Number(raw.trim()) : raw?.trim());
  const perMinute = number(env["ESPIAL_RATE_LIMIT_PER_MINUTE"]);
  const burst = number(env["ESPIAL_RATE_LIMIT_BURST"]);
  const exempt = env["ESPIAL_RATE_LIMIT_EXEMPT_TOKENS"];
  if (perMinute !== undefined && perMinute !== "") out["rateLimitPerMinute"] = perMinute;
  if (burst !== undefined && burst !== "") out["rateLimitBurst"] = burst;
  if (exempt !== undefined && exempt.trim() !== "") {
    out["rateLimitExemptTokens"] = exempt
      .split(",")
      .map((t) => t.trim())
      .filter((t) => t !== "");
  }
  return out;
}
