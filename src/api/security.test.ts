import { describe, expect, it } from "vitest";
import { allowedHostsFor, isLoopback } from "./security.ts";

describe("loopback binding", () => {
  it("knows loopback addresses from the rest", () => {
    for (const host of ["127.0.0.1", "127.1.2.3", "localhost", "::1", "[::1]"]) expect(isLoopback(host)).toBe(true);
    for (const host of ["0.0.0.0", "::", "192.168.1.10", "example.org", "127.0.0.1.example.org"])
      expect(isLoopback(host)).toBe(false);
  });

  it("answers only to loopback names when bound to loopback, to anything otherwise", () => {
    expect(allowedHostsFor("127.0.0.1")).toEqual(["127.0.0.1", "localhost", "[::1]"]);
    expect(allowedHostsFor("0.0.0.0")).toBeNull();
  });
});
