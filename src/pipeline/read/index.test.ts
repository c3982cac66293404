import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { defaultLimits } from "../../config/limits.ts";
import { readInput, type RawInput, type ReadOutcome } from "./index.ts";

const options = { limits: defaultLimits(), defaults: { kind: "press", tlp: "amber" } } as const;
const utf8 = (s: string) => new TextEncoder().encode(s);
const read = (input: Partial<RawInput> & { bytes: Uint8Array }) => readInput({ origin: "input", ...input }, options);
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
const one = (outcomes: ReadOutcome[]): ReadOutcome => {
  expect(outcomes).toHaveLength(1);
  return outcomes[0] as ReadOutcome;
};
const errorOf = (outcome: ReadOutcome) => (outcome.status === "rejected" ? outcome.error : null);

describe("readInput routes each kind of input", () => {
  it("reads a text report exactly, with the default kind and TLP", () => {
    const text = "Title line\n\nSource: Wire\nDate: 2019-01-02\n\nBody text.\n";
    const outcome = one(read({ bytes: utf8(text), origin: "r.txt" }));
    expect(outcome).toMatchObject({
      status: "read",
      report: { text, source: { kind: "press", tlp: "amber", outlet: "Wire" } },
    });
  });

  it("reads HTML by sniffing, a feed by its Content-Type, a bundle and annotations by JSON", () => {
    expect(one(read({ bytes: fixture("article.html"), origin: "https://wire.example.com/x" })).status).toBe("read");
    const feed = read({
      bytes: fixture("feed-rss.xml"),
      origin: "https://desk.example.org/feed",
      contentType: "application/rss+xml",
    });
    expect(feed.map((o) => o.status)).toEqual(["read", "read", "read", "skipped"]);
    expect(one(read({ bytes: fixture("bundle.json"), origin: "b.json" })).status).toBe("stix");
    expect(one(read({ bytes: fixture("bundle.json"), origin: "stdin" })).status).toBe("stix");
    expect(one(read({ bytes: utf8('{"actors":[]}'), origin: "x.gold.json" }))).toEqual({
      status: "skipped",
      origin: "x.gold.json",
      reason: "not a report (JSON annotations)",
    });
  });

  it("reads JSON-shaped text that is not JSON as text", () => {
    const outcome = one(read({ bytes: utf8("{Draft} notes on a campaign {see below}"), origin: "stdin" }));
    expect(outcome.status).toBe("read");
  });

  it("rejects XML that is not a feed", () => {
    const outcome = one(
      read({ bytes: utf8('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>'), origin: "a.xml" }),
    );
    expect(errorOf(outcome)?.code).toBe("unsupported");
  });
});

describe("readInput on hostile input", () => {
  it.each([
    ["empty", new Uint8Array(0), "empty-input"],
    ["whitespace", utf8(" \n\n\t "), "empty-input"],
    ["PDF", utf8("%PDF-1.7\n%âãÏÓ"), "binary-input"],
    ["NUL bytes", new Uint8Array([0x61, 0x00, 0x62]), "binary-input"],
    ["invalid UTF-8", new Uint8Array(Array.from({ length: 64 }, (_, i) => 0x80 + (i % 64))), "binary-input"],
  ])("rejects %s", (_, bytes, code) => {
    expect(errorOf(one(read({ bytes })))?.code).toBe(code);
  });

  it("reads exactly maxReportBytes and rejects one byte more", () => {
    const limits = { ...options.limits, maxReportBytes: 64 };
    expect(one(readInput({ bytes: utf8("a".repeat(64)), origin: "a" }, { ...options, limits })).status).toBe("read");
    const past = one(readInput({ bytes: utf8("a".repeat(65)), origin: "a" }, { ...options, limits }));
    expect(errorOf(past)?.message).toBe("65 bytes is too large to read: over the limit maxReportBytes = 64 bytes");
  });

  it("rejects 100 MB of text by size before decoding it", () => {
    const bytes = new Uint8Array(100 * 1024 * 1024).fill(0x41);
    const started = Date.now();
    const outcome = one(read({ bytes, origin: "huge.txt" }));
    expect(errorOf(outcome)?.code).toBe("too-large");
    expect(errorOf(outcome)?.message).toBe("100 MiB is too large to read: over the limit maxReportBytes = 20 MiB");
    expect(Date.now() - started).toBeLessThan(100);
  });

  it("reads non-English text", () => {
    const text =
      "Служба безопасности сообщила об атаке.\n\n国家支持的黑客组织被指控。\n\nالهجوم نُسب إلى مجموعة مدعومة من الدولة.";
    expect(one(read({ bytes: utf8(text) }))).toMatchObject({ status: "read", report: { text } });
  });

  it("never throws, whatever the bytes", () => {
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pieces = [
      "<",
      ">",
      "<div>",
      "</p>",
      "<!DOCTYPE",
      "<rss>",
      "<item>",
      "{",
      "[",
      '"',
      "&amp;",
      "&#x0;",
      "]]>",
      "<![CDATA[",
      "é",
      "\n",
    ];
    for (let i = 0; i < 300; i++) {
      const text = Array.from(
        { length: 1 + Math.floor(random() * 60) },
        () => pieces[Math.floor(random() * pieces.length)],
      ).join("");
      const outcomes = readInput({ bytes: utf8(text), origin: i % 2 ? "f.xml" : "f.json" }, options);
      expect(outcomes.length).toBeGreaterThan(0);
    }
  });
});
