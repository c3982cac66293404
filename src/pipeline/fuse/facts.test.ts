import { describe, expect, it } from "vitest";
import type { Certainty, EntityRef, SourceKind, Status } from "../../core/index.ts";
import { fuseClaims, type ClaimObservation } from "./facts.ts";

const APT10: EntityRef = { kind: "actor", key: "apt10", name: "APT10" };
const MSS: EntityRef = { kind: "sponsor", key: "cn-mss", name: "Ministry of State Security" };
const MSPS: EntityRef = { kind: "sector", key: "managed-service-providers", name: "managed service providers" };

interface Options {
  reportId: string;
  sourceKind?: SourceKind;
  certainty?: Certainty;
  status?: Status;
  negated?: boolean;
  copiedFrom?: string | null;
  object?: EntityRef;
  detail?: ClaimObservation["detail"];
  sentence?: string;
}

function observe(o: Options): ClaimObservation {
  const sentence = o.sentence ?? "Prosecutors say APT10 worked on behalf of the Ministry of State Security.";
  return {
    subject: APT10,
    predicate: "attributed-to",
    object: o.object ?? MSS,
    modality: {
      certainty: o.certainty ?? "confirmed",
      status: o.status ?? "done",
      negated: o.negated ?? false,
      assertedBy: null,
    },
    evidence: { start: 0, end: sentence.length, sentence },
    confidence: 1,
    reportId: o.reportId,
    sourceKind: o.sourceKind ?? "press",
    published: "2018-12-20",
    copiedFrom: o.copiedFrom ?? null,
    ...(o.detail ? { detail: o.detail } : {}),
  };
}

const only = (facts: ReturnType<typeof fuseClaims>) => {
  expect(facts).toHaveLength(1);
  return facts[0] as (typeof facts)[number];
};

describe("fuseClaims", () => {
  it("makes one fact of one claim from several reports, with all its evidence", () => {
    const fact = only(fuseClaims([observe({ reportId: "a" }), observe({ reportId: "b" }), observe({ reportId: "c" })]));
    expect(fact.reports).toEqual(["a", "b", "c"]);
    expect(fact.evidence).toHaveLength(3);
    expect(fact.explanation.independentSources).toBe(3);
    expect(fact.id).toMatch(/^fact-[0-9a-f]{16}$/);
  });

  it("counts a report that copied another's passage as no independent source", () => {
    const fact = only(
      fuseClaims([observe({ reportId: "a" }), observe({ reportId: "b", copiedFrom: "a" }), observe({ reportId: "c" })]),
    );
    expect(fact.explanation.independentSources).toBe(2);
    expect(fact.explanation.copies).toBe(1);
    const alone = only(fuseClaims([observe({ reportId: "a" }), observe({ reportId: "c" })]));
    expect(fact.confidence).toBe(alone.confidence);
  });

  it("counts a copy cluster once, even when its origin did not yield the claim", () => {
    const fact = only(
      fuseClaims([observe({ reportId: "b", copiedFrom: "a" }), observe({ reportId: "c", copiedFrom: "b" })]),
    );
    expect(fact.explanation.independentSources).toBe(1);
    expect(fact.explanation.copies).toBe(1);
  });

  it("reproduces the seeds: a wire report and a digest that copied its paragraph are one source", () => {
    const sentence = "Known to researchers as APT10, the group broke into managed service providers.";
    const wire = observe({ reportId: "wire", object: MSPS, sentence });
    const digest = observe({
      reportId: "digest",
      object: MSPS,
      sentence,
      copiedFrom: "wire",
      sourceKind: "aggregator",
    });
    const fact = only(
      fuseClaims([
        { ...wire, predicate: "targets" },
        { ...digest, predicate: "targets" },
      ]),
    );
    expect(fact.explanation).toMatchObject({ independentSources: 1, copies: 1 });
    expect(fact.explanation.components[0]?.why).toMatch(/copies not counted: digest$/);
  });

  it("grows with independent sources and orders modalities and source kinds", () => {
    const score = (...list: ClaimObservation[]) => only(fuseClaims(list)).confidence;
    expect(score(observe({ reportId: "a" }), observe({ reportId: "b" }))).toBeGreaterThan(
      score(observe({ reportId: "a" })),
    );
    const certainty = (c: Certainty) => score(observe({ reportId: "a", certainty: c }));
    expect(certainty("alleged")).toBeLessThan(certainty("reported"));
    expect(certainty("reported")).toBeLessThan(certainty("confirmed"));
    const status = (s: Status) => score(observe({ reportId: "a", status: s }));
    expect(status("expected")).toBeLessThan(status("announced"));
    expect(status("announced")).toBeLessThan(status("done"));
    const kinds: SourceKind[] = ["unknown", "aggregator", "press", "vendor", "government"];
    const byKind = kinds.map((k) => score(observe({ reportId: "a", sourceKind: k })));
    expect([...byKind].sort((x, y) => x - y)).toEqual(byKind);
    expect(new Set(byKind).size).toBe(kinds.length);
  });

  it("keeps a negated claim as a separate fact pointing at its contrary", () => {
    const facts = fuseClaims([observe({ reportId: "a" }), observe({ reportId: "b", negated: true })]);
    expect(facts).toHaveLength(2);
    const [yes, no] = [facts.find((f) => !f.negated), facts.find((f) => f.negated)];
    expect(yes?.contradictedBy).toBe(no?.id);
    expect(no?.contradictedBy).toBe(yes?.id);
  });

  it("keeps conflicting counts side by side instead of overwriting them", () => {
    const fact = only(
      fuseClaims([
        observe({ reportId: "a", object: MSPS, detail: { quantity: "at least 45 companies", phrase: "stole from" } }),
        observe({ reportId: "b", object: MSPS, detail: { quantity: "more than 40 companies", phrase: "hacked" } }),
        observe({ reportId: "c", object: MSPS, detail: { quantity: "At least 45 companies" } }),
      ]),
    );
    expect(fact.conflicts).toEqual([
      { field: "quantity", value: "at least 45 companies", sources: ["a", "c"] },
      { field: "quantity", value: "more than 40 companies", sources: ["b"] },
    ]);
  });

  it("explains its score factor by factor", () => {
    const fact = only(
      fuseClaims([
        observe({ reportId: "doj", sourceKind: "government" }),
        observe({ reportId: "a", certainty: "alleged" }),
      ]),
    );
    const { components, score } = fact.explanation;
    expect(components.map((c) => c.factor)).toEqual(["source doj", "source a", "corroboration"]);
    expect(components[0]).toMatchObject({ value: 0.9, why: "government 0.9 × confirmed 1 × done 1 × recognition 1" });
    expect(components[1]?.value).toBe(0.39);
    expect(score).toBeCloseTo(1 - 0.1 * 0.61, 3);
    expect(fact.modality.certainty).toBe("confirmed");
  });
});
