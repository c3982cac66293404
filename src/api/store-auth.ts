// The Authenticator port over the store's tokens (`espial token create`): `Authorization: Bearer TOKEN`,
// or HTTP Basic naming the user with the token as password (the name must be the token's user). Tokens
// are compared as sha256 digests in constant time by the store.
import type { TokenStore } from "../store/store.ts";
import { bearerToken, type ApiUser, type Authenticator } from "./auth.ts";

/** The user and password of an `Authorization: Basic …` header, or null. */
export function basicCredentials(request: Request): { user: string; password: string } | null {
  const header = request.headers.get("authorization");
  const match = header ? /^Basic[ \t]+([A-Za-z0-9+/=]+)[ \t]*$/i.exec(header) : null;
  if (!match?.[1]) return null;
  const decoded = Buffer.from(match[1], "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  return colon < 1 ? null : { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

/**
 * Accepts the tokens kept in the store.
 * @example createStoreAuthenticator(store) // Bearer esp_… → { name: "ana" }
 */
export function createStoreAuthenticator(tokens: Pick<TokenStore, "userOfToken">): Authenticator {
  return {
    async authenticate(request) {
      const bearer = bearerToken(request);
      if (bearer !== null) {
        const user = await tokens.userOfToken(bearer);
        return user === null ? null : Object.freeze({ name: user });
      }
      const basic = basicCredentials(request);
      if (basic === null) return null;
      const user = await tokens.userOfToken(basic.password);
      return user !== null && user === basic.user ? Object.freeze({ name: user }) : null;
    },
  };
}

/** The first user any of these authenticators finds (null ones left out). */
export function anyAuthenticator(...auths: readonly (Authenticator | null)[]): Authenticator {
  const present = auths.filter((a): a is Authenticator => a !== null);
  return {
    async authenticate(request) {
      for (const auth of present) {
        const user: ApiUser | null = await auth.authenticate(request);
        if (user !== null) return user;
      }
      return null;
    },
  };
}
