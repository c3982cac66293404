// POST /api/ingest/url against a real local HTTP server, a real embedded store and the real guarded fetch:
// loopback refused (and never contacted) by default, fetched and ingested when private addresses are
// allowed (a page, a feed of two items), a failing source a 502, and writes without a token a 401.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openFetch } from "../../compose.ts";
import { openApiFixture } from "../../../test/api-fixture.ts";
import { createApp } from "../app.ts";
import type { ApiApp, ApiDeps } from "../deps.ts";
import { errorBodySchema } from "../errors.ts";
import { ingestUrlResponseSchema } from "./schema.ts";

const TOKEN = "ingest-url-test-token-42";

const PAGE = `<!doctype html><html><head><title>Ports breached by a known crew</title></head><body><article>
<h1>Ports breached by a known crew</h1>
<p>Investigators said on Tuesday, 4 June 2024, that APT10 broke into port operators in Portugal last spring.</p>
<p>The intrusions were traced through a managed service provider, the investigators added.</p></article></body></html>`;

const FEED = `<?xml version="1.0"?><rss version="2.0"><channel><title>Lab wire</title>
<item><title>Crew seen at shipyards</title><link>https://wire.example/1</link><guid>lab-1</guid>
<description>Researchers said APT28 targeted shipyards in Norway in a campaign reported on 2 May 2024.</description></item>
<item><title>Customs agency warns</title><link>https://wire.example/2</link><guid>lab-2</guid>
<description>The customs agency of Chile said Turla hackers broke into its mail servers in April 2024.</description></item>
</channel></rss>`;

let server: Server;
let origin = "";
let hits = 0;
let cleanup = async () => {};
let base: ApiDeps;

const post = async (app: ApiApp, body: unknown, token: string | null = TOKEN) => {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (token) headers["authorization"] = `Bearer ${token}`;
  const res = await app.request("/api/ingest/url", { method: "POST", headers, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as unknown };
};
const errorOf = (answer: { body: unknown }) => errorBodySchema.parse(answer.body).error;
const appWith = (allowPrivate: boolean) =>
  createApp({ ...base, urlFetch: { open: () => openFetch({ allowPrivate }), allowPrivate } });

beforeAll(async () => {
  server = createServer((req, res) => {
    hits += 1;
    if (req.url === "/page") return res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(PAGE);
    if (req.url === "/feed") return res.writeHead(200, { "content-type": "application/rss+xml" }).end(FEED);
    if (req.url === "/moved") return res.writeHead(302, { location: "/page" }).end();
    res.writeHead(404, { "content-type": "text/plain" }).end("not here");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const fixture = await openApiFixture("espial-ingest-url-", {
    token: TOKEN,
    clock: () => new Date("2026-01-02T03:04:05Z"),
  });
  base = fixture.deps;
  cleanup = () => fixture.close();
}, 120_000);

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await cleanup();
});

describe("POST /api/ingest/url", () => {
  it("refuses loopback and localhost by default, without ever connecting to them", async () => {
    const app = appWith(false);
    for (const url of [`${origin}/page`, origin.replace("127.0.0.1", "localhost") + "/page"]) {
      const answer = await post(app, { url });
      expect(answer.status).toBe(403);
      expect(errorOf(answer)).toMatchObject({ code: "refused-address" });
      expect(errorOf(answer).message).toMatch(/loopback/);
    }
    expect(hits).toBe(0);
  });

  it("needs a token, an http(s) URL, and a server that fetches", async () => {
    const app = appWith(true);
    expect((await post(app, { url: `${origin}/page` }, null)).status).toBe(401);
    expect(errorOf(await post(app, { url: "file:///etc/passwd" }))).toMatchObject({ code: "bad-usage" });
    expect(errorOf(await post(app, { url: `${origin}/page`, extra: 1 }))).toMatchObject({ code: "bad-usage" });
    const none = createApp(base);
    const answer = await post(none, { url: `${origin}/page` });
    expect(answer.status).toBe(501);
    expect(hits).toBe(0);
  });

  it("fetches a page when private addresses are allowed, follows a redirect, and ingests it once", async () => {
    const app = appWith(true);
    const first = await post(app, { url: `${origin}/moved`, source_kind: "press" });
    expect(first.status).toBe(200);
    const { fetched, ingest } = ingestUrlResponseSchema.parse(first.body);
    expect(fetched).toMatchObject({ url: `${origin}/page`, content_type: "text/html; charset=utf-8" });
    expect(fetched.bytes).toBe(Buffer.byteLength(PAGE));
    expect(ingest).toMatchObject({ stored: 1, unchanged: 0 });
    expect(ingest.results[0]).toMatchObject({ status: "stored", title: "Ports breached by a known crew" });
    const again = ingestUrlResponseSchema.parse((await post(app, { url: `${origin}/page` })).body);
    expect(again.ingest).toMatchObject({ stored: 0, unchanged: 1 });
    // The report is in the store, and its claim reached the actor's profile.
    const read = await app.request("/api/actors/APT10", { headers: { authorization: `Bearer ${TOKEN}` } });
    const profile = (await read.json()) as { victim_countries: { name: string }[] };
    expect(profile.victim_countries.map((v) => v.name)).toContain("Portugal");
  });

  it("reads a feed into one report per item, and answers 502 for a source that fails", async () => {
    const app = appWith(true);
    const feed = ingestUrlResponseSchema.parse((await post(app, { url: `${origin}/feed` })).body);
    expect(feed.ingest.stored).toBe(2);
    expect(feed.ingest.results.map((r) => r.origin)).toHaveLength(2);
    const missing = await post(app, { url: `${origin}/missing` });
    expect(missing.status).toBe(502);
    expect(errorOf(missing)).toMatchObject({ code: "network" });
    expect(errorOf(missing).message).toMatch(/HTTP 404/);
  });
});
