import { describe, expect, it } from "vitest";
import { createReportSource } from "../../core/index.ts";
import { segmentReport } from "../segment/index.ts";
import { findVictimSectors } from "./sectors.ts";
import { readVictimSentences } from "./victims-zones.ts";

const names = (text: string) =>
  findVictimSectors(readVictimSentences(segmentReport({ source: createReportSource({ origin: "test" }), text }))).map(
    (s) => s.name,
  );

describe("sectors that share one head", () => {
  it("lists each kind of a list before 'industries'", () => {
    expect(
      names("The spies targeted the shipping, chemicals, health care and semiconductor industries in Asia."),
    ).toEqual(["shipping", "chemicals", "health care", "semiconductor industries"]);
  });
  it("reads a list with a serial comma before 'sectors', and an 'and' inside the last kind", () => {
    expect(names("The crew hit firms in the banking, retail, and oil and gas sectors last year.")).toEqual([
      "banking",
      "retail",
      "oil and gas sectors",
    ]);
  });
  it("does not make kinds of ownership words", () => {
    expect(names("The group has attacked organizations in the private and public sectors of Europe.")).not.toContain(
      "private",
    );
  });
});
