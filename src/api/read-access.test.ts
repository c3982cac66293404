// Who may read: on a loopback server anyone; bound beyond loopback only a token holder, unless reads are
// configured open. Writes need a token either way. A real embedded store behind app.request().
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openApiFixture, type ApiFixture } from "../../test/api-fixture.ts";
import { readsAreOpen } from "../config/access.ts";
import { allowedHostsFor, createApp, type ApiDeps } from "./index.ts";

const TOKEN = "read-access-token-5e8c1b3a9d";
const TAXII = { accept: "application/taxii+json;version=2.1" };

let fixture: ApiFixture;
let deps: ApiDeps;

/** The deps of `espial serve --host HOST` with reads open or not, as serve.ts builds them. */
function served(host: string, openReads: boolean): ApiDeps {
  const loopback = allowedHostsFor(host) !== null;
  return { ...deps, allowedHosts: allowedHostsFor(host), openReads: readsAreOpen({ loopback, openReads }) };
}

const bearer = { authorization: `Bearer ${TOKEN}` };

beforeAll(async () => {
  fixture = await openApiFixture("espial-read-access-", {
    token: TOKEN,
    clock: () => new Date("2026-05-04T10:00:00Z"),
  });
  ({ deps } = fixture);
}, 120_000);

afterAll(async () => {
  await fixture.close();
});

describe("reads beyond loopback", () => {
  it("need a token when reads are not configured open: 401 without, 200 with", async () => {
    const app = createApp(served("0.0.0.0", false));
    for (const path of ["/api/actors", "/api/reports", "/api/search?q=apt"]) {
      const refused = await app.request(path);
      expect(refused.status, path).toBe(401);
      expect(refused.headers.get("www-authenticate")).toMatch(/Bearer/);
      expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("unauthorized");
      expect((await app.request(path, { headers: bearer })).status, path).toBe(200);
    }
    const wrong = await app.request("/api/actors", { headers: { authorization: "Bearer not-the-token-at-all" } });
    expect(wrong.status).toBe(401);
    const extract = await app.request("/api/extract", { method: "POST", body: "APT28 hit a parliament." });
    expect(extract.status).toBe(401);
    // The health check and the API's description hold nothing of the store.
    expect((await app.request("/api/health")).status).toBe(200);
    expect((await app.request("/api/openapi.json")).status).toBe(200);
    expect((await app.request("/taxii2/espial/collections/", { headers: TAXII })).status).toBe(401);
  });

  it("are open when configured open (ESPIAL_OPEN_READS, --open-reads), and writes still need a token", async () => {
    const app = createApp(served("0.0.0.0", true));
    expect((await app.request("/api/actors")).status).toBe(200);
    expect((await app.request("/api/reports")).status).toBe(200);
    expect((await app.request("/taxii2/espial/collections/", { headers: TAXII })).status).toBe(200);
    const write = await app.request("/api/ingest", {
      method: "POST",
      body: "APT28 hit a parliament.",
      headers: { "content-type": "text/plain" },
    });
    expect(write.status).toBe(401);
  });

  it("are open on loopback whatever the setting", async () => {
    const app = createApp(served("127.0.0.1", false));
    expect((await app.request("/api/actors")).status).toBe(200);
  });

  it("go to no one on a closed server without an authenticator (403)", async () => {
    const app = createApp({ ...served("0.0.0.0", false), auth: null });
    expect((await app.request("/api/actors")).status).toBe(403);
  });
});

describe("readsAreOpen", () => {
  it("is open on loopback, and elsewhere only when configured", () => {
    expect(readsAreOpen({ loopback: true, openReads: false })).toBe(true);
    expect(readsAreOpen({ loopback: false, openReads: false })).toBe(false);
    expect(readsAreOpen({ loopback: false, openReads: true })).toBe(true);
  });
});
