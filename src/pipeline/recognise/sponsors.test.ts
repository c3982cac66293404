import { describe, expect, it } from "vitest";
import { contextOf, reportOf } from "./attribution.fixtures.ts";
import { recogniseSponsors } from "./sponsors.ts";

const sponsors = (text: string) => recogniseSponsors(reportOf(text), contextOf());
const summary = (text: string) => sponsors(text).map((s) => `${s.level}:${s.name}`);

describe("recogniseSponsors", () => {
  it("reads the chain state → agency → bureau from 'the X bureau of Y'", () => {
    const found = sponsors("The spying was conducted at the behest of the Jiangsu bureau of China's MSS.");
    expect(found.map((s) => [s.level, s.name, s.parent, s.parentLink])).toEqual([
      ["state", "China", null, null],
      ["agency", "China's MSS", "China", "part-of"],
      ["unit", "Jiangsu bureau of China's MSS", "China's MSS", "part-of"],
    ]);
    expect(found.find((s) => s.level === "unit")?.parentKey).toBe("cn-mss");
  });

  it("reads a numbered bureau of an agency ('the 5th Bureau of the RGB')", () => {
    const found = summary("Officials said the hackers answer to the 5th Bureau of the Reconnaissance General Bureau.");
    expect(found).toContain("unit:5th Bureau of the Reconnaissance General Bureau");
  });

  it("reads a company a group is first tied to, then described", () => {
    const found = sponsors(
      "The platform linked the hacking campaign to a little-known firm, Bluefin Data Services, a software company in Hanoi.",
    );
    expect(found.filter((s) => s.level === "front-company").map((s) => s.name)).toEqual(["Bluefin Data Services"]);
  });

  it("knows numbered units and provincial security departments, with their parents", () => {
    const found = sponsors(
      "The hackers served in Unit 74455 of the GRU. Others worked for the Hainan State Security Department.",
    );
    expect(found.map((s) => [s.name, s.parentKey])).toEqual([
      ["GRU", "state:RU"],
      ["Unit 74455", "ru-gru"],
      ["Hainan State Security Department", "cn-mss"],
    ]);
  });

  it("reads front companies the gazetteer knows and ones the text describes", () => {
    const found = sponsors(
      "Hainan Xiandun was a front for the MSS in the hacking campaign. Treasury sanctioned Acme Network Technology, " +
        "a Chinese cybersecurity company believed to have supported the intrusions.",
    );
    const fronts = found.filter((s) => s.level === "front-company");
    expect(fronts.map((s) => [s.name, s.country, s.parentLink])).toEqual([
      ["Hainan Xiandun", "CN", "employed-by"],
      ["Acme Network Technology", "CN", "employed-by"],
    ]);
  });

  it("puts a person inside the unit that employs them", () => {
    const found = sponsors("Wang Dong, an officer in Unit 61398, was charged with hacking US companies.");
    expect(found.find((s) => s.level === "person")).toMatchObject({
      name: "Wang Dong",
      parent: "Unit 61398",
      parentLink: "employed-by",
    });
  });

  it("takes a state as sponsor only where the text ties hacking to it", () => {
    expect(summary("Hackers working on behalf of the Chinese government breached the agency.")).toEqual([
      "state:Chinese government",
    ]);
    expect(summary("Iran-backed hackers targeted water utilities.")).toEqual(["state:Iran"]);
    expect(summary("The attacks were blamed on North Korea by US officials.")).toEqual(["state:North Korea"]);
    expect(summary("A Chinese businessman pleaded guilty to hacking charges in Los Angeles.")).toEqual([]);
    expect(summary("The hackers met in Beijing and Moscow before the attack.")).toEqual([]);
  });

  it("reads a capital used for its government as that state", () => {
    const found = sponsors("Beijing-backed hackers breached the telecom provider.");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ name: "Beijing", level: "state", country: "CN" });
  });

  it("does not make a criminal gang's nationality a sponsor", () => {
    expect(summary("LockBit, a Russian cybercriminal gang, claimed the ransomware attack.")).toEqual([]);
  });

  it("does not take an agency speaking, or hit, for a sponsor", () => {
    expect(summary("The NSA said the hacking campaign used new malware.")).toEqual([]);
    expect(summary("The intruders breached the U.S. Army and took data.")).toEqual([]);
  });

  it("keeps the evidence sentence and its modality", () => {
    const [mss] = sponsors("The hackers allegedly acted on behalf of the Ministry of State Security (MSS).");
    expect(mss?.name).toBe("Ministry of State Security (MSS)");
    expect(mss?.evidence.sentence).toContain("on behalf of the Ministry of State Security");
    expect(mss?.modality.certainty).toBe("alleged");
  });
});
