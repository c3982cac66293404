import { describe, expect, it } from "vitest";
import { createReportSource, type Mention } from "../../core/index.ts";
import { segmentReport } from "../segment/index.ts";
import { findVictimOrganisations } from "./organisations.ts";
import { readVictimSentences } from "./victims-zones.ts";

const organisations = (text: string, actorMentions: readonly Mention[] = []) =>
  findVictimOrganisations(
    readVictimSentences(segmentReport({ source: createReportSource({ origin: "test" }), text })),
    actorMentions,
  );
const names = (text: string) => organisations(text).map((o) => o.name);

describe("findVictimOrganisations", () => {
  it("takes named victims, not the vendor that reports", () => {
    expect(
      names("The hackers broke into the networks of Acme Corp and other major defense contractors, Symantec said."),
    ).toEqual(["Acme Corp"]);
    expect(names("Symantec said the hackers compromised Symantec and Contoso.")).toEqual(["Contoso"]);
  });

  it("reads lists with descriptors and brackets", () => {
    expect(names("Past victims include software company Contoso, steel producer Fabrikam, and many others.")).toEqual([
      "Contoso",
      "Fabrikam",
    ]);
    expect(
      names("The crew compromised regional carriers (including Lumen, Windstream, and Consolidated Communications)."),
    ).toEqual(["Lumen", "Windstream", "Consolidated Communications"]);
  });

  it("reads possessed institutions and countries with institutions", () => {
    expect(names("Hackers penetrated computers of Cambodia's election commission.")).toEqual([
      "Cambodia's election commission",
    ]);
    expect(
      names("Targets listed included the Department of Agriculture's Forest Service and NOAA's space weather lab."),
    ).toEqual(["Department of Agriculture's Forest Service", "NOAA's space weather lab"]);
    expect(names("The crew mounted a campaign against the Moldovan government.")).toEqual(["Moldovan government"]);
    expect(
      names("The spies breached the mailboxes of several members of the Norwegian national parliament (Storting)."),
    ).toEqual(["Norwegian national parliament (Storting)"]);
  });

  it("leaves out the agencies that act and the outlets that report", () => {
    expect(names("The FBI said the hackers breached Verizon and the FBI.")).toEqual(["Verizon"]);
    expect(names("According to Reuters, the attackers hacked Sony Pictures.")).toEqual(["Sony Pictures"]);
    expect(names("The Treasury Department sanctioned two men who attacked Contoso.")).toEqual(["Contoso"]);
  });

  it("leaves out groups, kinds of institution, products and places", () => {
    expect(names("The attackers hit APT28 and Salt Typhoon rivals.")).toEqual([]);
    expect(names("The hackers targeted 100,000 Navy personnel and Parliament members.")).toEqual([]);
    expect(names("The group targeted unpatched Exchange Server and SharePoint servers in Texas.")).toEqual([]);
    expect(names("They read a handful of private messages of U.S. government officials.")).toEqual([]);
    expect(names("The attack on banks used fraudulent SWIFT messages.")).toEqual([]);
  });

  it("leaves out names the text gives to actors", () => {
    const text = "The attackers breached Nickel and Contoso.";
    const start = text.indexOf("Nickel");
    const actor: Mention = {
      start,
      end: start + 6,
      surface: "Nickel",
      confidence: 1,
      via: "exact",
      entity: { kind: "actor", key: "nickel", name: "Nickel" },
    };
    expect(organisations(text).map((o) => o.name)).toEqual(["Nickel", "Contoso"]);
    expect(organisations(text, [actor]).map((o) => o.name)).toEqual(["Contoso"]);
  });

  it("takes a name an attack noun follows anywhere", () => {
    expect(names("Investigators tied the malware to the 2014 Sony Pictures hack.")).toEqual(["Sony Pictures"]);
    expect(names("The code resembled the Shamoon malware used in the Shamoon attacks.")).toEqual([]);
  });

  it("consolidates one organisation named several ways, with its count", () => {
    const text =
      "The spies compromised at least 25 servers belonging to the US Air Force. The operators later targeted the U.S. Air Force as well.";
    const found = organisations(text);
    expect(found.map((o) => [o.name, o.quantity])).toEqual([["U.S. Air Force", "at least 25 servers"]]);
    expect(
      names("Hackers stole from Bangladesh Bank. The attack on Bangladesh's central bank was tied to Sony."),
    ).toEqual(["Bangladesh Bank"]);
  });

  it("marks an intermediary as an access path", () => {
    const [o] = organisations("The hackers compromised IT provider Contoso in a supply chain attack on its customers.");
    expect(o).toMatchObject({ name: "Contoso", accessPath: true });
  });
});

describe("findVictimOrganisations: general shapes", () => {
  it("takes the name before an attack noun, past a bare acronym joined by 'for'", () => {
    expect(names("Washington blamed the SVR for the Northwind supply-chain compromise last year.")).toEqual([
      "Northwind",
    ]);
  });

  it("takes a described company followed by an adverbial", () => {
    expect(
      names("The attack hit the satellite network operated by the company Fabrikam about an hour before dawn."),
    ).toContain("Fabrikam");
  });

  it("reads 'One of them, X' as a victim when the sentence tells of the harm", () => {
    expect(
      names(
        "Victims were located in several states. One of them, the Harbor Water Authority of Eastfield, found that its controller had been defaced.",
      ),
    ).toEqual(["Harbor Water Authority of Eastfield"]);
  });

  it("takes one plain word after 'in' for a place, not an organisation", () => {
    expect(names("Days earlier the agency began examining the attack on a defector in Eastbury.")).toEqual([]);
    expect(names("The hackers breached Fabrikam in Eastbury.")).toEqual(["Fabrikam"]);
  });

  it("takes no plural acronym or letters-and-number code for an organisation", () => {
    expect(names("The actors compromised PLCs and HMIs at several plants.")).toEqual([]);
    expect(names("The group targeted vaccine research on COVID-19 in Britain.")).toEqual([]);
  });
});
