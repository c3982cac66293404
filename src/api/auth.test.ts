import { describe, expect, it } from "vitest";
import { bearerToken, createTokenAuthenticator } from "./auth.ts";

const request = (authorization?: string) =>
  new Request("http://localhost/api/ingest", authorization ? { headers: { authorization } } : {});

describe("bearer tokens", () => {
  it("reads the token of an Authorization: Bearer header, and nothing else", () => {
    expect(bearerToken(request("Bearer abc.def-123"))).toBe("abc.def-123");
    expect(bearerToken(request("bearer  abc "))).toBe("abc");
    expect(bearerToken(request("Basic dXNlcjpwYXNz"))).toBeNull();
    expect(bearerToken(request("Bearer two words"))).toBeNull();
    expect(bearerToken(request())).toBeNull();
  });

  it("accepts each configured token as its user, and no other", async () => {
    const auth = createTokenAuthenticator([
      { name: "alice", token: "alice-token-0123456789" },
      { name: "bob", token: "bob-token-0123456789ab" },
    ]);
    expect(await auth.authenticate(request("Bearer alice-token-0123456789"))).toEqual({ name: "alice" });
    expect(await auth.authenticate(request("Bearer bob-token-0123456789ab"))).toEqual({ name: "bob" });
    expect(await auth.authenticate(request("Bearer alice-token-012345678"))).toBeNull();
    expect(await auth.authenticate(request("Bearer alice-token-0123456789x"))).toBeNull();
    expect(await auth.authenticate(request())).toBeNull();
  });

  it("refuses a token too short to be safe, naming where it came from", () => {
    expect(() => createTokenAuthenticator([{ name: "ESPIAL_TOKEN", token: "secret" }])).toThrow(
      /ESPIAL_TOKEN token is shorter than 16/,
    );
  });
});
