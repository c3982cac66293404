import { describe, expect, it } from "vitest";
import { countedBefore, findQuantity, quantifiedPhrase, quantityAt } from "./quantities.ts";

describe("quantities", () => {
  it("reads the count before a phrase", () => {
    const text = "breached at least 13 oil and natural gas pipeline operators";
    const at = text.indexOf("oil");
    expect(findQuantity(text, at)).toBe("at least 13");
    expect(quantifiedPhrase(text, at)).toBe("at least 13 oil");
    expect(quantifiedPhrase(text, at, text.length)).toBe("at least 13 oil and natural gas pipeline operators");
  });

  it("reads number words, groupings and 'other'", () => {
    expect(findQuantity("hacked three communications companies", 13)).toBe("three");
    const text = "the US and 28 other countries";
    expect(findQuantity(text, text.indexOf("countries"))).toBe("28 other");
    expect(quantityAt("more than 100,000 Navy personnel were exposed", 0)).toBe("more than 100,000 Navy personnel");
  });

  it("does not take vague words or years for counts", () => {
    expect(findQuantity("breached multiple telecom providers", 18)).toBeNull();
    expect(findQuantity("the 2014 hack", 9)).toBeNull();
    expect(countedBefore("in the 2014 hack on Sony", 21)).toBeNull();
  });

  it("reads what was counted of an organisation", () => {
    const text = "They compromised more than 40 computers belonging to the US Navy.";
    expect(countedBefore(text, text.indexOf("US Navy"))).toBe("more than 40 computers");
  });

  it("reads abbreviations inside the phrase", () => {
    const text = "stole from at least 45 U.S. tech companies and agencies";
    expect(quantifiedPhrase(text, text.indexOf("U.S."))).toBe("at least 45 U.S. tech companies");
  });
});
