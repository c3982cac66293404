// A smoke test of --serve-memory on the embedded store: the server starts, answers an actor page, and its
// memory is read from /proc. How much memory is never asserted (the bench reports it).
import { describe, expect, it } from "vitest";
import { measurePglite } from "./serve-memory.ts";

describe("npm run bench -- --serve-memory", () => {
  it("starts espial serve on a fresh embedded store and reads its RSS idle and after one actor page", async () => {
    const figure = await measurePglite(0);
    expect(figure.store).toBe("pglite");
    expect(figure.page_status).toBe(200);
    expect(figure.idle_rss_mb).toBeGreaterThan(0);
    expect(figure.after_page_rss_mb).toBeGreaterThan(0);
    expect(figure.children_rss_mb).toBeGreaterThanOrEqual(0);
    expect(figure.postgres_backends_rss_mb).toBeNull();
  }, 120_000);
});
