import { describe, expect, it } from "vitest";
import { actorIn, contextOf, reportOf } from "./attribution.fixtures.ts";
import { recogniseUnattributed } from "./unattributed.ts";

describe("recogniseUnattributed", () => {
  it("keeps an unnamed team with its suspected sponsor", () => {
    const report = reportOf(
      "Researchers concluded that a seasoned Russian government-linked hacking crew had infiltrated the energy regulator.",
    );
    const [team] = recogniseUnattributed(report, contextOf());
    expect(team).toMatchObject({
      description: "a seasoned Russian government-linked hacking crew",
      suspectedSponsor: "Russian government",
    });
    expect(team?.evidence.sentence).toContain("infiltrated the energy regulator");
  });

  it("does not merge a team the text introduces as new into a named group", () => {
    const report = reportOf(
      "APT29 slipped into cloud hosting firms. Separately, a seasoned Russian government-linked hacking crew " +
        "infiltrated the energy regulator.",
    );
    const found = recogniseUnattributed(report, contextOf([actorIn(report, "APT29")]));
    expect(found.map((u) => u.suspectedSponsor)).toEqual(["Russian government"]);
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
