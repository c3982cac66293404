import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { allowedHostsFor, CONTENT_SECURITY_POLICY, isLoopback, securityHeaders } from "./security.ts";

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

describe("securityHeaders", () => {
  const app = new Hono();
  app.use("*", securityHeaders());
  app.onError((_e, c) => c.json({ error: { code: "internal", message: "x" } }, 500));
  app.get("/api/ok", (c) => c.json({ ok: true }));
  app.get("/api/fail", () => {
    throw new Error("boom");
  });
  app.get("/", (c) => c.html("<!doctype html><title>Espial</title>"));

  it.each(["/api/ok", "/api/fail", "/api/missing", "/"])(
    "sets every header on %s, answers and errors alike",
    async (path) => {
      const res = await app.request(path);
      expect(res.headers.get("content-security-policy")).toBe(CONTENT_SECURITY_POLICY);
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("x-frame-options")).toBe("DENY");
      expect(res.headers.get("referrer-policy")).toBe("no-referrer");
      expect(res.headers.get("cross-origin-opener-policy")).toBe("same-origin");
      expect(res.headers.get("cross-origin-resource-policy")).toBe("same-origin");
      expect(res.headers.get("permissions-policy")).toMatch(/camera=\(\)/);
      expect(res.headers.get("cache-control")).toBe(path.startsWith("/api/") ? "no-store" : null);
    },
  );

  it("allows no inline script, no plugin, no framing and no foreign origin", () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split(";").map((d) => {
        const [name = "", ...values] = d.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    expect(directives.get("default-src")).toEqual(["'self'"]);
    expect(directives.get("script-src")).toEqual(["'self'"]);
    expect(directives.get("object-src")).toEqual(["'none'"]);
    expect(directives.get("frame-ancestors")).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|\*|http:|https:/);
  });
});
