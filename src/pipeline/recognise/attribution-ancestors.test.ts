import { describe, expect, it } from "vitest";
import type { ActorFinding, SegmentedReport } from "../../core/index.ts";
import { actorIn, contextOf, reportOf } from "./attribution.fixtures.ts";
import { attributeActors } from "./attribution.ts";
import { recogniseSponsors } from "./sponsors.ts";

function attribute(report: SegmentedReport, actors: ActorFinding[]) {
  const ctx = contextOf(actors);
  return attributeActors(report, actors, recogniseSponsors(report, ctx), ctx);
}

describe("attributeActors: the chain above a unit", () => {
  it("ties a unit's group to the nearest ancestor the text names, though it skips a level between", () => {
    const report = reportOf(
      "Prosecutors charged three officers of China's People's Liberation Army. " +
        "Comment Panda, the hacking group, is part of Unit 61398.",
    );
    const [group] = attribute(report, [actorIn(report, "Comment Panda")]);
    const names = group?.attributedTo.map((s) => s.name) ?? [];
    expect(names).toContain("Unit 61398");
    expect(names.some((n) => n.includes("People's Liberation Army"))).toBe(true);
  });
});
