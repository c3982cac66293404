import { describe, expect, it } from "vitest";
import { createAliasMatcher, createCatalogue, type CatalogueFile } from "../../catalogue/index.ts";
import { readCatalogueFile } from "../../catalogue/data-file.ts";
import { recogniseActors } from "../recognise/actors.ts";
import { reportOf } from "../recognise/fixtures/report.ts";
import { resolveActors } from "./index.ts";

const catalogue = createCatalogue(readCatalogueFile());
const deps = { catalogue, matcher: createAliasMatcher(catalogue) };
const resolve = (text: string, d = deps) => {
  const report = reportOf(text);
  return resolveActors(report, recogniseActors(report, d), d);
};

describe("resolveActors: one finding per group", () => {
  it("joins the names a text gives one group, keeping other catalogue entries it joins in sameInText", () => {
    const [f, ...rest] = resolve(
      "Investigators blamed the Iranian hacking group APT35 (also known as Charming Kitten or Ajax Security Team) for the intrusions.",
    );
    expect(rest).toEqual([]);
    expect(f?.entity.name).toBe("APT35");
    expect(f?.mentions).toEqual(["APT35", "Charming Kitten", "Ajax Security Team"]);
    expect(f?.sameInText?.map((r) => r.name)).toContain("Flying Kitten");
    expect(f?.aliases).toContain("Magic Hound");
    expect(f?.attributedTo).toEqual([]);
    expect(f?.country).toBe("IR");
  });

  it("joins a name the next sentence gives 'the group'", () => {
    const found = resolve(
      "North Korea's Lazarus Group stole $600 million in cryptocurrency. The group, also tracked as TraderTraitor, laundered it.",
    );
    expect(found.map((f) => f.entity.name)).toEqual(["Lazarus Group"]);
    expect(found[0]?.mentions).toEqual(["Lazarus Group", "TraderTraitor"]);
  });

  it("joins the names two vendors give one cluster", () => {
    const found = resolve(
      "The spear-phishing came from a cluster that Mandiant calls APT42 and Microsoft calls Mint Sandstorm, analysts said.",
    );
    expect(found.map((f) => f.entity.name)).toEqual(["APT42"]);
    expect(found[0]?.mentions).toEqual(["APT42", "Mint Sandstorm"]);
  });

  it("joins every name after 'call the group'", () => {
    const found = resolve("The intrusions hit routers in Taiwan. Vendors call the group Ethereal Panda or RedJuliett.");
    expect(found).toHaveLength(1);
    expect(found[0]?.mentions).toEqual(["Ethereal Panda", "RedJuliett"]);
  });

  it("joins a name the catalogue does not know that closes a cued list of aliases", () => {
    const found = resolve(
      "The ransomware crew, also tracked as APT38, BlueNoroff and Glimmerfox, stole funds from banks in Asia.",
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.mentions).toEqual(["APT38", "BlueNoroff", "Glimmerfox"]);
  });

  it("does not take a word after an uncued list for a group", () => {
    const found = resolve("Hacking groups such as APT28, APT29 and Turla, and Microsoft, were all active that year.");
    expect(found.map((f) => f.entity.name)).toEqual(["APT28", "APT29", "Turla"]);
  });

  it("does not join groups merely listed together", () => {
    const found = resolve("Hacking groups such as APT28, APT29 and Turla were all active that year.");
    expect(found.map((f) => f.entity.name)).toEqual(["APT28", "APT29", "Turla"]);
  });

  it("lists each distinct spelling once, case variants kept", () => {
    const [f] = resolve("The KE3CHANG hackers struck again; researchers call them Ke3chang, or APT15.");
    expect(f?.mentions).toEqual(["KE3CHANG", "Ke3chang", "APT15"]);
  });

  it("reports discovered actors as unconfirmed, with their naming vendor and country", () => {
    const [f] = resolve("CrowdStrike tracks the cyber-espionage group as Fluffy Panda.");
    expect(f).toMatchObject({
      unconfirmed: true,
      namingVendor: "CrowdStrike",
      country: "CN",
      mentions: ["Fluffy Panda"],
    });
  });
});

