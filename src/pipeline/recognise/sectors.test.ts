import { describe, expect, it } from "vitest";
import { createReportSource } from "../../core/index.ts";
import { segmentReport } from "../segment/index.ts";
import { findVictimSectors, toStixSector } from "./sectors.ts";
import { readVictimSentences } from "./victims-zones.ts";

const sectors = (text: string) =>
  findVictimSectors(readVictimSentences(segmentReport({ source: createReportSource({ origin: "test" }), text })));
const names = (text: string) => sectors(text).map((s) => s.name);

describe("findVictimSectors", () => {
  it("keeps the text's phrase, its STIX sector and its count", () => {
    const [s] = sectors("The intruders penetrated at least 11 power and natural gas distribution operators.");
    expect(s).toMatchObject({
      name: "power and natural gas distribution operators",
      sector: "energy",
      quantity: "at least 11 power and natural gas distribution operators",
      accessPath: false,
    });
  });

  it("reads lists after the trigger, with acronyms in brackets", () => {
    expect(
      names(
        "The spies breached government ministries, foreign embassies, and non-governmental organizations (NGOs) in 14 countries.",
      ),
    ).toEqual(["government ministries", "foreign embassies", "non-governmental organizations (NGOs)"]);
    expect(
      names(
        "The operation targeted members of regional assemblies, dissidents, and members of the press and academics.",
      ),
    ).toEqual(["members of regional assemblies", "dissidents", "members of the press", "academics"]);
  });

  it("reads the passive", () => {
    expect(names("Officials said 23 pipeline operators were targeted.")).toEqual(["pipeline operators"]);
    expect(names("Think tanks and press freedom organizations were targeted by the crew.")).toEqual([
      "Think tanks",
      "press freedom organizations",
    ]);
  });

  it("consolidates one kind named several ways", () => {
    const text =
      "They breached telecom providers. They also targeted telecommunications companies and a big Malaysian telecommunications provider.";
    expect(names(text)).toEqual(["telecom providers"]);
    expect(names("The group targeted journalists. Members of the press were targeted again.")).toEqual([
      "Members of the press",
    ]);
    expect(names("They hacked tech companies and three communications technology companies.")).toEqual([
      "communications technology companies",
    ]);
    expect(names("They hacked defense industrial firms and cloud service providers.")).toEqual([
      "defense industrial firms",
      "cloud service providers",
    ]);
  });

  it("needs a word saying the kind of victim", () => {
    expect(names("The hackers targeted companies and organizations in several countries.")).toEqual([]);
    expect(names("APT27 has repeatedly attacked large German companies.")).toEqual(["German companies"]);
    expect(names("The attackers hit banks and a commercial bank in Vietnam.")).toEqual(["commercial bank"]);
  });

  it("leaves out descriptors of named victims and single organisations", () => {
    expect(names("Victims include software company Contoso and steel producer Fabrikam.")).toEqual([]);
    expect(names("The crew siphoned $12 million from Nepal's central bank.")).toEqual([]);
    expect(names("The spies breached the mailboxes of members of the Czech senate.")).toEqual([]);
  });

  it("does not take the attacker's own kind", () => {
    expect(
      names("The indictments of Chinese companies continued, and sanctions against Chinese firms followed."),
    ).toEqual([]);
  });

  it("marks access paths", () => {
    const [msp] = sectors(
      "The crew compromised managed service providers and wormed its way into the systems of their customers.",
    );
    expect(msp).toMatchObject({ name: "managed service providers", accessPath: true });
    const [vpn] = sectors(
      "The intruders rely on compromised third-party VPN suppliers to get into their targets' networks.",
    );
    expect(vpn).toMatchObject({ name: "third-party VPN suppliers", accessPath: true });
    const [dib] = sectors("The hackers targeted defense contractors.");
    expect(dib?.accessPath).toBe(false);
  });
});

describe("toStixSector", () => {
  it("maps phrases onto the STIX 2.1 industry sectors", () => {
    expect(toStixSector("think tanks")).toBe("non-profit");
    expect(toStixSector("banks")).toBe("financial-services");
    expect(toStixSector("water facility")).toBe("water");
    expect(toStixSector("members of the press")).toBe("communications");
    expect(toStixSector("internet service provider (ISP)")).toBe("telecommunications");
    expect(toStixSector("managed service providers")).toBe("technology");
    expect(toStixSector("defense industrial companies")).toBe("defense");
    expect(toStixSector("German companies")).toBeNull();
  });
});

describe("findVictimSectors: appositions", () => {
  it("keeps a plural kind before the names of its members", () => {
    expect(names("The group breached telecom providers AT&T and Verizon.")).toEqual(["telecom providers"]);
  });
});
