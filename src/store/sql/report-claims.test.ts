import type { Kysely } from "kysely";
import { describe, expect, it } from "vitest";
import { createReportFixture } from "../report-fixture.ts";
import { toStoredExtraction, withClaims } from "./report-claims.ts";
import type { StoreDatabase } from "./schema.ts";

const report = createReportFixture({
  text: "Gorse Kitten was blamed for the intrusions. The firm said so on Monday.",
  actors: [{ key: "fx-gorse", name: "Gorse Kitten" }],
});

describe("claims kept once", () => {
  it("stores the extraction without its claims, and everything else as it is", () => {
    const stored = JSON.parse(toStoredExtraction(report.extraction)) as Record<string, unknown>;
    expect(report.extraction.claims.length).toBeGreaterThan(0);
    expect(stored).not.toHaveProperty("claims");
    expect({ ...stored, claims: report.extraction.claims }).toEqual(report.extraction);
  });

  it("reads a report stored with its claims in the JSON as it is, without asking the database", async () => {
    const untouchable = {} as Kysely<StoreDatabase>;
    const rows = [{ id: "r1", extraction: report.extraction }];
    expect(await withClaims(untouchable, rows)).toEqual(rows);
  });
});
