// Who acts, when a sentence lists the parties: every name of a comma list, and the party others "joined in" acting.
import { describe, expect, it } from "vitest";
import { readSentenceActions } from "./actions-sentence.ts";

const byOf = (sentence: string) => readSentenceActions(sentence, []).map((a) => a.by);

describe("readSentenceActions: listed parties", () => {
  it.each([
    ["The Netherlands, Sweden and Finland also condemned the intrusions.", ["Netherlands", "Sweden", "Finland"]],
    [
      "OTTAWA - Canada, Britain, Australia and New Zealand condemned the campaign.",
      ["Canada", "Britain", "Australia", "New Zealand"],
    ],
    ["Germany and France condemned the hacking on Friday.", ["Germany", "France"]],
  ])("%s", (sentence, by) => {
    expect(byOf(sentence)).toEqual([by]);
  });

  it("counts the party the others joined in acting", () => {
    expect(byOf("Japan and Canada joined the United States in condemning the campaign on Thursday.")).toEqual([
      ["Japan", "Canada", "United States"],
    ]);
    expect(byOf("Norway joined Denmark in condemning the hacking.")).toEqual([["Norway", "Denmark"]]);
  });

  it("does not reach past the clause for a list: a fronted clause's names are not the subject", () => {
    expect(byOf("After talks in Paris, Berlin and Rome, Italy and Spain condemned the campaign.")).toEqual([
      ["Italy", "Spain"],
    ]);
  });
});

describe("readSentenceActions: sanctions still to come", () => {
  it.each([
    "Sanctions against the two men are expected, officials said.",
    "Sanctions against the unit are widely expected.",
    "Also expected are sanctions against the two men.",
  ])("%s", (sentence) => {
    expect(readSentenceActions(sentence, []).map((a) => a.kind)).toEqual(["sanctions"]);
  });
});
