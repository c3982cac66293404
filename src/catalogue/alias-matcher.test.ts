import { describe, expect, it } from "vitest";
import { readCatalogueFile } from "./data-file.ts";
import { createAliasMatcher, createCatalogue, type AliasMatch } from "./index.ts";

const catalogue = createCatalogue(readCatalogueFile());
const matcher = createAliasMatcher(catalogue);
const nameOf = (m: AliasMatch) => m.actors.map((k) => catalogue.actor(k)?.name).join("|");
const actorsIn = (text: string) => matcher.findActors(text).map((m) => `${m.surface}=${nameOf(m)}`);

describe("createAliasMatcher: forms of a name", () => {
  it("forgives case, spacing, hyphens, dots, possessives and curly quotes; offsets slice the original text", () => {
    const text = "Hackers of APT 10, APT-10, apt10 and APT10's unit, also “Stone Panda’s” crew (STONE PANDA), struck.";
    const found = matcher.findActors(text);
    expect(found.map((m) => m.surface)).toEqual(["APT 10", "APT-10", "apt10", "APT10", "Stone Panda", "STONE PANDA"]);
    for (const m of found) {
      expect(text.slice(m.start, m.end)).toBe(m.surface);
      expect(nameOf(m)).toBe("APT10");
    }
    expect(found.map((m) => m.via)).toEqual(["forgiving", "forgiving", "forgiving", "exact", "exact", "forgiving"]);
  });

  it("reads a one-letter typo of a designation, in a cyber text, with lower confidence", () => {
    const [m] = matcher.findActors("The hacking group known as ATP10 stole data.");
    expect(m).toMatchObject({ surface: "ATP10", via: "typo" });
    expect(nameOf(m!)).toBe("APT10");
    expect(m!.confidence).toBeLessThan(0.7);
  });

  it("never reads a name that exists as a typo of another", () => {
    expect(actorsIn("Hackers from APT1, APT11 and APT12 struck.")).toEqual(["APT1=APT1", "APT12=APT12"]);
    // A different number is a different designation (APT11, APT13 are unknown to the catalogue, not typos
    // of APT10 or APT12), and TA is a designation prefix itself.
    expect(actorsIn("Hackers tracked as APT13 and TA506 struck.")).toEqual([]);
  });

  it("reads spelt-out designations and short forms", () => {
    expect(actorsIn('two officers served in the hacking crew called "Advanced Persistent Threat 10"')).toEqual([
      "Advanced Persistent Threat 10=APT10",
    ]);
    expect(actorsIn("a loader tied to the hacking crew called Lazarus")).toEqual(["Lazarus=Lazarus Group"]);
  });

  it("reports a name several actors claim with all of them", () => {
    const [m] = matcher.findActors("The Grizzly Steppe hacking campaign hit the election.");
    expect(m?.actors.map((k) => catalogue.actor(k)?.name).sort()).toEqual(["APT28", "APT29"]);
  });
});

describe("createAliasMatcher: ordinary words need cyber context", () => {
  it("ignores common-word names in ordinary prose", () => {
    expect(actorsIn("The Cicada chorus was loud. Lazarus rose on the fourth day. Nickel is a silvery metal.")).toEqual(
      [],
    );
    expect(actorsIn("Mercury is the planet closest to the Sun.")).toEqual([]);
  });

  it("reads them near cyber words, and the same name again elsewhere in that text", () => {
    expect(actorsIn("The Cicada hacking group targeted Japanese firms. Cicada later went quiet.")).toEqual([
      "Cicada=APT10",
      "Cicada=APT10",
    ]);
  });

  it("needs a capital letter, and no longer proper noun around the name", () => {
    expect(actorsIn("hackers studied the cicada and the turla river")).toEqual([]);
    expect(actorsIn("The attackers deployed Cobalt Strike beacons.")).toEqual([]);
    expect(actorsIn("The malware spread through apps on Google Play.")).toEqual([]);
  });

  it("counts malware names as cyber words", () => {
    expect(actorsIn("Sandworm, the GRU unit behind NotPetya, struck the grid again.")).toEqual(["Sandworm=Sandworm"]);
  });

  it("accepts a several-word name anywhere in a cyber text, but no one-word name on that ground alone", () => {
    const text =
      "Hackers breached the ministry, and the phishing went on.\n\nNo one saw it coming.\n\nAll was calm.\n\nLater the Lazarus Group was blamed; Cicada too.";
    expect(actorsIn(text)).toEqual(["Lazarus Group=Lazarus Group"]);
  });

  it("ignores a name the text uses for software", () => {
    expect(actorsIn("Analysts tied the Havex malware to a Kremlin-backed intrusion set.")).toEqual([]);
  });

  it("asks a short acronym or a sentence-opening single word for a cue", () => {
    expect(actorsIn("Turla was busy. Nobody hacked anything.")).toEqual([]);
    expect(actorsIn("Hackers struck. Turla hackers were blamed.")).toEqual(["Turla=Turla"]);
  });
});
