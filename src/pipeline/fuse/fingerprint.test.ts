import { describe, expect, it } from "vitest";
import { createReportSource } from "../../core/index.ts";
import { segmentReport } from "../segment/index.ts";
import { allBandKeys, bandKeysOf } from "./band-keys.ts";
import { fingerprintReport } from "./fingerprint.ts";
import { parseFingerprint, serialiseFingerprint } from "./fingerprint-schema.ts";
import { FUSE_DEFAULTS } from "./options.ts";
import { contentHashOf } from "./text-hash.ts";

const TEXT = `Prosecutors charge two over cloud hopping campaign

Source: Example Wire
Date: 2018-12-20

Federal prosecutors on Thursday charged two men they say worked for China’s Ministry of State Security in a long campaign against technology companies.

Known to researchers as “APT10” and “Stone Panda,” the group reached managed service providers and, through them, their clients in a dozen countries.

No comment.
`;

const segmented = (text: string) => segmentReport({ source: createReportSource({ origin: "test" }), text });

describe("contentHashOf", () => {
  it("ignores quote styles, dashes and spacing, not words", () => {
    const a = contentHashOf("Known as “APT10” — the group’s name.");
    expect(contentHashOf('Known as  "APT10" - the group\'s name.\n')).toBe(a);
    expect(contentHashOf("Known as APT11 - the group's name.")).not.toBe(a);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("fingerprintReport", () => {
  const fingerprint = fingerprintReport(segmented(TEXT));

  it("keeps a span into the original text for every paragraph and sentence", () => {
    expect(fingerprint.paragraphs).toHaveLength(3);
    const second = fingerprint.paragraphs[1];
    expect(TEXT.slice(second?.span.start, second?.span.end)).toMatch(/^Known to researchers.*countries\.$/);
    for (const s of fingerprint.sentences)
      expect(TEXT.slice(s.span.start, s.span.end).trim().length).toBeGreaterThan(0);
  });

  it("hashes paragraphs the same whatever their quote marks, and leaves short sentences unhashed", () => {
    const straight = fingerprintReport(segmented(TEXT.replace(/[“”]/g, '"').replace(/’/g, "'")));
    expect(straight.paragraphs.map((p) => p.hash)).toEqual(fingerprint.paragraphs.map((p) => p.hash));
    expect(straight.contentHash).toBe(fingerprint.contentHash);
    expect(fingerprint.sentences.at(-1)?.hash).toBe(0);
  });

  it("gives a body hash that does not depend on the header", () => {
    const other = fingerprintReport(segmented(TEXT.replace("Example Wire", "Another Outlet")));
    expect(other.contentHash).not.toBe(fingerprint.contentHash);
    expect(other.bodyHash).toBe(fingerprint.bodyHash);
  });

  it("survives a round trip through JSON", () => {
    const stored = JSON.parse(JSON.stringify(serialiseFingerprint(fingerprint))) as unknown;
    expect(parseFingerprint(stored)).toEqual(fingerprint);
  });

  it("refuses a malformed stored fingerprint", () => {
    expect(() => parseFingerprint({ version: 2 })).toThrow(/fingerprint/);
  });

  it("names its band keys as strings a store can index", () => {
    const keys = bandKeysOf(fingerprint);
    expect(keys.exact[0]).toMatch(/^h:[0-9a-f]{64}$/);
    expect(keys.document).toHaveLength(FUSE_DEFAULTS.documentBands.bands);
    expect(keys.document[0]).toMatch(/^d:0:[0-9a-z]+$/);
    expect(keys.paragraphs[2]).toEqual([]);
    const last = FUSE_DEFAULTS.paragraphBands.bands - 1;
    expect(keys.paragraphs[0]).toHaveLength(FUSE_DEFAULTS.paragraphBands.bands);
    expect(keys.paragraphs[0]?.[last]).toMatch(new RegExp(`^p:${last}:`));
    expect(keys.sentences[0]).toMatch(/^s:[0-9a-z]+$/);
    expect(new Set(allBandKeys(fingerprint)).size).toBe(allBandKeys(fingerprint).length);
  });
});
