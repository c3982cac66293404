import { describe, expect, it } from "vitest";
import { defaultLimits, limitsSchema } from "./limits.ts";

describe("limits", () => {
  it("has documented defaults", () => {
    expect(defaultLimits()).toEqual({
      maxReportBytes: 20 * 1024 * 1024,
      maxFeedItems: 10_000,
      maxRedirects: 5,
      fetchTimeoutMs: 20_000,
      maxJsonDepth: 64,
      maxStixObjects: 200_000,
      maxHtmlDepth: 128,
    });
    for (const [key, field] of Object.entries(limitsSchema.shape)) {
      expect(field.description, key).toMatch(/\(default [^)]+\)/);
    }
  });

  it("is frozen and validates overrides", () => {
    expect(Object.isFrozen(defaultLimits())).toBe(true);
    expect(limitsSchema.parse({ maxRedirects: 0 }).maxRedirects).toBe(0);
    expect(limitsSchema.safeParse({ maxReportBytes: -1 }).success).toBe(false);
    expect(limitsSchema.safeParse({ maxFeedItems: 1.5 }).success).toBe(false);
  });
});
