import { describe, expect, it } from "vitest";
import { createReportSource } from "../../core/index.ts";
import { segmentReport } from "../segment/index.ts";
import { copiedFromOf, detectCopies } from "./copies.ts";
import { compareTiming } from "./earlier.ts";
import { type ClaimObservation, fuseClaims } from "./facts.ts";
import { fingerprintReport } from "./fingerprint.ts";
import { FUSE_DEFAULTS } from "./options.ts";
import { createPassageIndex, type PassageIndex } from "./passage-index.ts";

// Two short reports we wrote about the December 2018 APT10 indictment. They share two paragraphs that
// differ only in their quote marks, as syndicated copies do.
const SHARED_ONE = `Known to researchers as “APT10” and “Stone Panda,” the group broke into managed service providers and, through them, reached the networks of their clients in at least a dozen countries.`;
const SHARED_TWO = `Also expected on Thursday is a joint statement in which Britain, Australia and Japan will condemn what officials called “China’s campaign” of economic espionage.`;
const straight = (text: string) => text.replace(/[“”]/g, '"').replace(/’/g, "'");

const WIRE = `US charges two Chinese nationals in hacking case

Source: Example Wire
Date: 2018-12-20

Federal prosecutors on Thursday unsealed charges against two men they say worked with China's Ministry of State Security in a campaign that ran for more than a decade.

${SHARED_ONE}

${SHARED_TWO}

The Chinese embassy did not respond to a request for comment.
`;

const DIGEST = `Allies line up behind US on China hacking charges

Source: Example Digest
Date: 2018-12-21

A coalition of governments is set to blame Beijing for a hacking campaign against technology companies, a day after prosecutors in New York announced their case.

${straight(SHARED_ONE)}

${straight(SHARED_TWO)}

Analysts said the coordinated statements were meant to show that the accusations were not those of Washington alone.
`;

const REWRITE = WIRE.replace(
  "Federal prosecutors on Thursday unsealed charges against",
  "Prosecutors on Thursday announced charges against",
)
  .replace("did not respond to a request for comment", "declined to comment on the charges")
  .replace("Example Wire", "Example Post");

const UNRELATED = `EU sanctions Russian military intelligence officers

Source: Example Post
Date: 2020-10-22

The European Union imposed sanctions on two officers of Russia's GRU and on its unit 26165 over the 2015 intrusion into the network of the German parliament.

The measures freeze the assets of those listed and bar them from entering the bloc, officials in Brussels said on Thursday.
`;

const fingerprintOf = (text: string) =>
  fingerprintReport(segmentReport({ source: createReportSource({ origin: "test" }), text }));

function ingest(index: PassageIndex, id: string, text: string, published: string | null) {
  const fingerprint = fingerprintOf(text);
  const ingestedSeq = index.size;
  const result = detectCopies({ id, fingerprint, published, ingestedSeq }, index);
  index.add(id, fingerprint, { published, ingestedSeq });
  return result;
}

