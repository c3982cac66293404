import { describe, expect, it } from "vitest";
import { createAliasMatcher, createCatalogue } from "../../catalogue/index.ts";
import { readCatalogueFile } from "../../catalogue/data-file.ts";
import { readDefendants } from "./actions-defendants.ts";
import { readSentenceActions } from "./actions-sentence.ts";
import { recogniseReport } from "./index.ts";
import { reportOf } from "./fixtures/report.ts";

const catalogue = createCatalogue(readCatalogueFile());
const deps = { catalogue, matcher: createAliasMatcher(catalogue) };

const against = (sentence: string, actors: string[] = []) =>
  readSentenceActions(sentence, actors).map((a) => [a.kind, a.against]);

describe("readDefendants", () => {
  it("reads the persons an appositive names, and the group they are members of", () => {
    const text = "seven members of APT31 - Li Wei, Chen Bo and Guo Ming - with conspiracy";
    expect(readDefendants(text, 0)).toEqual(["Li Wei", "Chen Bo", "Guo Ming", "APT31"]);
  });
  it("keeps the counted phrase when no one is named", () => {
    expect(readDefendants("three Iranian hackers who worked for the Mabna Institute, prosecutors said", 0)).toEqual([
      "three Iranian hackers",
      "Mabna Institute",
    ]);
  });
  it("reads a group described before it is named", () => {
    expect(readDefendants("two men who belonged to a hacking group known as APT99.", 0)).toEqual(["two men", "APT99"]);
  });
  it("is not fooled by objects that are not counted people", () => {
    expect(readDefendants("a front company in Tianjin", 0)).toBeNull();
    expect(readDefendants("the People's Liberation Army", 0)).toBeNull();
  });
});

describe("actions against counted defendants", () => {
  it("reads past the participle that introduces the charged", () => {
    expect(
      against(
        "Prosecutors in Ohio on Tuesday unsealed an indictment charging two Russian nationals, Ivan Petrov and Oleg Sokolov, with wire fraud.",
      ),
    ).toEqual([["complaint-unsealed", ["Ivan Petrov", "Oleg Sokolov"]]]);
  });
  it("names the group of the charged members", () => {
    expect(against("A grand jury indicted four officers of Unit 26165, the agency said.")[0]).toEqual([
      "indictment",
      ["four officers", "Unit 26165"],
    ]);
  });
  it("reads the defendants inside a 'charged … with' cue", () => {
    expect(against("Prosecutors charged three North Korean hackers, Kim Il and Jon Chang, with theft.")).toEqual([
      ["charges", ["Kim Il", "Jon Chang"]],
    ]);
  });
});

describe("an indictment of a group's members is an action against the group", () => {
  const subjectsOf = (text: string) => {
    const report = reportOf(text);
    const extraction = recogniseReport(report, deps, "2021-05-04");
    return extraction.claims
      .filter((c) => c.predicate === "subject-of-action")
      .map((c) => [c.subject.name, c.detail?.["type"]]);
  };
  it("links the charge to the group a later sentence says the defendants belong to", () => {
    const text =
      "Prosecutors on Tuesday unsealed an indictment charging two Chinese nationals, Wen Tao and Lu Jian, with hacking.\n\n" +
      "The two men belonged to the group that researchers call APT41, the filing says.\n\n" +
      "Separately, researchers said APT40 had targeted shipping firms in the region.";
    expect(subjectsOf(text)).toEqual([["APT41", "indictment"]]);
  });
  it("does not link a charge of people the report ties to no group", () => {
    const text =
      "Prosecutors on Tuesday charged two Chinese nationals, Wen Tao and Lu Jian, with fraud.\n\n" +
      "Researchers said APT41 and APT40 had targeted shipping firms in the region.";
    expect(subjectsOf(text)).toEqual([]);
  });
});
