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
      names("The group breached telecom providers (including AT&T, Verizon, and Charter Communications)."),
    ).toEqual(["AT&T", "Verizon", "Charter Communications"]);
  });

  it("reads possessed institutions and countries with institutions", () => {
    expect(names("Hackers penetrated computers of Cambodia's election commission.")).toEqual([
      "Cambodia's election commission",
    ]);
    expect(
      names("Agencies targeted included the Department of Energy's National Laboratory and NASA's jet propulsion lab."),
    ).toEqual(["Department of Energy's National Laboratory", "NASA's jet propulsion lab"]);
    expect(names("The group launched an attack against the Ukrainian government.")).toEqual(["Ukrainian government"]);
    expect(names("They breached the email accounts of members of the German federal parliament (Bundestag).")).toEqual([
      "German federal parliament (Bundestag)",
    ]);
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
    expect(names("They stole a limited number of private communications of U.S. government officials.")).toEqual([]);
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
      "They compromised more than 40 computers belonging to the US Navy. The hackers also targeted the U.S. Navy.";
    const found = organisations(text);
    expect(found.map((o) => [o.name, o.quantity])).toEqual([["U.S. Navy", "more than 40 computers"]]);
    expect(
      names("Hackers stole from Bangladesh Bank. The attack on Bangladesh's central bank was tied to Sony."),
    ).toEqual(["Bangladesh Bank"]);
  });

  it("marks an intermediary as an access path", () => {
    const [o] = organisations("The hackers compromised IT provider Contoso in a supply chain attack on its customers.");
    expect(o).toMatchObject({ name: "Contoso", accessPath: true });
  });
});
