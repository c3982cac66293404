// Under /taxii2 every answer is TAXII, the app's own refusals included: the Host check (403), missing
// credentials (401), the rate limit (429) and the body limit (413) answer in application/taxii+json;version=2.1
// with a TAXII error message, while /api keeps its own error shape. A real embedded store behind app.request().
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openApiFixture, type ApiFixture } from "../../../test/api-fixture.ts";
import type { Store } from "../../store/store.ts";
import { errorBodySchema } from "../errors.ts";
import { createApp, type ApiDeps } from "../index.ts";

const TOKEN = "taxii-errors-token-3c9a7e1f5b";
const MEDIA = "application/taxii+json;version=2.1";
const INBOX = "/taxii2/espial/collections/inbox/objects/";

let fixture: ApiFixture;
let store: Store;
let deps: ApiDeps;

/** Asserts a TAXII error message of this status and code, in the TAXII media type. */
async function expectTaxiiError(res: Response, status: number, code: string): Promise<Record<string, unknown>> {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toBe(MEDIA);
  const body = (await res.json()) as Record<string, unknown>;
  expect(body).toMatchObject({ http_status: String(status), error_code: code });
  expect(typeof body["title"]).toBe("string");
  expect(typeof body["description"]).toBe("string");
  expect(body).not.toHaveProperty("error");
  return body;
}

beforeAll(async () => {
  fixture = await openApiFixture("espial-taxii-errors-", {
    token: TOKEN,
    allowedHosts: ["127.0.0.1", "localhost"],
    clock: () => new Date("2026-05-04T10:00:00Z"),
  });
  ({ store, deps } = fixture);
}, 120_000);

afterAll(async () => {
  await fixture.close();
});

describe("TAXII answers to the app's own refusals", () => {
  it("answers a Host the loopback server does not serve with a TAXII 403", async () => {
    const app = createApp(deps);
    const res = await app.request("http://rebound.example/taxii2/", { headers: { accept: MEDIA } });
    const body = await expectTaxiiError(res, 403, "forbidden");
    expect(body["description"]).toMatch(/rebound\.example/);
    // /api keeps its own shape for the same refusal.
    const api = await app.request("http://rebound.example/api/actors");
    expect(api.status).toBe(403);
    expect(errorBodySchema.parse(await api.json()).error.code).toBe("forbidden");
  });

  it("answers a read without credentials beyond loopback with a TAXII 401 and WWW-Authenticate", async () => {
    const app = createApp({ ...deps, allowedHosts: null, openReads: false });
    const res = await app.request("/taxii2/espial/collections/", { headers: { accept: MEDIA } });
    await expectTaxiiError(res, 401, "unauthorized");
    expect(res.headers.get("www-authenticate")).toMatch(/Basic/);
    const ok = await app.request("/taxii2/espial/collections/", {
      headers: { accept: MEDIA, authorization: `Bearer ${TOKEN}` },
    });
    expect(ok.status).toBe(200);
  });

  it("answers past the rate limit with a TAXII 429 and Retry-After", async () => {
    const rateLimit = { rateLimitPerMinute: 1, rateLimitBurst: 1, rateLimitExemptTokens: [] };
    const app = createApp({ ...deps, rateLimit });
    expect((await app.request("/taxii2/", { headers: { accept: MEDIA } })).status).toBe(200);
    const res = await app.request("/taxii2/", { headers: { accept: MEDIA } });
    await expectTaxiiError(res, 429, "rate-limited");
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("answers a POST over the body limit with a TAXII 413, declared or not", async () => {
    const app = createApp({ ...deps, limits: { ...deps.limits, maxReportBytes: 256 } });
    const envelope = JSON.stringify({ objects: [{ type: "note", id: "x", content: "y".repeat(1000) }] });
    const headers = { accept: MEDIA, "content-type": MEDIA, authorization: `Bearer ${TOKEN}` };
    const declared = await app.request(INBOX, {
      method: "POST",
      body: envelope,
      headers: { ...headers, "content-length": String(envelope.length) },
    });
    await expectTaxiiError(declared, 413, "too-large");
    const stream = new Blob([envelope]).stream();
    const streamed = await app.request(INBOX, { method: "POST", body: stream, headers, duplex: "half" } as RequestInit);
    await expectTaxiiError(streamed, 413, "too-large");
    expect(await store.listImportedStixObjects()).toEqual([]);
  });

  it("answers an unknown TAXII path and a refused Accept in TAXII, errors included", async () => {
    const app = createApp(deps);
    await expectTaxiiError(await app.request("/taxii2/nowhere", { headers: { accept: MEDIA } }), 404, "not-found");
    await expectTaxiiError(await app.request("/taxii2/", { headers: { accept: "text/html" } }), 406, "not-acceptable");
  });
});
