// Rate limits: a token bucket per client address, refilled continuously at the configured rate. A client
// past its bucket gets 429 `rate-limited` with Retry-After in whole seconds. Requests with an exempt bearer
// token (a trusted harvester, the load test) pass; their tokens are compared as SHA-256 digests in constant
// time, like the write tokens. The table of buckets is bounded, so many addresses cannot grow memory.
import { createHash, timingSafeEqual } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import type { RateLimitSettings } from "../config/rate-limit.ts";
import { EspialError } from "../core/index.ts";
import { bearerToken } from "./auth.ts";
import { errorResponse } from "./errors.ts";

export interface RateLimiter {
  /** Takes one request from `client`'s bucket: 0 when allowed, else the seconds until one is. */
  take(client: string, nowMs: number): number;
}

interface Bucket {
  tokens: number;
  atMs: number;
}

/** Buckets kept at most; past this, full buckets are dropped, then the oldest. */
const MAX_CLIENTS = 10_000;

/**
 * A token bucket per client: `burst` requests at once, then `perMinute` a minute.
 * @example createRateLimiter({ perMinute: 600, burst: 120 }).take("127.0.0.1", Date.now()) // 0
 */
export function createRateLimiter(options: {
  readonly perMinute: number;
  readonly burst: number;
  readonly maxClients?: number;
}): RateLimiter {
  const perMs = options.perMinute / 60_000;
  const maxClients = options.maxClients ?? MAX_CLIENTS;
  const buckets = new Map<string, Bucket>();
  const refill = (b: Bucket, nowMs: number) => {
    b.tokens = Math.min(options.burst, b.tokens + Math.max(0, nowMs - b.atMs) * perMs);
    b.atMs = nowMs;
  };
  const prune = (nowMs: number) => {
    for (const [key, b] of buckets) {
      refill(b, nowMs);
      if (b.tokens >= options.burst) buckets.delete(key);
    }
    // Down to nine tenths, so a flood of new addresses prunes once per many requests, not on each.
    for (const key of buckets.keys()) {
      if (buckets.size < maxClients * 0.9) break;
      buckets.delete(key);
    }
  };
  return {
    take(client, nowMs) {
      let bucket = buckets.get(client);
      if (!bucket) {
        if (buckets.size >= maxClients) prune(nowMs);
        bucket = { tokens: options.burst, atMs: nowMs };
        buckets.set(client, bucket);
      }
      refill(bucket, nowMs);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return 0;
      }
      return Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000));
    },
  };
}

const digest = (s: string): Buffer => createHash("sha256").update(s, "utf8").digest();

/** Whether a request carries one of the exempt tokens, checked in constant time against each. */
function exemptChecker(tokens: readonly string[]): (request: Request) => boolean {
  const hashes = tokens.map(digest);
  return (request) => {
    if (hashes.length === 0) return false;
    const given = bearerToken(request);
    if (given === null) return false;
    const hash = digest(given);
    let found = false;
    for (const h of hashes) if (timingSafeEqual(h, hash)) found = true;
    return found;
  };
}

/** The client a request comes from: the peer address on a Node server, else "local" (app.request in tests). */
function clientOf(env: unknown): string {
  const incoming = (env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? "local";
}

/** Middleware answering 429 with Retry-After past the limit; does nothing when the limit is 0. */
export function rateLimit(settings: RateLimitSettings, clock: () => number = Date.now): MiddlewareHandler {
  if (settings.rateLimitPerMinute === 0) return async (_c, next) => next();
  const limiter = createRateLimiter({ perMinute: settings.rateLimitPerMinute, burst: settings.rateLimitBurst });
  const isExempt = exemptChecker(settings.rateLimitExemptTokens);
  return async (c, next) => {
    if (!isExempt(c.req.raw)) {
      const wait = limiter.take(clientOf(c.env), clock());
      if (wait > 0) {
        const response = errorResponse(
          c,
          new EspialError(
            "rate-limited",
            `too many requests from this client: over ${settings.rateLimitPerMinute} a minute (limit rateLimitPerMinute); try again in ${wait} s`,
          ),
        );
        response.headers.set("Retry-After", String(wait));
        return response;
      }
    }
    await next();
  };
}
