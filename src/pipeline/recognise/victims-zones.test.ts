import { describe, expect, it } from "vitest";
import { findVictimZones } from "./victims-zones.ts";

const zones = (text: string) => findVictimZones(text).map((z) => text.slice(z.start, z.end).trim());

describe("findVictimZones", () => {
  it("reads what follows an active trigger, up to the end of its phrase", () => {
    expect(zones("APT10 broke into providers in Japan and Brazil, using stolen credentials.")).toEqual([
      "providers in Japan and Brazil,",
    ]);
    expect(zones("The group launched attacks against German companies since March.")).toEqual(["German companies"]);
  });

  it("reads what precedes a passive trigger, back to the clause start", () => {
    expect(zones("A spokesman said that the Dutch foreign ministry was targeted twice.")).toContain(
      "the Dutch foreign ministry",
    );
    expect(zones("FBI protects the organizations targeted by the group.")).toEqual(["FBI protects the organizations"]);
  });

  it("cuts a speech tail off the victim phrase", () => {
    expect(zones("The operation targeted 17 water utilities, the three agencies said.")).toEqual([
      "17 water utilities",
    ]);
  });

  it("ignores negated triggers and speculation", () => {
    expect(zones("Networks in Spain were not compromised.")).toEqual([]);
    expect(zones("Analysts say it cannot be ruled out that this crew breached suppliers.")).toEqual([]);
  });
});

describe("findVictimZones: what hits without hacking", () => {
  it("does not read sanctions or bans as intrusions", () => {
    expect(zones("The new sanctions hit Russian banks.")).toEqual([]);
    expect(zones("The ban targets Chinese firms.")).toEqual([]);
    expect(zones("Prosecutors said he was accused of hacking Boeing.")).toEqual(["Boeing."]);
  });
});
