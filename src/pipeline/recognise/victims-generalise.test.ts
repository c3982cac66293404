import { describe, expect, it } from "vitest";
import { sectors, organisations, countries } from "./fixtures/victims.ts";
import { fullNameOf } from "./organisations-acronyms.ts";
import { splitExamples as examples } from "./sectors-examples.ts";

describe("recogniseVictims: sectors named as examples of a wider kind", () => {
  it("takes each example after 'sectors such as', with and without a serial comma", () => {
    expect(
      sectors(
        "The crew targeted critical infrastructure sectors such as government facilities, financial services, critical manufacturing and communications.",
      ),
    ).toEqual([
      "critical infrastructure sectors",
      "government facilities",
      "financial services",
      "critical manufacturing",
      "communications",
    ]);
  });

  it("keeps 'such as' inside a victim phrase and reads bare kinds like businesses, carriers and governments", () => {
    expect(
      sectors("The hackers compromised small businesses, several major carriers and foreign governments."),
    ).toEqual(["businesses", "carriers", "foreign governments"]);
  });

  it("splits examples at commas and at the last 'and'", () => {
    expect(examples("energy, food and beverage manufacturing, and healthcare").map((e) => e.text)).toEqual([
      "energy",
      "food and beverage manufacturing",
      "healthcare",
    ]);
    expect(examples("water and energy").map((e) => e.text)).toEqual(["water", "energy"]);
  });
});

describe("recogniseVictims: more kinds and more ways of naming them", () => {
  it.each([
    [
      "Its victims span think tanks, human rights activists and diaspora communities.",
      ["think tanks", "human rights activists", "diaspora communities"],
    ],
    [
      "The campaign focused on election infrastructure and cloud providers.",
      ["election infrastructure", "cloud providers"],
    ],
    ["The spies sought access to the energy sector and water utilities.", ["energy sector", "water utilities"]],
    [
      "Among the organisations compromised were internet service providers and airlines.",
      ["internet service providers", "airlines"],
    ],
    ["The implant was found on the networks of pharmaceutical companies.", ["pharmaceutical companies"]],
    [
      "The operation has targeted critics of the regime, shipbuilders and political figures.",
      ["critics", "shipbuilders", "political figures"],
    ],
    ["The crew ran hacking campaigns against anti-doping agencies.", ["anti-doping agencies"]],
    [
      "Agents were positioning themselves inside water treatment plants and the electric grid.",
      ["water treatment plants", "electric grid"],
    ],
    ["The lures were used against provincial government institutions.", ["provincial government institutions"]],
    [
      "Affected organizations were mainly in the energy and transportation sectors.",
      ["energy", "transportation sectors"],
    ],
  ])("%s", (text, expected) => {
    expect(sectors(text)).toEqual(expected);
  });

  it("does not take an event for an organisation", () => {
    expect(organisations("The hackers ran reconnaissance against organizations involved in the Summer Games.")).toEqual(
      [],
    );
  });
});

describe("recogniseVictims: more ways of saying who was hit", () => {
  it("reads 'Victims named in … include' and the countries of 'the ministries of …'", () => {
    expect(
      countries("Victims named in the complaint include the foreign ministries of Chile, Peru and Kenya."),
    ).toEqual(["CL", "PE", "KE"]);
  });

  it("reads a fronted list of places where infections are", () => {
    expect(countries("In Laos, Nepal and Bhutan, infections remain widespread.")).toEqual(["LA", "NP", "BT"]);
  });

  it("reads 'stayed inside the networks of' and 'hacking companies in'", () => {
    expect(organisations("The spies stayed inside the networks of the Northwind Trading Council for months.")).toEqual([
      "Northwind Trading Council",
    ]);
    expect(sectors("They were charged with hacking companies in the aerospace and satellite sectors.")).toEqual([
      "aerospace and satellite sectors",
    ]);
  });

  it("makes a company that reports a break-in into its own systems its victim", () => {
    expect(
      organisations(
        "On Friday Contoso disclosed that a state-sponsored group had broken into its corporate email system.",
      ),
    ).toEqual(["Contoso"]);
  });

  it("takes a named company after 'operated by the company', though it also reports", () => {
    expect(
      organisations(
        "The attack hit a satellite network operated by the American company Fabrikam. Fabrikam has published its own account.",
      ),
    ).toEqual(["Fabrikam"]);
  });

  it("presents an acronym by the full name the text spells out", () => {
    expect(
      organisations(
        "The car was parked by the headquarters of the Organisation for the Prohibition of Chemical Weapons. " +
          "The officers tried to hack the OPCW.",
      ),
    ).toEqual(["Organisation for the Prohibition of Chemical Weapons (OPCW)"]);
    expect(fullNameOf("WADA", "in Lausanne, home of the World Anti-Doping Agency")).toBe("World Anti-Doping Agency");
    expect(fullNameOf("NATO", "nothing spelled out here")).toBeNull();
  });
});
