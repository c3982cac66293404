import { describe, expect, it } from "vitest";
import { EAST_ASIAN_SURNAMES, isSyllabicGivenName } from "./east-asian-names.ts";

describe("isSyllabicGivenName", () => {
  it("accepts romanised given names of one or two syllables, joined or hyphenated", () => {
    for (const name of ["Hua", "Shilong", "Jinping", "Kang", "Jin-hyok", "Hyok", "Un", "Kailiang"]) {
      expect(isSyllabicGivenName(name), name).toBe(true);
    }
  });

  it("refuses words that are not syllables of Chinese or Korean", () => {
    for (const name of ["Schiefelbein", "Exchange", "Typhoon", "Pictures", "District", "hua"]) {
      expect(isSyllabicGivenName(name), name).toBe(false);
    }
  });

  it("knows common family names of both", () => {
    expect(["Zhang", "Wang", "Park", "Kim", "Ri"].every((n) => EAST_ASIAN_SURNAMES.has(n))).toBe(true);
  });
});
