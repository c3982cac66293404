import { describe, expect, it } from "vitest";
import { countryCodeOfName, findCountryMentions } from "./countries.ts";

const codes = (text: string) => findCountryMentions(text).map((m) => m.code);
const surfaces = (text: string) => findCountryMentions(text).map((m) => `${m.surface}:${m.code}`);

describe("findCountryMentions", () => {
  it("reads names, short forms and adjectives", () => {
    expect(
      surfaces("Britain, the U.K., the UK, the United States, the U.S., the US, South Korea and North Korea."),
    ).toEqual([
      "Britain:GB",
      "U.K.:GB",
      "UK:GB",
      "United States:US",
      "U.S.:US",
      "US:US",
      "South Korea:KR",
      "North Korea:KP",
    ]);
    expect(codes("British companies, an Italian ISP and Ukrainian critical infrastructure")).toEqual([
      "GB",
      "IT",
      "UA",
    ]);
    expect(codes("Attacks on Americans and Filipinos")).toEqual(["US", "PH"]);
  });

  it("never takes the pronoun us for the United States", () => {
    expect(codes("The hackers told us that they had left.")).toEqual([]);
    expect(codes("They wrote to us about the US elections.")).toEqual(["US"]);
  });

  it("does not take US states, regions or names containing a country for countries", () => {
    expect(
      codes("Offices in New Mexico, Indiana and Texas, and banks across Latin America and North America."),
    ).toEqual([]);
    expect(codes("A deposit at Bank of America.")).toEqual([]);
  });

  it("reads ambiguous names only with a country cue", () => {
    expect(codes("The group hit ministries in Armenia, Georgia and Azerbaijan.")).toEqual(["AM", "GE", "AZ"]);
    expect(codes("A water utility in Atlanta, Georgia, and one in Texas were hit.")).toEqual([]);
    expect(codes("Jordan Smith, a researcher, spoke first.")).toEqual([]);
    expect(codes("Banks in Jordan were targeted.")).toEqual(["JO"]);
    expect(codes("Attacks on Korea were reported.")).toEqual([]);
    expect(codes("Chad Anderson, a researcher, found the implant.")).toEqual([]);
    expect(codes("Ministries in Chad and Niger were hit.")).toEqual(["TD", "NE"]);
    expect(codes("They ate turkey on Thursday; Turkey said it was not affected.")).toEqual(["TR"]);
  });

  it("marks capitals, possessives and hyphenated compounds", () => {
    const [beijing] = findCountryMentions("Beijing denied it.");
    expect(beijing).toMatchObject({ code: "CN", form: "capital" });
    const [china] = findCountryMentions("China's MSS ran it.");
    expect(china).toMatchObject({ code: "CN", possessive: true });
    const [iran] = findCountryMentions("The Iran-backed group struck.");
    expect(iran).toMatchObject({ code: "IR", compound: "backed" });
  });

  it("gives spans into the text", () => {
    const text = "Hackers targeted firms in Japan.";
    const [japan] = findCountryMentions(text);
    expect(japan && text.slice(japan.start, japan.end)).toBe("Japan");
  });
});

describe("countryCodeOfName", () => {
  it("looks up any form after the evaluation's normalisation", () => {
    expect(countryCodeOfName("u s")).toBe("US");
    expect(countryCodeOfName("britain")).toBe("GB");
    expect(countryCodeOfName("italian")).toBe("IT");
    expect(countryCodeOfName("south african")).toBe("ZA");
    expect(countryCodeOfName("the netherlands")).toBe("NL");
    expect(countryCodeOfName("beijing")).toBeNull();
    expect(countryCodeOfName("texas")).toBeNull();
  });
});
