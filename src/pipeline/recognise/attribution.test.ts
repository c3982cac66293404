import { describe, expect, it } from "vitest";
import type { ActorFinding, SegmentedReport } from "../../core/index.ts";
import { actorIn, contextOf, reportOf } from "./attribution.fixtures.ts";
import { attributeActors } from "./attribution.ts";
import { recogniseSponsors } from "./sponsors.ts";

function attribute(report: SegmentedReport, actors: ActorFinding[]) {
  const ctx = contextOf(actors);
  return attributeActors(report, actors, recogniseSponsors(report, ctx), ctx);
}
const names = (actor: ActorFinding | undefined) => actor?.attributedTo.map((s) => s.name) ?? [];

describe("attributeActors", () => {
  it("reads sponsors in the words before a group's name", () => {
    const report = reportOf(
      "Britain named three officers in the Russian state-backed APT28 espionage unit. " +
        "Microsoft disrupted the Iran-backed APT35 last year. Analysts tracked the North Korean-linked Kimsuky.",
    );
    const [apt28, apt35, kimsuky] = attribute(report, [
      actorIn(report, "APT28"),
      actorIn(report, "APT35"),
      actorIn(report, "Kimsuky"),
    ]);
    expect(names(apt28)).toEqual(["Russian state"]);
    expect(names(apt35)).toEqual(["Iran"]);
    expect(names(kimsuky)).toEqual(["North Korean"]);
  });

  it("ties each sponsor to the nearest group when one sentence names several", () => {
    const report = reportOf("Researchers compared the Iran-backed APT33 with the Russia-linked APT29.");
    const [apt33, apt29] = attribute(report, [actorIn(report, "APT33"), actorIn(report, "APT29")]);
    expect(names(apt33)).toEqual(["Iran"]);
    expect(names(apt29)).toEqual(["Russia"]);
  });

  it("reads a state that researchers 'tie' or 'link' a group to, in the present tense", () => {
    const report = reportOf(
      "Telecom firms in Kenya were hit by Gallium, a group that analysts tie to China. " +
        "Separately, vendors link APT33 to Iran after a wave of password spraying.",
    );
    const [gallium, apt33] = attribute(report, [actorIn(report, "Gallium"), actorIn(report, "APT33")]);
    expect(names(gallium)).toEqual(["China"]);
    expect(names(apt33)).toEqual(["Iran"]);
  });

  it("reads 'on behalf of the government of' a state", () => {
    const report = reportOf(
      "Prosecutors said Kimsuky ran the phishing campaign on behalf of the government of the Democratic People's Republic of Korea.",
    );
    const [kimsuky] = attribute(report, [actorIn(report, "Kimsuky")]);
    expect(names(kimsuky).join("|")).toContain("Democratic People's Republic of Korea");
  });

  it("keeps every name the text gives the body above a group's unit", () => {
    const report = reportOf(
      "Officers of China's People's Liberation Army were charged on Monday. " +
        "They served in Unit 61398, an arm of the Chinese military that researchers have linked to APT1.",
    );
    const [apt1] = attribute(report, [actorIn(report, "APT1")]);
    expect(names(apt1)).toEqual(
      expect.arrayContaining(["Unit 61398", "Chinese military", "China's People's Liberation Army"]),
    );
  });

  it("reads 'Chinese state hackers' named as a group in the same sentence", () => {
    const report = reportOf(
      "FBI Director Christopher Wray said Chinese state hackers known as Volt Typhoon hid in networks.",
    );
    const [volt] = attribute(report, [actorIn(report, "Volt Typhoon")]);
    expect(names(volt)).toEqual(["Chinese state"]);
  });

  it("reads a state's possessive before a group ('China's Salt Typhoon')", () => {
    const report = reportOf("China's Salt Typhoon has breached telecom providers in dozens of countries.");
    const [salt] = attribute(report, [actorIn(report, "Salt Typhoon")]);
    expect(names(salt)).toEqual(["China"]);
  });

  it("does not tie a criminal gang to a state because it is Russian", () => {
    const report = reportOf(
      "Treasury sanctioned two members of Cyber Army of Russia Reborn, a Russian cybercriminal gang. " +
        "The group claimed attacks on water utilities in support of Russia.",
    );
    const [carr] = attribute(report, [actorIn(report, "Cyber Army of Russia Reborn")]);
    expect(carr?.attributedTo).toEqual([]);
  });

  it("follows an indictment's defendants into the group they are members of", () => {
    const report = reportOf(
      "Prosecutors said both defendants, Ding Xiaoyang and Cheng Qingmin, belonged to APT40. " +
        "The charges say the defendants worked on behalf of the Hainan State Security Department.",
    );
    const [apt40] = attribute(report, [actorIn(report, "APT40")]);
    expect(names(apt40)).toEqual(["Hainan State Security Department"]);
    expect(apt40?.attributedTo[0]).toMatchObject({ level: "unit", parent: "MSS", parentKey: "cn-mss" });
  });

  it("follows 'these hackers' back to the group named just before", () => {
    const report = reportOf(
      "Microsoft took down domains used by Nickel and by Gallium. Nickel targeted foreign ministries. " +
        "These Chinese state-sponsored hackers used stolen credentials.",
    );
    const [nickel, gallium] = attribute(report, [actorIn(report, "Nickel"), actorIn(report, "Gallium")]);
    expect(names(nickel)).toEqual(["Chinese state"]);
    expect(gallium?.attributedTo).toEqual([]);
  });

  it("chains through an incident the text blames on a state and links to a group", () => {
    const report = reportOf(
      "Washington blamed the 2017 WannaCry attack on North Korea. Analysts found the wiper code was alike. " +
        "A loader had earlier been seen with Lazarus, a crew long tied to the WannaCry attack. " +
        "Another tool resembled code used by Kimsuky.",
    );
    const [lazarus, kimsuky] = attribute(report, [actorIn(report, "Lazarus"), actorIn(report, "Kimsuky")]);
    expect(names(lazarus)).toEqual(["North Korea"]);
    expect(kimsuky?.attributedTo).toEqual([]);
  });

  it("ties a group to a unit the next sentence points back to, and to the unit's agency", () => {
    const report = reportOf(
      "The EU imposed sanctions on the GRU and on its Unit 26165 over the parliament hack. " +
        "Officials said the unit is the group that researchers call APT28.",
    );
    const [apt28] = attribute(report, [actorIn(report, "APT28")]);
    expect(names(apt28).sort()).toEqual(["GRU", "Unit 26165"]);
  });

  it("keeps each attribution's evidence and modality", () => {
    const report = reportOf("APT41 allegedly worked on behalf of the Chinese government, officials said.");
    const [apt41] = attribute(report, [actorIn(report, "APT41")]);
    const [tie] = apt41?.attributedTo ?? [];
    expect(tie?.name).toBe("Chinese government");
    expect(tie?.evidence.sentence).toBe("APT41 allegedly worked on behalf of the Chinese government, officials said.");
    expect(tie?.modality.certainty).toBe("alleged");
  });

  it("does not tie a group to an unnamed team the text introduces as new", () => {
    const report = reportOf(
      "A skilled Chinese state-backed espionage crew broke into the port authority. " +
        "Separately, APT40 targeted maritime companies.",
    );
    const [apt40] = attribute(report, [actorIn(report, "APT40")]);
    expect(apt40?.attributedTo).toEqual([]);
  });
});
