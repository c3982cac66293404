// The suite every reader passes (text, HTML, feed, JSON). A reader's test file calls describeReaderContract
// with the reader and a sample it can read.
import { describe, expect, it } from "vitest";
import { defaultLimits } from "../../config/limits.ts";
import type { Reader, ReadOptions } from "./outcome.ts";

export interface ReaderSample {
  readonly text: string;
  readonly origin: string;
  /** What the sample gives: reports (the default) or a STIX bundle. */
  readonly gives?: "read" | "stix";
}

const options: ReadOptions = { limits: defaultLimits(), defaults: { kind: "government", tlp: "amber+strict" } };
const FRAGMENTS = [
  "<",
  ">",
  "<div>",
  "</p>",
  "<!DOCTYPE x [",
  "<!ENTITY a 'b'>",
  "]>",
  "<rss>",
  "<item>",
  "<entry>",
  "{",
  "[",
  '"',
  "&amp;",
  "&#0;",
  "&#x110000;",
  "<![CDATA[",
  "]]>",
  "é",
  "\n",
  "\u0000",
];

/** Declares the contract tests of one reader. */
export function describeReaderContract(name: string, reader: Reader, sample: ReaderSample): void {
  describe(`${name} reader contract`, () => {
    const input = { bytes: new Uint8Array(0), origin: sample.origin };

    it("reads its sample into frozen outcomes; reports have text, an origin and the default kind and TLP", () => {
      const outcomes = reader(sample.text, input, options);
      expect(outcomes.every((o) => Object.isFrozen(o))).toBe(true);
      if (sample.gives === "stix") {
        expect(outcomes).toMatchObject([{ status: "stix", origin: sample.origin }]);
        return;
      }
      const reports = outcomes.flatMap((o) => (o.status === "read" ? [o.report] : []));
      expect(reports.length).toBeGreaterThan(0);
      for (const report of reports) {
        expect(Object.isFrozen(report) && Object.isFrozen(report.source)).toBe(true);
        expect(report.text.trim()).not.toBe("");
        expect(report.source.origin).not.toBe("");
        expect(report.source).toMatchObject({ kind: "government", tlp: "amber+strict" });
      }
    });

    it("is pure: the same input gives the same outcomes", () => {
      expect(JSON.stringify(reader(sample.text, input, options))).toBe(
        JSON.stringify(reader(sample.text, input, options)),
      );
    });

    it("never throws and always answers, whatever the text", () => {
      let seed = 7;
      const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
      for (let i = 0; i < 200; i++) {
        const pieces = Array.from(
          { length: 1 + Math.floor(random() * 40) },
          () => FRAGMENTS[Math.floor(random() * FRAGMENTS.length)],
        );
        const text =
          i % 2 ? sample.text.slice(0, Math.floor(random() * sample.text.length)) + pieces.join("") : pieces.join("");
        expect(reader(text, input, options).length).toBeGreaterThan(0);
      }
    });
  });
}
