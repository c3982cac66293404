import { describe, expect, it } from "vitest";
import { createAutomaton } from "./automaton.ts";
import { squashName } from "./normalise.ts";

function find(patterns: string[], text: string) {
  const a = createAutomaton(patterns.map(squashName));
  const out: string[] = [];
  a.scan(text, (id, start, end) => out.push(`${patterns[id]}@${start}:${text.slice(start, end)}`));
  return out.sort();
}

describe("createAutomaton", () => {
  it("finds every pattern in one pass, with offsets into the original text", () => {
    expect(find(["he", "she", "his", "hers"], "ushers she his he")).toEqual(["he@15:he", "his@11:his", "she@7:she"]);
  });

  it("forgives case, spaces, hyphens and dots between letters", () => {
    expect(find(["APT10"], "apt 10, APT-10 and Apt.10")).toEqual([
      "APT10@0:apt 10",
      "APT10@19:Apt.10",
      "APT10@8:APT-10",
    ]);
  });

  it("counts a match only on word boundaries at both ends", () => {
    expect(find(["APT1", "APT10"], "APT10 xAPT1 APT1x APT1")).toEqual(["APT10@0:APT10", "APT1@18:APT1"]);
  });

  it("stops at punctuation that is not a separator", () => {
    expect(find(["Stone Panda"], "Stone, Panda and Stone Panda’s")).toEqual(["Stone Panda@17:Stone Panda"]);
  });

  it("reports overlapping patterns that start at the same word", () => {
    expect(find(["Lazarus", "Lazarus Group"], "the Lazarus Group")).toEqual([
      "Lazarus Group@4:Lazarus Group",
      "Lazarus@4:Lazarus",
    ]);
  });

  it("folds diacritics and treats other scripts as words", () => {
    expect(find(["Asnarok"], "Asnarök struck")).toEqual(["Asnarok@0:Asnarök"]);
    expect(find(["ab"], "ab жab ab")).toEqual(["ab@0:ab", "ab@7:ab"]);
  });
});
