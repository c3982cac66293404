import { describe, expect, it } from "vitest";
import { benchFusion } from "./fusion.ts";

describe("benchFusion", () => {
  it("finds planted duplicates, near duplicates and copied paragraphs in 1,000 generated reports", () => {
    const result = benchFusion({ documents: 1000, seed: 7 });
    expect(result.documents).toBe(1000);
    for (const figure of [
      "duplicate_precision",
      "duplicate_recall",
      "near_duplicate_precision",
      "near_duplicate_recall",
      "copied_paragraph_precision",
      "copied_paragraph_recall",
    ] as const) {
      expect(result[figure], figure).toBeGreaterThanOrEqual(0.95);
    }
  });
});
