import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../config/index.ts";
import { defaultRateLimits, rateLimitSchema } from "../config/rate-limit.ts";
import { createRateLimiter, rateLimit } from "./rate-limit.ts";
import { securityHeaders } from "./security.ts";
import { startServer } from "./server.ts";

const EXEMPT = "exempt-token-for-the-load-test-0123456789";

describe("createRateLimiter", () => {
  it("allows a burst, then one request per refill interval, and says how long to wait", () => {
    const limiter = createRateLimiter({ perMinute: 60, burst: 3 });
    expect([0, 0, 0].map(() => limiter.take("a", 1_000))).toEqual([0, 0, 0]);
    expect(limiter.take("a", 1_000)).toBe(1);
    expect(limiter.take("b", 1_000)).toBe(0); // another client has its own bucket
    expect(limiter.take("a", 1_999)).toBe(1);
    expect(limiter.take("a", 2_000)).toBe(0);
    expect(limiter.take("a", 2_000)).toBe(1);
    // A long pause refills to the burst, never past it.
    expect([0, 0, 0, 0].map(() => limiter.take("a", 600_000))).toEqual([0, 0, 0, 1]);
  });

  it("rounds a long wait up to whole seconds", () => {
    const limiter = createRateLimiter({ perMinute: 2, burst: 1 });
    expect(limiter.take("a", 0)).toBe(0);
    expect(limiter.take("a", 0)).toBe(30);
    expect(limiter.take("a", 29_500)).toBe(1);
  });

  it("keeps its table bounded when many addresses come by", () => {
    const limiter = createRateLimiter({ perMinute: 60, burst: 1, maxClients: 100 });
    for (let i = 0; i < 10_000; i++) expect(limiter.take(`10.0.${i >> 8}.${i & 255}`, 0)).toBe(0);
    // The first client's bucket was dropped to make room: it starts full again rather than growing the table.
    expect(limiter.take("10.0.0.0", 0)).toBe(0);
  });
});

describe("rateLimit settings", () => {
  it("has documented defaults and reads the environment", () => {
    expect(defaultRateLimits()).toEqual({ rateLimitPerMinute: 600, rateLimitBurst: 120, rateLimitExemptTokens: [] });
    for (const [key, field] of Object.entries(rateLimitSchema.shape)) {
      expect(field.description, key).toMatch(/\(default [^)]+\)/);
    }
    const config = loadConfig({
      env: {
        ESPIAL_RATE_LIMIT_PER_MINUTE: "0",
        ESPIAL_RATE_LIMIT_BURST: "5",
        ESPIAL_RATE_LIMIT_EXEMPT_TOKENS: ` ${EXEMPT} ,, another-long-token-000000 `,
      },
    });
    expect(config.rateLimit).toEqual({
      rateLimitPerMinute: 0,
      rateLimitBurst: 5,
      rateLimitExemptTokens: [EXEMPT, "another-long-token-000000"],
    });
    expect(() => loadConfig({ env: { ESPIAL_RATE_LIMIT_PER_MINUTE: "many" } })).toThrow(/rateLimit.rateLimitPerMinute/);
    expect(() => loadConfig({ env: { ESPIAL_RATE_LIMIT_EXEMPT_TOKENS: "short" } })).toThrow(/rateLimitExemptTokens/);
  });
});

describe("rateLimit on a real HTTP server", () => {
  it("answers 429 rate-limited with Retry-After past the burst, lets the exempt token through", async () => {
    const app = new Hono();
    app.use("*", securityHeaders());
    app.use("*", rateLimit({ rateLimitPerMinute: 6, rateLimitBurst: 2, rateLimitExemptTokens: [EXEMPT] }));
    app.get("/api/ping", (c) => c.text("pong"));
    const server = await startServer(app, { host: "127.0.0.1", port: 0 });
    try {
      const get = (token?: string) =>
        fetch(`${server.url}/api/ping`, token ? { headers: { authorization: `Bearer ${token}` } } : {});
      expect((await get()).status).toBe(200);
      expect((await get()).status).toBe(200);
      const limited = await get();
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
      expect(Number(limited.headers.get("retry-after"))).toBeLessThanOrEqual(10);
      expect(limited.headers.get("x-content-type-options")).toBe("nosniff");
      const body = (await limited.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe("rate-limited");
      expect(body.error.message).toMatch(/over 6 a minute \(limit rateLimitPerMinute\); try again in \d+ s/);
      // A wrong token is not exempt; the exempt one passes however many times.
      expect((await get("not-the-exempt-token-000000000000")).status).toBe(429);
      for (let i = 0; i < 20; i++) expect((await get(EXEMPT)).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it("does nothing when the rate is 0", async () => {
    const app = new Hono();
    app.use("*", rateLimit({ rateLimitPerMinute: 0, rateLimitBurst: 1, rateLimitExemptTokens: [] }));
    app.get("/x", (c) => c.text("ok"));
    for (let i = 0; i < 5; i++) expect((await app.request("/x")).status).toBe(200);
  });
});