describe("resolveActors: ambiguous names", () => {
  it("keeps an undecided name ambiguous, with its candidates", () => {
    const [f] = resolve("The Grizzly Steppe hacking campaign hit the election.");
    expect(f?.entity.key).toMatch(/^ambiguous:/);
    expect(f?.candidates?.map((c) => c.name).sort()).toEqual(["APT28", "APT29"]);
  });

  it("decides by another name of one candidate in the same text", () => {
    const found = resolve("The Grizzly Steppe hacking campaign was the work of APT28, officials said.");
    expect(found.map((f) => f.entity.name)).toEqual(["APT28"]);
    expect(found[0]?.mentions).toEqual(["Grizzly Steppe", "APT28"]);
    expect(found[0]?.candidates).toBeUndefined();
  });

  it("decides by ATT&CK's own merge: a MISP entry named like a group ATT&CK revoked into another", () => {
    expect(resolve("Iranian hackers known as Charming Kitten sent phishing emails.").map((f) => f.entity.name)).toEqual(
      ["APT35"],
    );
    expect(
      resolve("Microsoft said the Midnight Blizzard hackers read executives' email.").map((f) => f.entity.name),
    ).toEqual(["APT29"]);
  });

  it("decides by the state named near the mention", () => {
    const tiny: CatalogueFile = {
      format: "espial-catalogue/1",
      sources: { misp: { uuid: "x", version: 1 }, attack: { domain: "enterprise-attack", version: null } },
      actors: [
        {
          key: "attack:G9001",
          name: "Kite One",
          attack: ["G9001"],
          misp: null,
          country: "CN",
          sponsor: null,
          names: [
            { name: "Kite One", from: ["attack:G9001"] },
            { name: "Paper Lantern", from: ["attack:G9001"] },
          ],
        },
        {
          key: "attack:G9002",
          name: "Kite Two",
          attack: ["G9002"],
          misp: null,
          country: "RU",
          sponsor: null,
          names: [
            { name: "Kite Two", from: ["attack:G9002"] },
            { name: "Paper Lantern", from: ["attack:G9002"] },
          ],
        },
      ],
      software: [],
    };
    const small = createCatalogue(tiny);
    const d = { catalogue: small, matcher: createAliasMatcher(small) };
    expect(
      resolve("Russian hackers known as Paper Lantern breached the ministry.", d).map((f) => f.entity.name),
    ).toEqual(["Kite Two"]);
    expect(resolve("Hackers known as Paper Lantern breached the ministry.", d)[0]?.candidates).toHaveLength(2);
  });
});

describe("resolveActors: coreference", () => {
  const corefs = (text: string) =>
    resolve(text).flatMap((f) =>
      f.mentionSpans.filter((m) => m.via === "coreference").map((m) => `${m.surface}→${f.entity.name}`),
    );

  it("points 'the group', 'the hacking group' and 'they' back to the group just named", () => {
    const text =
      "APT10 broke into service providers. The hacking group then moved to their clients. They stole designs.";
    expect(corefs(text)).toEqual(["The hacking group→APT10", "their→APT10", "They→APT10"]);
  });

  it("never adds those phrases to the names the text uses", () => {
    const [f] = resolve("APT10 broke into service providers. The group then moved on.");
    expect(f?.mentions).toEqual(["APT10"]);
    expect(f?.mentionSpans).toHaveLength(2);
  });

  it("does not reach across a nearer antecedent: 'they' after two named people are the people", () => {
    const text =
      "APT10 was named in the indictment. Prosecutors charged two hackers, Li Wei and Chen Bo, with fraud. They compromised forty computers.";
    expect(corefs(text)).toEqual([]);
  });

  it("does not reach back before the first named group, nor far away", () => {
    expect(corefs("They compromised forty computers. Later, APT10 was blamed.")).toEqual([]);
    const far = "APT10 was blamed. " + "The weather was fine. ".repeat(5) + "The group was quiet.";
    expect(corefs(far)).toEqual([]);
  });
});
