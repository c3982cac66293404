import { describe, expect, it } from "vitest";
import type { EntityRef } from "../../core/index.ts";
import { capEvidence, evidenceTotalOf, reportsTotalOf } from "./capped-facts.ts";
import { fuseClaims, type ClaimObservation } from "./facts.ts";

const APT10: EntityRef = { kind: "actor", key: "apt10", name: "APT10" };
const MSPS: EntityRef = { kind: "sector", key: "msp", name: "managed service providers" };

/** Report n says APT10 targets MSPs in its own words (a count that differs from report to report). */
function observation(n: number, copiedFrom: string | null = null): ClaimObservation {
  const sentence = `Report ${n}: APT10 broke into ${n + 1} managed service providers.`;
  return {
    subject: APT10,
    predicate: "targets",
    object: MSPS,
    modality: { certainty: "confirmed", status: "done", negated: false, assertedBy: null },
    evidence: { start: 0, end: sentence.length, sentence },
    confidence: 0.9,
    detail: { quantity: n + 1 },
    reportId: `r${n}`,
    sourceKind: "press",
    published: `2019-01-${String(n + 1).padStart(2, "0")}`,
    copiedFrom,
  };
}

describe("capEvidence", () => {
  const [fact] = fuseClaims([...Array.from({ length: 8 }, (_, n) => observation(n)), observation(8, "r0")]);
  if (!fact) throw new Error("no fact fused");
  const capped = capEvidence(fact, 3);

  it("keeps every fused figure and the first sentences, reports and per-source lines, with the totals", () => {
    expect(capped.confidence).toBe(fact.confidence);
    expect(capped.explanation.independentSources).toBe(8);
    expect(capped.explanation.copies).toBe(1);
    expect(capped.evidence).toEqual(fact.evidence.slice(0, 3));
    expect(capped.reports).toEqual(["r0", "r1", "r2"]);
    expect([evidenceTotalOf(capped), reportsTotalOf(capped)]).toEqual([9, 9]);
    const sources = capped.explanation.components.filter((c) => c.factor.startsWith("source "));
    expect(sources).toHaveLength(3);
    expect(capped.explanation.components.filter((c) => !c.factor.startsWith("source "))).toEqual(
      fact.explanation.components.filter((c) => !c.factor.startsWith("source ")),
    );
    for (const conflict of capped.conflicts) expect(conflict.sources.length).toBeLessThanOrEqual(3);
    expect(capped.conflicts.map((c) => c.field)).toEqual(fact.conflicts.map((c) => c.field));
  });

  it("counts an uncapped fact's own lists, and capping twice keeps the first totals", () => {
    expect([evidenceTotalOf(fact), reportsTotalOf(fact)]).toEqual([9, 9]);
    const again = capEvidence(capped, 1);
    expect([again.evidence.length, evidenceTotalOf(again), reportsTotalOf(again)]).toEqual([1, 9, 9]);
  });
});
