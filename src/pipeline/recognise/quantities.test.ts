import { describe, expect, it } from "vitest";
import { countedBefore, findQuantity, quantifiedPhrase, quantityAt } from "./quantities.ts";

describe("quantities", () => {
  it("reads the count before a phrase", () => {
    const text = "infiltrated at least 9 water and wastewater treatment utilities";
    const at = text.indexOf("water");
    expect(findQuantity(text, at)).toBe("at least 9");
    expect(quantifiedPhrase(text, at)).toBe("at least 9 water");
    expect(quantifiedPhrase(text, at, text.length)).toBe("at least 9 water and wastewater treatment utilities");
  });

  it("reads number words, groupings and 'other'", () => {
    expect(findQuantity("hacked three communications companies", 13)).toBe("three");
    const text = "the UK and 11 other countries";
    expect(findQuantity(text, text.indexOf("countries"))).toBe("11 other");
    expect(quantityAt("more than 20,000 Army personnel were exposed", 0)).toBe("more than 20,000 Army personnel");
  });

  it("does not take vague words or years for counts", () => {
    expect(findQuantity("breached multiple telecom providers", 18)).toBeNull();
    expect(findQuantity("the 2014 hack", 9)).toBeNull();
    expect(countedBefore("in the 2014 hack on Sony", 21)).toBeNull();
  });

  it("reads what was counted of an organisation", () => {
    const text = "The spies hijacked more than 30 servers belonging to the Royal Navy.";
    expect(countedBefore(text, text.indexOf("Royal Navy"))).toBe("more than 30 servers");
  });

  it("reads abbreviations inside the phrase", () => {
    const text = "hacked at least 20 E.U. defence contractors and ministries";
    expect(quantifiedPhrase(text, text.indexOf("E.U."))).toBe("at least 20 E.U. defence contractors");
  });
});
