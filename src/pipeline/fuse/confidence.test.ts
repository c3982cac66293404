import { describe, expect, it } from "vitest";
import { corroborate } from "./confidence.ts";

describe("corroborate", () => {
  it("writes each source's term while few agree", () => {
    expect(corroborate([0.5, 0.3, 0.5]).why).toBe("3 independent sources: 1 − (1 − 0.5) × (1 − 0.5) × (1 − 0.3)");
    expect(corroborate([]).why).toBe("0 independent sources: 1 − 1");
  });

  it("writes many equal terms as a power, so the line stays short however many sources there are", () => {
    const strengths = [...Array<number>(3700).fill(0.52), 0.4, 0.4];
    const { why, value } = corroborate(strengths);
    expect(why).toBe("3702 independent sources: 1 − (1 − 0.52)^3700 × (1 − 0.4) × (1 − 0.4)");
    expect(value).toBe(1);
  });
});
