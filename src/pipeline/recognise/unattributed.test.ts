import { describe, expect, it } from "vitest";
import { actorIn, contextOf, reportOf } from "./attribution.fixtures.ts";
import { recogniseUnattributed } from "./unattributed.ts";

describe("recogniseUnattributed", () => {
  it("keeps an unnamed team with its suspected sponsor", () => {
    const report = reportOf(
      "A security firm found that an elite Chinese government-linked hacking team penetrated the election commission.",
    );
    const [team] = recogniseUnattributed(report, contextOf());
    expect(team).toMatchObject({
      description: "an elite Chinese government-linked hacking team",
      suspectedSponsor: "Chinese government",
    });
    expect(team?.evidence.sentence).toContain("penetrated the election commission");
  });

  it("does not merge a team the text introduces as new into a named group", () => {
    const report = reportOf(
      "APT10 broke into managed service providers. Separately, an elite Chinese government-linked hacking team " +
        "penetrated the election commission.",
    );
    const found = recogniseUnattributed(report, contextOf([actorIn(report, "APT10")]));
    expect(found.map((u) => u.suspectedSponsor)).toEqual(["Chinese government"]);
  });

  it("reads a capital standing for its government as the suspected sponsor", () => {
    const report = reportOf("Beijing-backed hackers breached the telecom provider's network.");
    expect(recogniseUnattributed(report, contextOf())).toMatchObject([
      { description: "Beijing-backed hackers", suspectedSponsor: "Beijing" },
    ]);
  });

  it("leaves out activity the text points back to a named group", () => {
    const report = reportOf(
      "Nickel targeted foreign ministries. These Chinese-backed hackers used stolen credentials.",
    );
    expect(recogniseUnattributed(report, contextOf([actorIn(report, "Nickel")]))).toEqual([]);
  });

  it("finds nothing in a criminal gang's nationality", () => {
    const report = reportOf("A Russian cybercriminal gang claimed the ransomware attack on the hospital.");
    expect(recogniseUnattributed(report, contextOf())).toEqual([]);
  });
});
