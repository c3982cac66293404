import { describe, expect, it } from "vitest";
import { victims, countries } from "./fixtures/victims.ts";

describe("recogniseVictims: countries", () => {
  it("takes the hit countries, not the attacker", () => {
    expect(countries("Chinese hackers broke into cloud hosting firms in Japan and Brazil.")).toEqual(["JP", "BR"]);
    expect(countries("Russian state hackers targeted Ukrainian critical infrastructure.")).toEqual(["UA"]);
    expect(countries("The Iran-backed group targeted Israeli shipping firms.")).toEqual(["IL"]);
    expect(countries("Agents of China's MSS hacked into computers in Canada.")).toEqual(["CA"]);
  });

  it("does not take a capital standing for its government", () => {
    expect(countries("Beijing denied that its hackers compromised networks in Taiwan.")).toEqual(["TW"]);
    expect(countries("The hackers compromised networks on behalf of Beijing.")).toEqual([]);
  });

  it("does not take a country that acts, blames or is blamed", () => {
    expect(countries("Poland has detained a Russian businessman at the request of the United States.")).toEqual([]);
    expect(countries("The United States blamed the attack on North Korea.")).toEqual([]);
    expect(countries("Ministers blamed the intrusions on Syria and Iran.")).toEqual([]);
  });

  it("reads adjectives, and leaves languages alone", () => {
    expect(countries("The victims include a Greek ISP and a Kenyan mobile carrier.")).toEqual(["GR", "KE"]);
    expect(
      countries("They stole the manuals from the contractor and translated them from English to Chinese."),
    ).toEqual([]);
    expect(countries("The disinformation was aimed at Estonian, Finnish, and Swedish audiences.")).toEqual([
      "EE",
      "FI",
      "SE",
    ]);
  });

  it("tells the country US from the pronoun us", () => {
    expect(countries("The hackers targeted us and our partners in the US.")).toEqual(["US"]);
    expect(countries("The researchers told us the group had targeted banks.")).toEqual([]);
    expect(countries("A years-long operation targeting U.S. and allied countries' defence systems.")).toEqual(["US"]);
  });

  it("does not take the country a name is about", () => {
    expect(countries("The hackers targeted members of the Inter-Parliamentary Alliance on China.")).toEqual([]);
  });

  it("takes the country of the hit affiliate, not of its parent", () => {
    expect(countries("The intrusions include a Canada-based subsidiary of a French cable operator.")).toEqual(["CA"]);
  });

  it("reads 'All were targeted' back to the countries of the sentence before", () => {
    const found = victims(
      "The allies include Britain, Australia and Canada. All were targeted in the campaign.",
    ).countries;
    expect(found.map((c) => c.code)).toEqual(["GB", "AU", "CA"]);
    expect(found[0]?.evidence.sentence).toContain("All were targeted");
  });

  it("attaches the count the text gives", () => {
    const [us] = victims("The crew stole files from at least 20 U.S. defense contractors.").countries;
    expect(us?.quantity).toBe("at least 20 U.S. defense contractors");
    const [us2] = victims("The crew targeted ministries in the US and 17 other countries.").countries;
    expect(us2?.quantity).toBe("17 other countries");
  });

  it("keeps one finding per country, with its evidence sentence", () => {
    const text = "Hackers breached banks in Vietnam. They later hit a bank in Vietnam again.";
    const found = victims(text).countries;
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: "VN", surface: "Vietnam" });
    expect(found[0]?.evidence.sentence).toBe("Hackers breached banks in Vietnam.");
  });

  it("ignores speculation and negation", () => {
    expect(countries("Officials say it cannot be ruled out that intruders also reached networks in France.")).toEqual(
      [],
    );
    expect(countries("Networks in Spain were not compromised.")).toEqual([]);
  });
});

describe("recogniseVictims: sectors and organisations together", () => {
  it("reads a report like an analyst", () => {
    const text = [
      "Iranian hackers breached at least 9 electricity and gas transmission operators in the US, officials said.",
      "Earlier victims include chip designer Contoso, shipping firm Fabrikam, and several others.",
    ].join(" ");
    const v = victims(text);
    expect(v.countries.map((c) => c.code)).toEqual(["US"]);
    expect(v.sectors.map((s) => [s.name, s.sector, s.quantity])).toEqual([
      ["electricity and gas transmission operators", "energy", "at least 9 electricity and gas transmission operators"],
    ]);
    expect(v.organisations.map((o) => o.name)).toEqual(["Contoso", "Fabrikam"]);
  });
});

describe("recogniseVictims: a list of victims after a colon", () => {
  const text =
    "Prosecutors said the crew attacked targets in two regions:\n\n" +
    "- Estonia's Ministry of Justice and its Tax Board, with wiper malware;\n" +
    "- the 2019 trial of Dmitri Orlov, through phishing emails sent to the Baltic Shipping Authority.\n\n" +
    "Officials said nothing more.";
  it("reads each bullet's first phrase as a victim", () => {
    const found = victims(text);
    expect(found.countries.map((c) => c.code)).toContain("EE");
    expect(found.organisations.map((o) => o.name)).toEqual(
      expect.arrayContaining(["Ministry of Justice", "Tax Board"]),
    );
  });
  it("does not take a person named in a bullet for an organisation", () => {
    expect(victims(text).organisations.map((o) => o.name)).not.toContain("Dmitri Orlov");
  });
  it("leaves bullets alone when the colon does not close a victim phrase", () => {
    const plain = "The agencies gave advice:\n\n- Estonia's Ministry of Justice should patch its servers.\n";
    expect(victims(plain).organisations).toEqual([]);
  });
});
