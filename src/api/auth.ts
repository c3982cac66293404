// Who may write. The Authenticator port answers "which user sent this request?" (or nobody); writes need a
// user. Today's implementation holds bearer tokens given at start (ESPIAL_TOKEN, --token-file); persistent
// hashed tokens in the store (`espial token create`) will be another implementation of the same port.
import { createHash, timingSafeEqual } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import { EspialError } from "../core/index.ts";

export interface ApiUser {
  readonly name: string;
}

/** What routes find in the request context: the user of a write. */
export interface ApiEnv {
  Variables: { user: ApiUser };
}

/** The authentication port: the user a request acts for, or null when it carries no valid credential. */
export interface Authenticator {
  authenticate(request: Request): Promise<ApiUser | null>;
}

/** Shortest token accepted: a guessable token on a network port is worse than none. */
export const MIN_TOKEN_LENGTH = 16;

const digest = (s: string): Buffer => createHash("sha256").update(s, "utf8").digest();

/** The token of an `Authorization: Bearer TOKEN` header, or null. */
export function bearerToken(request: Request): string | null {
  const header = request.headers.get("authorization");
  const match = header ? /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header) : null;
  return match?.[1] ?? null;
}

/**
 * Accepts bearer tokens given at start. Tokens are kept and compared as SHA-256 digests with
 * `timingSafeEqual`, every token checked, so neither a token's length nor its prefix leaks through timing.
 * @example createTokenAuthenticator([{ name: "env", token: process.env.ESPIAL_TOKEN }])
 */
export function createTokenAuthenticator(
  tokens: readonly { readonly name: string; readonly token: string }[],
): Authenticator {
  for (const t of tokens) {
    if (t.token.length < MIN_TOKEN_LENGTH) {
      throw new EspialError(
        "bad-usage",
        `the ${t.name} token is shorter than ${MIN_TOKEN_LENGTH} characters (try: openssl rand -hex 32)`,
      );
    }
  }
  const known = tokens.map((t) => ({ user: Object.freeze({ name: t.name }), hash: digest(t.token) }));
  return {
    authenticate(request) {
      const given = bearerToken(request);
      if (given === null) return Promise.resolve(null);
      const hash = digest(given);
      let found: ApiUser | null = null;
      for (const k of known) if (timingSafeEqual(k.hash, hash) && found === null) found = k.user;
      return Promise.resolve(found);
    },
  };
}

/** Route middleware for writes: 403 when the server takes no writes, 401 without a valid token. */
export function requireWriter(auth: Authenticator | null): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    if (auth === null) {
      throw new EspialError(
        "forbidden",
        "this server takes no writes: start espial serve with ESPIAL_TOKEN or --token-file",
      );
    }
    const user = await auth.authenticate(c.req.raw);
    if (user === null) {
      const message =
        bearerToken(c.req.raw) === null
          ? "this route needs a bearer token: Authorization: Bearer TOKEN"
          : "the bearer token is not valid";
      throw new EspialError("unauthorized", message);
    }
    c.set("user", user);
    await next();
  };
}