describe("detectCopies", () => {
  it("finds the paragraphs a report copied, as exact copies, with spans in both reports", () => {
    const index = createPassageIndex();
    ingest(index, "wire", WIRE, "2018-12-20");
    const result = ingest(index, "digest", DIGEST, "2018-12-21");
    expect(result.duplicateOf).toBeNull();
    expect(result.nearDuplicates).toEqual([]);
    expect(result.copiedPassages).toHaveLength(2);
    for (const passage of result.copiedPassages) {
      expect(passage).toMatchObject({ sourceReportId: "wire", copyReportId: "digest", exact: true, similarity: 1 });
      expect(straight(WIRE.slice(passage.sourceSpan.start, passage.sourceSpan.end))).toBe(
        DIGEST.slice(passage.copySpan.start, passage.copySpan.end),
      );
    }
    expect(DIGEST.slice(result.copiedPassages[0]?.span.start, result.copiedPassages[0]?.span.end)).toBe(
      straight(SHARED_ONE),
    );
  });

  it("records the earlier-published report as the source even when it is ingested second", () => {
    const index = createPassageIndex();
    ingest(index, "digest", DIGEST, "2018-12-21");
    const result = ingest(index, "wire", WIRE, "2018-12-20");
    expect(result.copiedPassages).toHaveLength(2);
    for (const passage of result.copiedPassages) {
      expect(passage).toMatchObject({ sourceReportId: "wire", copyReportId: "digest", otherReportId: "digest" });
      expect(passage.sourceSpan).toEqual(passage.span);
    }
  });

  it("breaks a tie of publication dates, or an unknown date, by ingest order", () => {
    for (const published of ["2018-12-20", null]) {
      const index = createPassageIndex();
      ingest(index, "digest", DIGEST, published);
      const result = ingest(index, "wire", WIRE, published);
      expect(result.copiedPassages.every((p) => p.sourceReportId === "digest")).toBe(true);
    }
  });

  it("calls the same body under another header an exact duplicate of the earlier report", () => {
    const index = createPassageIndex();
    ingest(index, "wire", WIRE, "2018-12-20");
    const result = ingest(index, "repost", straight(WIRE).replace("Example Wire", "Example Mirror"), "2018-12-22");
    expect(result.duplicateOf).toBe("wire");
    expect(result.duplicateKind).toBe("exact");
    expect(result.exactDuplicates).toEqual([
      { reportId: "wire", similarity: 1, exact: true, sourceReportId: "wire", copyReportId: "repost" },
    ]);
  });

  it("calls a light rewrite a near duplicate, and a report sharing two paragraphs not one", () => {
    const index = createPassageIndex();
    ingest(index, "wire", WIRE, "2018-12-20");
    ingest(index, "digest", DIGEST, "2018-12-21");
    const result = ingest(index, "rewrite", REWRITE, "2018-12-20");
    expect(result.nearDuplicates.map((m) => m.reportId)).toEqual(["wire"]);
    expect(result.nearDuplicates[0]?.similarity).toBeGreaterThan(0.5);
    expect(result.nearDuplicates[0]?.sourceReportId).toBe("wire");
    expect(result.duplicateOf).toBeNull();
  });

  it("finds nothing in an unrelated report", () => {
    const index = createPassageIndex();
    ingest(index, "wire", WIRE, "2018-12-20");
    const result = ingest(index, "eu", UNRELATED, "2020-10-22");
    expect(result).toMatchObject({ duplicateOf: null, exactDuplicates: [], nearDuplicates: [], copiedPassages: [] });
  });

  it("does not count a stock sentence many reports share as a copied passage", () => {
    const index = createPassageIndex({ ...FUSE_DEFAULTS, maxBucket: 2 });
    const stock = "The embassy of China in Washington did not respond to a request for comment on the charges.";
    const story = (n: number) =>
      `Report ${n}\n\nSource: Outlet ${n}\nDate: 2019-01-0${n}\n\nStory number ${n} tells of an intrusion at company ${n * 7} reported by investigators from agency ${n * 13} on day ${n}. ${stock}\n`;
    ingest(index, "r1", story(1), "2019-01-01");
    // Two reports sharing a long sentence: that is a copy ...
    expect(ingest(index, "r2", story(2), "2019-01-02").copiedPassages).toHaveLength(1);
    ingest(index, "r3", story(3), "2019-01-03");
    // ... but once more reports share it than a bucket holds, it is boilerplate.
    expect(ingest(index, "r4", story(4), "2019-01-04").copiedPassages).toEqual([]);
  });
});

describe("copies and corroboration together", () => {
  it("counts a claim read in both seeds-like reports once, since the digest copied the wire's paragraph", () => {
    const index = createPassageIndex();
    ingest(index, "wire", WIRE, "2018-12-20");
    const detection = ingest(index, "digest", DIGEST, "2018-12-21");
    const claimIn = (reportId: string, text: string, sourceKind: "press" | "aggregator"): ClaimObservation => {
      const start = text.indexOf("the group broke into managed service providers");
      const evidence = { start, end: start + 47, sentence: text.slice(start, start + 47) };
      const copies = reportId === "digest" ? detection.copiedPassages : [];
      return {
        subject: { kind: "actor", key: "apt10", name: "APT10" },
        predicate: "targets",
        object: { kind: "sector", key: "msp", name: "managed service providers" },
        modality: { certainty: "confirmed", status: "done", negated: false, assertedBy: null },
        evidence,
        confidence: 1,
        reportId,
        sourceKind,
        published: null,
        copiedFrom: copiedFromOf(evidence, copies, detection.duplicateOf),
      };
    };
    const [fact] = fuseClaims([claimIn("wire", WIRE, "press"), claimIn("digest", DIGEST, "aggregator")]);
    expect(fact?.evidence.map((e) => e.copiedFrom)).toEqual([null, "wire"]);
    expect(fact?.explanation).toMatchObject({ independentSources: 1, copies: 1, score: 0.65 });
  });
});

describe("copiedFromOf", () => {
  it("names the source of the copied passage holding a claim's evidence, else the duplicated report", () => {
    const copies = [{ copySpan: { start: 100, end: 200 }, sourceReportId: "wire" }];
    expect(copiedFromOf({ start: 120, end: 180 }, copies)).toBe("wire");
    expect(copiedFromOf({ start: 20, end: 80 }, copies)).toBeNull();
    expect(copiedFromOf({ start: 20, end: 80 }, copies, "original")).toBe("original");
  });
});

describe("compareTiming", () => {
  it("orders by publication date, then by ingest", () => {
    expect(
      compareTiming({ published: "2018-12-20", ingestedSeq: 5 }, { published: "2018-12-21", ingestedSeq: 1 }),
    ).toBeLessThan(0);
    expect(
      compareTiming({ published: "2018-12-20", ingestedSeq: 5 }, { published: "2018-12-20", ingestedSeq: 1 }),
    ).toBeGreaterThan(0);
    expect(
      compareTiming({ published: null, ingestedSeq: 1 }, { published: "2018-12-20", ingestedSeq: 2 }),
    ).toBeLessThan(0);
    expect(
      compareTiming({ published: "2018-12", ingestedSeq: 2 }, { published: "2018-12-20", ingestedSeq: 3 }),
    ).toBeLessThan(0);
  });
});
