import { describe, expect, it } from "vitest";
import { isGovernmentParty, knownAgency, partyCountry } from "./parties.ts";

describe("parties: agencies known by name", () => {
  it("reads the German domestic intelligence offices, federal or state, in any English rendering", () => {
    for (const phrase of [
      "the Bavarian State Office for Protection of the Constitution",
      "Germany's Federal Agency for the Protection of the Constitution",
      "the Federal Office for Protection of the Constitution",
      "the Verfassungsschutz",
    ]) {
      expect(isGovernmentParty(phrase), phrase).toBe(true);
      expect(partyCountry(phrase), phrase).toBe("DE");
    }
  });

  it("needs the capitals of a name, not the same words in ordinary prose", () => {
    expect(knownAgency("judges weigh the protection of the constitution against security")).toBeNull();
  });

  it("gives each agency the state it stands for", () => {
    expect(partyCountry("the U.S. Justice Department")).toBe("US");
    expect(partyCountry("Britain's National Cyber Security Centre")).toBe("GB");
  });
});
