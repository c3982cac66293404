import { describe, expect, it } from "vitest";
import { createTokenAuthenticator } from "./auth.ts";
import { anyAuthenticator, basicCredentials, createStoreAuthenticator } from "./store-auth.ts";

const request = (authorization?: string) =>
  new Request("http://localhost/api/review/merges", authorization ? { headers: { authorization } } : {});
const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`;
const tokens = { userOfToken: (t: string) => Promise.resolve(t === "esp_secret-token-of-ana" ? "ana" : null) };

describe("the store's tokens as an Authenticator", () => {
  it("accepts a bearer token, and HTTP Basic only when it names the token's user", async () => {
    const auth = createStoreAuthenticator(tokens);
    expect(await auth.authenticate(request("Bearer esp_secret-token-of-ana"))).toEqual({ name: "ana" });
    expect(await auth.authenticate(request(basic("ana", "esp_secret-token-of-ana")))).toEqual({ name: "ana" });
    expect(await auth.authenticate(request(basic("bob", "esp_secret-token-of-ana")))).toBeNull();
    expect(await auth.authenticate(request("Bearer esp_other"))).toBeNull();
    expect(await auth.authenticate(request())).toBeNull();
  });

  it("reads Basic credentials, the password holding any colon", () => {
    expect(basicCredentials(request(basic("ana", "a:b")))).toEqual({ user: "ana", password: "a:b" });
    expect(basicCredentials(request("Basic !!!"))).toBeNull();
    expect(basicCredentials(request(basic("", "x")))).toBeNull();
  });

  it("takes the first user any authenticator finds", async () => {
    const start = createTokenAuthenticator([{ name: "ESPIAL_TOKEN", token: "start-token-0123456789" }]);
    const auth = anyAuthenticator(null, start, createStoreAuthenticator(tokens));
    expect(await auth.authenticate(request("Bearer start-token-0123456789"))).toEqual({ name: "ESPIAL_TOKEN" });
    expect(await auth.authenticate(request("Bearer esp_secret-token-of-ana"))).toEqual({ name: "ana" });
    expect(await auth.authenticate(request("Bearer nothing"))).toBeNull();
  });
});
