import { describe, expect, it } from "vitest";
import { claimIdOf, reportOfClaim } from "./claim-id.ts";
import { foldClaimDecisions, foldMerges, type Decision } from "./decisions.ts";

let next = 1;
const decision = (kind: Decision["kind"], payload: object, undoneBy: number | null = null): Decision => ({
  id: next++,
  kind,
  target: "t",
  payload: payload as Record<string, unknown>,
  user: "ana",
  reason: "r",
  createdAt: "2026-01-01T00:00:00.000Z",
  undoneBy,
});
const actor = (key: string) => ({ key, name: key.toUpperCase() });

describe("claim ids", () => {
  it("depend on the report and the claim's keys only, and give the report back", () => {
    const claim = {
      subject: { kind: "actor", key: "a" },
      predicate: "targets",
      object: { kind: "country", key: "JP" },
    } as const;
    const id = claimIdOf("0123456789abcdef", claim);
    expect(id).toMatch(/^0123456789abcdef-[0-9a-f]{12}$/);
    expect(claimIdOf("0123456789abcdef", { ...claim })).toBe(id);
    expect(claimIdOf("0123456789abcdef", { ...claim, object: { kind: "country", key: "KR" } })).not.toBe(id);
    expect(reportOfClaim(id)).toBe("0123456789abcdef");
    expect(reportOfClaim("nope")).toBeNull();
  });
});

describe("folding decisions", () => {
  const claim = { claim: {} };
  it("gives a claim's latest decision in force, edits kept under a later accept, none when all are undone", () => {
    const edit = decision("edit-claim", { ...claim, changes: { certainty: "confirmed" } });
    const reject = decision("reject-claim", claim);
    const accept = decision("accept-claim", claim);
    expect(foldClaimDecisions([edit, reject])).toMatchObject({ review: "rejected", decision: reject.id });
    expect(foldClaimDecisions([edit, reject, accept])).toEqual({
      review: "accepted",
      edit: { certainty: "confirmed" },
      decision: accept.id,
    });
    expect(foldClaimDecisions([{ ...reject, undoneBy: 99 }])).toBeNull();
  });

  it("follows chains of merges to their end, ignores a merge that would loop, and splits one member off", () => {
    const ab = decision("merge-actors", { from: actor("b"), into: actor("a") });
    const ac = decision("merge-actors", { from: actor("a"), into: actor("c") });
    const loop = decision("merge-actors", { from: actor("c"), into: actor("b") });
    expect(foldMerges([ab, ac, loop])).toEqual([
      { from: actor("b"), into: actor("c"), decision: ab.id },
      { from: actor("a"), into: actor("c"), decision: ac.id },
    ]);
    const split = decision("split-actors", { actor: actor("c"), from: actor("a") });
    expect(foldMerges([ab, ac, split])).toEqual([{ from: actor("b"), into: actor("a"), decision: ab.id }]);
    expect(foldMerges([{ ...ab, undoneBy: 7 }])).toEqual([]);
  });
});
