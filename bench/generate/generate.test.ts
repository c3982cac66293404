import { describe, expect, it } from "vitest";
import { createReportSource } from "../../src/core/index.ts";
import { contentHashOf } from "../../src/pipeline/fuse/index.ts";
import { segmentReport } from "../../src/pipeline/segment/index.ts";
import { generateCorpus, pairKey } from "./index.ts";
import { restyleQuotes } from "./mutate.ts";

const corpus = generateCorpus({ documents: 400, seed: 42 });
const byId = new Map(corpus.documents.map((d) => [d.id, d]));
const body = (id: string) => byId.get(id)?.paragraphs.join("\n\n") ?? "";

describe("generateCorpus", () => {
  it("is deterministic for a seed and differs across seeds", () => {
    expect(generateCorpus({ documents: 50, seed: 42 })).toEqual(generateCorpus({ documents: 50, seed: 42 }));
    expect(generateCorpus({ documents: 50, seed: 43 }).documents[0]?.text).not.toBe(corpus.documents[0]?.text);
  });

  it("plants every kind of copy, with its truth", () => {
    const roles = new Set(corpus.documents.map((d) => d.role));
    expect([...roles].sort()).toEqual(["copier", "exact-duplicate", "near-duplicate", "original"]);
    expect(corpus.truth.exactPairs.length).toBeGreaterThan(10);
    expect(corpus.truth.nearPairs.length).toBeGreaterThan(10);
    expect(corpus.truth.copiedParagraphs.length).toBeGreaterThan(20);
  });

  it("writes reports that segment into the paragraphs it planted, under a header with the date", () => {
    for (const doc of corpus.documents.slice(0, 100)) {
      const report = segmentReport({ source: createReportSource({ origin: doc.id }), text: doc.text });
      expect(report.paragraphs.map((p) => doc.text.slice(p.start, p.end))).toEqual(doc.paragraphs);
      expect(doc.text).toContain(`Date: ${doc.published}`);
    }
  });

  it("makes exact duplicates equal once folded, and near duplicates different but close", () => {
    for (const pair of corpus.truth.exactPairs) {
      const [a = "", b = ""] = pair.split("|");
      expect(contentHashOf(body(a))).toBe(contentHashOf(body(b)));
    }
    for (const pair of corpus.truth.nearPairs) {
      const [a = "", b = ""] = pair.split("|");
      expect(contentHashOf(body(a))).not.toBe(contentHashOf(body(b)));
    }
  });

  it("names the earlier report as the source of each copied paragraph", () => {
    for (const c of corpus.truth.copiedParagraphs) {
      const copy = byId.get(c.report);
      const source = byId.get(c.source);
      expect(copy && source && source.published < copy.published).toBe(true);
      expect(corpus.truth.exactPairs).not.toContain(pairKey(c.report, c.source));
    }
  });

  it("delivers some copies before their sources", () => {
    const seq = new Map(corpus.documents.map((d, i) => [d.id, i]));
    const early = corpus.truth.copiedParagraphs.filter((c) => (seq.get(c.report) ?? 0) < (seq.get(c.source) ?? 0));
    expect(early.length).toBeGreaterThan(0);
  });
});

describe("restyleQuotes", () => {
  it("changes only the quote marks", () => {
    const curly = "“We will act,” the minister’s spokesperson said.";
    const straight = restyleQuotes(curly);
    expect(straight).toBe(`"We will act," the minister's spokesperson said.`);
    expect(restyleQuotes(straight)).toBe(curly);
  });
});
