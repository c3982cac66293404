import { describe, expect, it } from "vitest";
import { readCatalogueFile } from "./data-file.ts";
import { createCatalogue, parseCatalogueFile } from "./index.ts";
import { editDistance } from "./edit-distance.ts";

const catalogue = createCatalogue(readCatalogueFile());
const top = (q: string) => catalogue.findActors(q)[0];

describe("createCatalogue (committed data/catalogue.json)", () => {
  it("finds an actor by any name, forgiving case, spacing, hyphens, dots and possessives", () => {
    for (const q of [
      "APT10",
      "apt 10",
      "APT-10",
      "Stone Panda’s",
      "stone-panda",
      "BRONZE RIVERSIDE",
      "menuPass",
      "Cicada",
    ]) {
      expect(top(q)?.actor.key, q).toBe("attack:G0045");
    }
    expect(top("APT10")?.how).toBe("exact");
    expect(top("apt 10")?.how).toBe("forgiving");
  });

  it("finds an actor by ATT&CK id, revoked ids included, and by MISP uuid", () => {
    expect(top("G0045")?.actor.name).toBe("APT10");
    expect(top("G0118")?.actor.name).toBe("APT29");
    expect(top("56b37b05-72e7-4a89-ba8a-61ce45269a8c")?.actor.key).toBe("attack:G0045");
  });

  it("tolerates typos, but never changes a designation's number", () => {
    expect(top("ATP10")).toMatchObject({ how: "typo", actor: { name: "APT10" } });
    expect(top("menupas")?.actor.name).toBe("APT10");
    expect(top("APT1")?.actor.name).toBe("APT1");
    expect(catalogue.findActors("APT1").some((c) => c.actor.name === "APT10")).toBe(false);
  });

  it("offers partial names after whole ones", () => {
    expect(top("Lazarus")).toMatchObject({ how: "partial", actor: { name: "Lazarus Group" } });
  });

  it("returns every claimant of an ambiguous name, equally ranked", () => {
    const both = catalogue.findActors("grizzly steppe").filter((c) => c.score === 1);
    expect(both.map((c) => c.actor.name).sort()).toEqual(["APT28", "APT29"]);
    expect(catalogue.actorsNamed("Grizzly-Steppe")).toHaveLength(2);
  });

  it("keeps every name with its sources", () => {
    const apt10 = catalogue.actor("attack:G0045")!;
    expect(apt10.names[0]?.name).toBe("APT10");
    expect(apt10.names.every((n) => n.sources.length > 0)).toBe(true);
    const riverside = apt10.names.find((n) => n.name === "BRONZE RIVERSIDE")!;
    expect(riverside.sources).toContainEqual({
      dataset: "misp",
      id: "56b37b05-72e7-4a89-ba8a-61ce45269a8c",
      vendor: "Secureworks",
    });
  });

  it("answers nothing for an empty or unknown name", () => {
    expect(catalogue.findActors("  ")).toEqual([]);
    expect(catalogue.findActors("Gold Coast")).toEqual([]);
  });

  it("refuses a data file that does not fit the schema", () => {
    expect(() => parseCatalogueFile({ format: "espial-catalogue/1", actors: [] })).toThrow(/schema/);
  });
});

describe("editDistance", () => {
  it("counts an adjacent swap as one edit and stops early past the limit", () => {
    expect(editDistance("apt10", "atp10", 2)).toBe(1);
    expect(editDistance("kitten", "sitting", 3)).toBe(3);
    expect(editDistance("abc", "xyzxyz", 1)).toBe(2);
  });
});
