// Property-based tests (fast-check) of normalise and segment on arbitrary text: normalising keeps a map back to
// the original offsets, and segmenting covers every visible character of the body with ordered sentences that
// lie inside their paragraphs.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createReportSource } from "../../core/index.ts";
import { normaliseText } from "../normalise/index.ts";
import { segmentReport } from "./index.ts";

const piece = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom("APT10", "hackers", "the U.S.", "Dr. Li", "4.5", "said", "e.g.", "Mr.", "No."),
  },
  { weight: 4, arbitrary: fc.constantFrom(" ", ". ", "! ", "? ", "\n", "\n\n", "\r\n", "\t", "  • ", "1. ", "...") },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      "“",
      "”",
      "’",
      "–",
      "—",
      "\u00a0",
      "\u200b",
      "\ufeff",
      "\u00ad",
      "ﬁ",
      "Ⅻ",
      "①",
      "ｱ",
      "é",
      "é",
    ),
  },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 5 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)) },
);
const text = fc.array(piece, { maxLength: 80 }).map((parts) => parts.join(""));
const RUNS = { numRuns: 500, seed: 11 };

describe("normaliseText on arbitrary text", () => {
  it("maps every normalised offset back into the original, in order, and spans to the characters they came from", () => {
    fc.assert(
      fc.property(text, (original) => {
        const n = normaliseText(original);
        let previous = 0;
        for (let i = 0; i <= n.text.length; i++) {
          const o = n.toOriginal(i);
          expect(o).toBeGreaterThanOrEqual(previous);
          expect(o).toBeLessThanOrEqual(original.length);
          previous = o;
        }
        expect(n.toOriginal(n.text.length)).toBe(original.length);
        for (let i = 0; i < n.text.length; i++) {
          const span = n.toOriginalSpan(i, i + 1);
          expect(span.start).toBeLessThan(span.end);
          // The original characters of a normalised one normalise to text that holds it.
          expect(normaliseText(original.slice(span.start, span.end)).text).toContain(n.text[i]);
        }
      }),
      RUNS,
    );
  });

  it("keeps ASCII text (bar tabs and backticks) exactly, with offsets unchanged", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "binary-ascii" }).filter((s) => !/[\t`]/.test(s)),
        (ascii) => {
          const n = normaliseText(ascii);
          expect(n.text).toBe(ascii);
          expect(n.toOriginal(ascii.length >> 1)).toBe(ascii.length >> 1);
        },
      ),
      RUNS,
    );
  });
});

describe("segmentReport on arbitrary text", () => {
  it("covers every visible character of the body with ordered sentences inside their paragraphs", () => {
    fc.assert(
      fc.property(text, (t) => {
        const r = segmentReport({ source: createReportSource({ origin: "property" }), text: t });
        let end = r.body.start;
        for (const p of r.paragraphs) {
          expect(p.start).toBeGreaterThanOrEqual(end);
          expect(p.end).toBeGreaterThan(p.start);
          end = p.end;
        }
        expect(end).toBeLessThanOrEqual(t.length);
        let last = r.body.start;
        const covered = new Uint8Array(t.length);
        for (const s of r.sentences) {
          const p = r.paragraphs[s.paragraph];
          expect(p).toBeDefined();
          expect(s.start).toBeGreaterThanOrEqual(Math.max(last, p?.start ?? 0));
          expect(s.end).toBeLessThanOrEqual(p?.end ?? 0);
          expect(s.end).toBeGreaterThan(s.start);
          covered.fill(1, s.start, s.end);
          last = s.end;
        }
        for (let i = r.body.start; i < t.length; i++) {
          if (!/\s/.test(t[i] ?? ""))
            expect(covered[i], `offset ${i} (${JSON.stringify(t[i])}) of ${JSON.stringify(t)}`).toBe(1);
        }
      }),
      RUNS,
    );
  });
});
