// The feed part of the store on a real PostgreSQL server (DATABASE_URL); the PGlite side is exercised by
// src/feeds/poll.test.ts. Skipped when no server answers.
import { describe, expect, it } from "vitest";
import { connectTestServer } from "../postgres/test-database.ts";

const open = await connectTestServer(process.env["DATABASE_URL"]);

describe.runIf(typeof open === "function")("feeds on PostgreSQL", () => {
  it("adds, updates, records polls with seen items, finds due feeds and removes", async () => {
    if (typeof open !== "function") return;
    const subject = await open();
    const store = subject.store;
    try {
      const url = "https://wire.example/feed.xml";
      const first = await store.addFeed({ url, tlp: "amber", sourceKind: "vendor", everyMs: 60_000 });
      const again = await store.addFeed({ url, tlp: "red", sourceKind: "press", everyMs: 120_000 });
      expect([first.created, again.created]).toEqual([true, false]);
      expect(again.feed).toMatchObject({ id: first.feed.id, tlp: "red", sourceKind: "press", everyMs: 120_000 });
      const now = new Date("2026-11-23T12:00:00.000Z");
      await store.recordFeedPoll({
        feedId: first.feed.id,
        polledAt: now,
        status: "fetched",
        etag: '"e1"',
        lastModified: null,
        error: null,
        consecutiveErrors: 0,
        nextPollAt: new Date(now.getTime() + 120_000),
        stored: 2,
        seenKeys: ["guid:1", "link:https://wire.example/1", "guid:1"],
      });
      expect(await store.seenFeedItems(first.feed.id, ["guid:1", "guid:2"])).toEqual(new Set(["guid:1"]));
      expect(await store.dueFeeds(now)).toEqual([]);
      const due = await store.dueFeeds(new Date(now.getTime() + 120_000));
      expect(due.map((f) => f.id)).toEqual([first.feed.id]);
      expect(due[0]).toMatchObject({
        etag: '"e1"',
        itemsStored: 2,
        lastStatus: "fetched",
        nextPollAt: "2026-11-23T12:02:00.000Z",
      });
      // An error keeps the validators.
      await store.recordFeedPoll({
        feedId: first.feed.id,
        polledAt: now,
        status: "error",
        error: "HTTP 503",
        consecutiveErrors: 1,
        nextPollAt: now,
        stored: 0,
        seenKeys: [],
      });
      expect(await store.getFeed(url)).toMatchObject({ etag: '"e1"', lastError: "HTTP 503", consecutiveErrors: 1 });
      expect((await store.removeFeed(first.feed.id))?.url).toBe(url);
      expect(await store.seenFeedItems(first.feed.id, ["guid:1"])).toEqual(new Set());
      expect(await store.listFeeds()).toEqual([]);
    } finally {
      await store.close();
      await subject.cleanup();
    }
  }, 60_000);
});
