// Property-based tests (fast-check) of the readers: on arbitrary markup-shaped input — tags, entities, CDATA,
// DOCTYPEs, feed elements, JSON fragments, arbitrary Unicode — each reader returns outcomes or throws only an
// EspialError, a rejection always carries an EspialError with a closed code, and readInput never needs its
// last-guard conversion of a library failure.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultLimits } from "../../config/limits.ts";
import { ERROR_CODES, EspialError } from "../../core/index.ts";
import { readFeed } from "./feed.ts";
import { readHtml } from "./html.ts";
import { readInput, type Reader, type ReadOutcome } from "./index.ts";
import { readJson } from "./stix-sniff.ts";
import { readText } from "./text.ts";

const options = {
  limits: { ...defaultLimits(), maxHtmlDepth: 16, maxFeedItems: 5 },
  defaults: { kind: "press", tlp: "clear" },
} as const;
const input = { bytes: new Uint8Array(0), origin: "property" };

const markup = fc.constantFrom(
  "<",
  ">",
  "</",
  "/>",
  "<p>",
  "</p>",
  "<div>",
  "</div>",
  "<br>",
  "<script>",
  "</script>",
  "<style>",
  '<a href="x">',
  "<img src=x onerror=y>",
  "<html>",
  "<body>",
  "<article>",
  "<table><tr><td>",
  "<!--",
  "-->",
  "<!DOCTYPE html>",
  "<![CDATA[",
  "]]>",
  '<?xml version="1.0"?>',
  '<rss version="2.0">',
  "<channel>",
  "<item>",
  "</item>",
  "<title>",
  "</title>",
  "<description>",
  "</description>",
  "<link>",
  "<pubDate>",
  '<feed xmlns="http://www.w3.org/2005/Atom">',
  "<entry>",
  '<content type="html">',
  '<!DOCTYPE rss [<!ENTITY a "b">]>',
  '<!ENTITY x SYSTEM "file:///etc/passwd">',
  "&amp;",
  "&lt;",
  "&#0;",
  "&#x110000;",
  "&#xD800;",
  "&a;",
  "&",
  '"',
  "'",
  "=",
  "{",
  "}",
  "[",
  "]",
  ":",
  ",",
  '"type"',
  '"bundle"',
  '"objects"',
  "APT28 hacked a ministry.",
  "Stone Panda",
  " ",
  "\n",
  "\n\n",
  "2024-02-30",
  "Mon, 99 Foo 2024",
);
const piece = fc.oneof(
  { weight: 6, arbitrary: markup },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 4 }) },
);
const document = fc.array(piece, { maxLength: 80 }).map((parts) => parts.join(""));
const RUNS = { numRuns: 300, seed: 12 };

function checkOutcomes(outcomes: readonly ReadOutcome[]): void {
  for (const o of outcomes) {
    if (o.status === "rejected") {
      expect(o.error).toBeInstanceOf(EspialError);
      expect(ERROR_CODES).toContain(o.error.code);
      expect(o.error.message).not.toMatch(/^could not read this input/);
    }
    if (o.status === "read") expect(typeof o.report.text).toBe("string");
  }
}

function neverThrowsButEspialError(reader: Reader, text: string): void {
  try {
    checkOutcomes(reader(text, input, options));
  } catch (error) {
    if (!(error instanceof EspialError)) throw error;
  }
}

describe("the readers on arbitrary markup", () => {
  it.each([
    ["readFeed", readFeed],
    ["readHtml", readHtml],
    ["readText", readText],
    ["readJson", readJson],
  ] as const)("%s returns outcomes or throws only an EspialError", (_, reader) => {
    fc.assert(
      fc.property(document, (text) => neverThrowsButEspialError(reader, text)),
      RUNS,
    );
  });

  it("readInput never throws and never falls back on its last guard, whatever the bytes and content type", () => {
    const contentType = fc.constantFrom(
      null,
      "text/html",
      "application/rss+xml",
      "application/atom+xml",
      "application/json",
      "text/plain; charset=windows-1252",
      "text/xml",
    );
    fc.assert(
      fc.property(
        document,
        contentType,
        fc.constantFrom("a.txt", "a.html", "a.xml", "a.json", "stdin"),
        (text, type, origin) => {
          checkOutcomes(readInput({ bytes: new TextEncoder().encode(text), origin, contentType: type }, options));
        },
      ),
      RUNS,
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 256 }), contentType, (bytes, type) => {
        checkOutcomes(readInput({ bytes, origin: "bytes", contentType: type }, options));
      }),
      RUNS,
    );
  });
});
