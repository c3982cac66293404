import { describe, expect, it } from "vitest";
import { createAliasMatcher, createCatalogue } from "../../catalogue/index.ts";
import { readCatalogueFile } from "../../catalogue/data-file.ts";
import type { ActorMention } from "../../core/index.ts";
import { recogniseActors } from "./actors.ts";
import { reportOf } from "./fixtures/report.ts";

const catalogue = createCatalogue(readCatalogueFile());
const deps = { catalogue, matcher: createAliasMatcher(catalogue) };
const recognise = (text: string) => {
  const mentions = recogniseActors(reportOf(text), deps);
  for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.surface);
  return mentions;
};
const brief = (m: ActorMention) =>
  `${m.surface}|${m.via}|${m.discovery ? `${m.discovery.vendor ?? "-"}:${m.discovery.country ?? "-"}:${m.discovery.motive ?? "-"}` : m.entity.name}`;

describe("recogniseActors: catalogue names", () => {
  it("reads the spelt-out name before a designation in parentheses", () => {
    const text =
      "Officials said The Advanced Persistent Threat Team 28 (APT28) phished the ministry, a cyber espionage campaign.";
    const found = recognise(text).map(brief);
    expect(found).toContain("Advanced Persistent Threat Team 28|rule|APT28");
  });

  it("reads a misspelling the text points out, as the group it misspells", () => {
    const text =
      "Turla has spied on embassies for years. One vendor even spells it 'Turrla', and a feed misspells Sandworm as Sandwurm; others spell it Fluffernutter.";
    const found = recognise(text).map(brief);
    expect(found).toContain("Turrla|typo|Turla");
    expect(found.some((b) => b.startsWith("Fluffernutter"))).toBe(false);
  });

  it("recognises every name of a group, with its catalogue entity", () => {
    const text =
      'The indictment names three officers of the crew tracked as "Advanced Persistent Threat 10" ("APT10" for short), also called Stone Panda; one blog misspelt it ATP10.';
    expect(recognise(text).map(brief)).toEqual([
      "Advanced Persistent Threat 10|expansion|APT10",
      "APT10|exact|APT10",
      "Stone Panda|exact|APT10",
      "ATP10|typo|APT10",
    ]);
  });

  it("keeps a name several actors claim provisional, with all candidates", () => {
    const [m] = recognise("The Grizzly Steppe hacking campaign hit the election.");
    expect(m?.entity.key).toMatch(/^ambiguous:/);
    expect(m?.candidates?.map((c) => c.name).sort()).toEqual(["APT28", "APT29"]);
  });

  it('reads "the Nickel China-based espionage crew" as Nickel (APT15), not a North Korean "Nickel China"', () => {
    expect(
      recognise("A court let Microsoft take over domains belonging to the Nickel China-based espionage crew.").map(
        brief,
      ),
    ).toEqual(["Nickel|forgiving|APT15"]);
  });

  it("prefers the catalogue to a naming scheme", () => {
    expect(recognise("Chinese Salt Typhoon hackers breached telecom providers.").map(brief)).toEqual([
      "Salt Typhoon|exact|GhostEmperor",
    ]);
  });
});

describe("recogniseActors: naming schemes", () => {
  it("discovers unknown actors by the vendors' schemes, unconfirmed, with the naming vendor", () => {
    const text = [
      "CrowdStrike tracks the cyber-espionage group as Fluffy Panda.",
      "Microsoft said hackers tracked as Mossy Typhoon breached the network.",
      "The intrusions were attributed to UNC9876, a cluster with no known sponsor.",
      "The ransomware affiliate Storm-9999 encrypted the servers.",
      "Secureworks researchers attribute the phishing to BRONZE WAFFLE.",
      "Proofpoint tracks the phishing actor as TA9999.",
      "FIN99 hackers stole card data.",
    ].join(" ");
    expect(recognise(text).map(brief)).toEqual([
      "Fluffy Panda|scheme|CrowdStrike:CN:state",
      "Mossy Typhoon|scheme|Microsoft:CN:state",
      "UNC9876|scheme|Mandiant:-:-",
      "Storm-9999|scheme|Microsoft:-:-",
      "BRONZE WAFFLE|scheme|Secureworks:CN:state",
      "TA9999|scheme|Proofpoint:-:-",
      "FIN99|scheme|Mandiant:-:criminal",
    ]);
    expect(recognise(text).every((m) => m.entity.key.startsWith("discovered:"))).toBe(true);
  });

  it("needs cyber context, and a cue, a vendor or capitals for an adjective-noun name", () => {
    expect(recognise("Fluffy Panda is a plush toy sold at the zoo shop.")).toEqual([]);
    expect(recognise("Hackers were busy. Fluffy Panda was mentioned at lunch.")).toEqual([]);
  });

  it("falls for none of the traps", () => {
    const traps = [
      "Hackers posted photos of a Red Panda at the zoo, CrowdStrike said.",
      "Phishing emails exploited Super Typhoon Haiyan, Microsoft said.",
      "The hacking group dressed as Iron Man, Secureworks said.",
      "Ransomware hit a hospital on the Gold Coast, Secureworks said.",
      "Phishing themed around Earth Day rose, Trend Micro said.",
    ];
    for (const t of traps) expect(recognise(t), t).toEqual([]);
  });
});

describe("recogniseActors: groups introduced by name", () => {
  it('discovers "a hacking group called X (ABC)" and every later use of the acronym', () => {
    const text =
      "The two are allegedly part of a hacking group called Velvet Squirrel Army (VSA) that claimed the attacks. " +
      "Among VSA's targets was a dam; VSA denied it.";
    expect(recognise(text).map(brief)).toEqual([
      "Velvet Squirrel Army|rule|-:-:-",
      "VSA|rule|-:-:-",
      "VSA|rule|-:-:-",
      "VSA|rule|-:-:-",
    ]);
  });

  it("gives a catalogue group its acronym too", () => {
    const text =
      "They signed up with the hacking outfit known as Cyber Army of Russia Reborn (CARR). CARR's videos spread panic.";
    expect(recognise(text).map(brief)).toEqual([
      "Cyber Army of Russia Reborn|exact|Cyber Army of Russia Reborn",
      "CARR|rule|Cyber Army of Russia Reborn",
      "CARR|rule|Cyber Army of Russia Reborn",
    ]);
  });

  it("leaves groups outside cyber texts alone", () => {
    expect(recognise("She sang in a rock group called The Moonlit Foxes (TMF) for years.")).toEqual([]);
  });
});
