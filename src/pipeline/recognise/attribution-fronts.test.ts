import { describe, expect, it } from "vitest";
import type { ActorFinding, SegmentedReport } from "../../core/index.ts";
import { actorIn, contextOf, reportOf } from "./attribution.fixtures.ts";
import { frontCompanyTies } from "./attribution-fronts.ts";
import { resolveTies } from "./attribution-resolve.ts";
import { attributeActors } from "./attribution.ts";
import { recogniseSponsors } from "./sponsors.ts";

function attribute(report: SegmentedReport, actors: ActorFinding[]) {
  const ctx = contextOf(actors);
  return attributeActors(report, actors, recogniseSponsors(report, ctx), ctx);
}
const names = (actor: ActorFinding | undefined) => actor?.attributedTo.map((s) => s.name) ?? [];

describe("attributeActors: the bodies above a front company", () => {
  it("follows a company to the ministries it worked for, and keeps its other name", () => {
    const report = reportOf(
      "The firm, Anxun Information Technology, better known as i-Soon, sold stolen inboxes to hacking clients. " +
        "Prosecutors said the company worked at the direction of the Ministry of Public Security and the Ministry of State Security. " +
        "Analysts track i-Soon's hacking as Harbour Panda.",
    );
    const [group] = attribute(report, [actorIn(report, "Harbour Panda")]);
    expect(names(group)).toEqual(
      expect.arrayContaining(["i-Soon", "Anxun", "Ministry of Public Security", "Ministry of State Security"]),
    );
  });

  it("reads 'a contractor for' in the sentence that names the company", () => {
    const report = reportOf(
      "Researchers tie the Quarry Panda hacking group to i-Soon, a contractor for the Ministry of Public Security.",
    );
    const [group] = attribute(report, [actorIn(report, "Quarry Panda")]);
    expect(names(group)).toEqual(expect.arrayContaining(["i-Soon", "Ministry of Public Security"]));
  });

  it("adds no ministry the text does not put above the company", () => {
    const report = reportOf(
      "Researchers tie the Quarry Panda hacking group to i-Soon. " +
        "The company's staff were later questioned by the Ministry of State Security.",
    );
    const actors = [actorIn(report, "Quarry Panda")];
    const ties = resolveTies(report, actors, contextOf(actors));
    const added = frontCompanyTies(
      report,
      ties.filter((t) => t.actor === actors[0]),
      ties,
    );
    expect(added.map((t) => t.mention.key)).not.toContain("cn-mss");
  });
});

describe("attributeActors: authors of an advisory are not sponsors", () => {
  it("drops agencies listed before the verb of a joint advisory", () => {
    const report = reportOf(
      "Soldiers of Unit 29155 of the GRU deployed a wiper against Ukraine. " +
        "The FBI, CISA and the NSA, joined by partners in Europe and Canada, published an advisory on the unit's hackers, whom vendors track as Ember Lynx.",
    );
    const [group] = attribute(report, [actorIn(report, "Ember Lynx")]);
    expect(names(group)).not.toContain("NSA");
  });

  it("drops an agency listed with partners 'together with cyber agencies from' other states", () => {
    const found = recogniseSponsors(
      reportOf(
        "The NSA, CISA and FBI, together with cyber agencies from Canada and Norway, released an advisory on the hacking crew.",
      ),
      contextOf([]),
    );
    expect(found.map((s) => s.name)).not.toContain("NSA");
  });

  it("keeps an agency that the list's verb does not govern", () => {
    const report = reportOf("The hackers, working for the FSB and its Center 16, stole diplomatic cables.");
    const ctx = contextOf([]);
    expect(recogniseSponsors(report, ctx).map((s) => s.name)).toContain("FSB");
    const leak = reportOf("Hackers of Unit 26165 and Unit 74455 released the stolen emails through a front persona.");
    expect(recogniseSponsors(leak, ctx).map((s) => s.name)).toEqual(expect.arrayContaining(["Unit 26165"]));
  });
});
