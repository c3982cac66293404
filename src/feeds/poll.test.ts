// Feed polling against a real local HTTP server and a real embedded store: conditional GET, per-feed
// defaults carried into the stored reports and into fact confidence, items deduplicated by guid and link,
// exponential backoff on errors, hostile feeds, and the poller's clean stop.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pipelineDeps } from "../compose.ts";
import { loadConfig } from "../config/index.ts";
import { defaultLimits } from "../config/limits.ts";
import { createGuardedFetch, type GuardedFetch } from "../net/guarded-fetch.ts";
import { createPgliteStore } from "../store/pglite/index.ts";
import type { Store } from "../store/store.ts";
import { tempDir } from "../../test/helpers.ts";
import { pollFeed, startFeedPoller, type PollDeps } from "./index.ts";

const MINUTE = 60_000;

interface Item {
  readonly guid: string;
  readonly link: string;
  readonly text: string;
}

const item = (n: number, text?: string): Item => ({
  guid: `urn:desk:${n}`,
  link: `https://desk.example/story-${n}`,
  text:
    text ??
    `Story ${n}: a regional court in the test country heard evidence on the ${n}th day of a long trial about stolen design files.`,
});

function rss(items: readonly Item[]): string {
  const body = items
    .map(
      (i) =>
        `<item><title>Story</title><link>${i.link}</link><guid>${i.guid}</guid><description>${i.text}</description></item>`,
    )
    .join("");
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Test desk</title>${body}</channel></rss>`;
}

/** What the server answers on /feed: its items, validators, or a failure. */
let feed = { items: [item(1), item(2)], etag: '"v1"', lastModified: "Mon, 23 Nov 2026 10:00:00 GMT", fail: false };
const requests: IncomingMessage["headers"][] = [];
let server: Server;
let base = "";

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    if (url.pathname === "/feed") {
      requests.push(req.headers);
      if (feed.fail) return res.writeHead(500, "Internal Server Error").end();
      if (req.headers["if-none-match"] === feed.etag) return res.writeHead(304).end();
      return res
        .writeHead(200, { "content-type": "application/rss+xml", etag: feed.etag, "last-modified": feed.lastModified })
        .end(rss(feed.items));
    }
    if (url.pathname === "/bomb") {
      const lol = `<!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? "" : i};`.repeat(10)}">`).join("")}]>`;
      return res
        .writeHead(200, { "content-type": "application/rss+xml" })
        .end(
          `<?xml version="1.0"?>${lol}<rss version="2.0"><channel><item><description>&lol9;</description></item></channel></rss>`,
        );
    }
    if (url.pathname === "/huge") {
      // 100,000 items, streamed: the poll must keep maxFeedItems of them and say so.
      res.writeHead(200, { "content-type": "application/rss+xml" });
      res.write(`<?xml version="1.0"?><rss version="2.0"><channel><title>Flood</title>`);
      for (let i = 0; i < 100_000; i += 1_000) {
        const items = Array.from({ length: 1_000 }, (_, k) =>
          item(i + k, `Flood item ${i + k} of a feed that never ends.`),
        );
        res.write(
          rss(items)
            .replace(/^.*?<title>Test desk<\/title>/s, "")
            .replace("</channel></rss>", ""),
        );
      }
      return res.end("</channel></rss>");
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

let work: Awaited<ReturnType<typeof tempDir>>;
let store: Store;
let client: GuardedFetch;
let now = new Date("2026-11-23T12:00:00.000Z");

beforeAll(async () => {
  work = await tempDir("espial-feeds-");
  store = await createPgliteStore({ dir: work.dir });
  client = createGuardedFetch({ allowPrivate: true });
}, 120_000);

afterAll(async () => {
  await store.close();
  await client.close();
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await work.cleanup();
});

function deps(overrides: Partial<PollDeps> = {}): PollDeps {
  return {
    store,
    fetch: client,
    pipeline: pipelineDeps(loadConfig({ env: {} })),
    limits: defaultLimits(),
    maxBackoffMs: 60 * MINUTE,
    allowPrivate: true,
    clock: () => now,
    ...overrides,
  };
}

async function feedNamed(url: string) {
  const found = await store.getFeed(url);
  if (!found) throw new Error(`no feed ${url}`);
  return found;
}

describe("pollFeed", () => {
  it("stores new items with the feed's TLP and source kind, then asks conditionally and gets 304", async () => {
    const { feed: added, created } = await store.addFeed({
      url: `${base}/feed`,
      tlp: "amber",
      sourceKind: "government",
      everyMs: 15 * MINUTE,
    });
    expect(created).toBe(true);
    expect(await store.dueFeeds(new Date(Date.now() + 1000))).toHaveLength(1);
    const first = await pollFeed(added, deps());
    expect(first).toMatchObject({ status: "fetched", stored: 2, seen: 0, error: null });
    expect(requests.at(-1)?.["if-none-match"]).toBeUndefined();
    const reports = (await store.listReports()).map((r) => r.id);
    expect(reports).toHaveLength(2);
    for (const id of reports)
      expect((await store.getReport(id))?.source).toMatchObject({ tlp: "amber", kind: "government" });

    const state = await feedNamed(`${base}/feed`);
    expect(state).toMatchObject({
      etag: '"v1"',
      lastModified: feed.lastModified,
      itemsStored: 2,
      lastStatus: "fetched",
    });
    expect(state.nextPollAt).toBe("2026-11-23T12:15:00.000Z");

    now = new Date("2026-11-23T12:15:00.000Z");
    const second = await pollFeed(state, deps());
    expect(second).toMatchObject({ status: "not-modified", stored: 0 });
    expect(requests.at(-1)).toMatchObject({ "if-none-match": '"v1"', "if-modified-since": feed.lastModified });
    expect((await feedNamed(`${base}/feed`)).etag).toBe('"v1"'); // kept across a 304
  });

  it("reads only items it has not seen, by guid or by link", async () => {
    const relinked = { ...item(1), link: "https://desk.example/moved" }; // same guid, new link
    const reguided = { ...item(2), guid: "urn:desk:renamed" }; // same link, new guid
    feed = { ...feed, items: [item(3), relinked, reguided], etag: '"v2"' };
    const poll = await pollFeed(await feedNamed(`${base}/feed`), deps());
    expect(poll).toMatchObject({ status: "fetched", stored: 1, seen: 2 });
    expect((await store.listReports()).length).toBe(3);
    expect((await feedNamed(`${base}/feed`)).itemsStored).toBe(3);
  });

  it("backs off exponentially on errors, up to maxBackoffMs, and resets after a success", async () => {
    feed = { ...feed, fail: true };
    const waits: number[] = [];
    for (let i = 0; i < 4; i++) {
      const poll = await pollFeed(await feedNamed(`${base}/feed`), deps());
      expect(poll.status).toBe("error");
      expect(poll.error).toBe(`HTTP 500 Internal Server Error from ${base}/feed`);
      waits.push((poll.nextPollAt.getTime() - now.getTime()) / MINUTE);
    }
    expect(waits).toEqual([30, 60, 60, 60]); // 15 min × 2, × 4 capped at 60 min
    expect((await feedNamed(`${base}/feed`)).consecutiveErrors).toBe(4);
    expect(await store.dueFeeds(now)).toHaveLength(0);
    feed = { ...feed, fail: false, etag: '"v3"' };
    const back = await pollFeed(await feedNamed(`${base}/feed`), deps());
    expect(back).toMatchObject({ status: "fetched", stored: 0, seen: 3 });
    expect(await feedNamed(`${base}/feed`)).toMatchObject({ consecutiveErrors: 0, lastError: null, etag: '"v3"' });
  });

  it("refuses a billion-laughs feed as an error, storing nothing", async () => {
    const { feed: bomb } = await store.addFeed({
      url: `${base}/bomb`,
      tlp: "clear",
      sourceKind: "press",
      everyMs: MINUTE,
    });
    const before = await store.counts();
    const poll = await pollFeed(bomb, deps());
    expect(poll.status).toBe("error");
    expect(poll.error).toMatch(/declares entities in its DOCTYPE: refused/);
    expect(await store.counts()).toEqual(before);
  });

  it("keeps maxFeedItems of a 100,000-item feed, says so, and remembers only what it stored", async () => {
    const { feed: flood } = await store.addFeed({
      url: `${base}/huge`,
      tlp: "clear",
      sourceKind: "aggregator",
      everyMs: MINUTE,
    });
    const heapBefore = process.memoryUsage().heapUsed;
    const poll = await pollFeed(flood, deps({ limits: { ...defaultLimits(), maxFeedItems: 3 } }));
    const heapGrowthMiB = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
    expect(poll).toMatchObject({ status: "fetched", stored: 3 });
    expect(poll.skipped).toEqual([
      `${base}/huge: feed holds 100000 items: read the first 3, skipped 99997 (over the limit maxFeedItems = 3)`,
    ]);
    expect(heapGrowthMiB).toBeLessThan(200);
    expect(await store.seenFeedItems(flood.id, ["guid:urn:desk:0", "guid:urn:desk:2", "guid:urn:desk:3"])).toEqual(
      new Set(["guid:urn:desk:0", "guid:urn:desk:2"]),
    );
    expect((await feedNamed(`${base}/huge`)).itemsStored).toBe(3);
  });

  it("refuses a feed on a loopback address without allowPrivate, as an error of that feed", async () => {
    const { feed: local } = await store.addFeed({
      url: `${base}/feed?private`,
      tlp: "clear",
      sourceKind: "press",
      everyMs: MINUTE,
    });
    const poll = await pollFeed(local, deps({ allowPrivate: false }));
    expect(poll.status).toBe("error");
    expect(poll.error).toMatch(/127\.0\.0\.1 is a loopback address/);
  });
});

describe("startFeedPoller", () => {
  it("polls what is due in the background and stops at once when asked", async () => {
    await store.removeFeed(`${base}/bomb`);
    await store.removeFeed(`${base}/huge`);
    await store.removeFeed(`${base}/feed?private`);
    feed = { ...feed, items: [item(7)], etag: '"v7"' };
    const polled: string[] = [];
    now = new Date("2030-01-01T00:00:00.000Z"); // every feed is due
    const poller = startFeedPoller({
      ...deps(),
      idleMs: 60_000,
      onPoll: (s) => polled.push(`${s.feed.id}:${s.status}${s.error ?? ""}`),
    });
    for (let i = 0; i < 200 && polled.length === 0; i++) await new Promise((r) => setTimeout(r, 50));
    const started = Date.now();
    await poller.stop();
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(polled).toEqual([`${(await feedNamed(`${base}/feed`)).id}:fetched`]);
    expect(await store.listFeeds()).toHaveLength(1);
  });
});
