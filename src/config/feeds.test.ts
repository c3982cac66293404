import { describe, expect, it } from "vitest";
import { loadConfig } from "./index.ts";
import { defaultFeedSettings, envNameOf, feedSettingsSchema } from "./feeds.ts";
import { limitsSchema } from "./limits.ts";

describe("feed settings and limits in the config", () => {
  it("have documented defaults", () => {
    expect(defaultFeedSettings()).toEqual({ pollEveryMs: 900_000, minPollEveryMs: 60_000, maxBackoffMs: 86_400_000 });
    for (const [key, field] of Object.entries(feedSettingsSchema.shape)) {
      expect(field.description, key).toMatch(/\(default [^)]+\)/);
    }
    const config = loadConfig({ env: {} });
    expect(config.limits).toEqual(limitsSchema.parse({}));
    expect(config.feeds).toEqual(defaultFeedSettings());
  });

  it("are set from ESPIAL_<KEY> in the environment, and a bad value names its key", () => {
    expect(envNameOf("maxReportBytes")).toBe("ESPIAL_MAX_REPORT_BYTES");
    expect(envNameOf("pollEveryMs")).toBe("ESPIAL_POLL_EVERY_MS");
    const config = loadConfig({ env: { ESPIAL_MAX_FEED_ITEMS: "50", ESPIAL_MAX_BACKOFF_MS: "3600000" } });
    expect(config.limits.maxFeedItems).toBe(50);
    expect(config.feeds.maxBackoffMs).toBe(3_600_000);
    expect(() => loadConfig({ env: { ESPIAL_MAX_REDIRECTS: "-1" } })).toThrow(/limits\.maxRedirects/);
    expect(() => loadConfig({ env: { ESPIAL_POLL_EVERY_MS: "soon" } })).toThrow(/feeds\.pollEveryMs/);
  });
});
