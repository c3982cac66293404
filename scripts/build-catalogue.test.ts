import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { generate, hasSources, sharedDataDir } from "./build-catalogue.ts";
import { staleFiles } from "./check-gen.ts";
import { parseCatalogueFile } from "../src/catalogue/schema.ts";
import { createCatalogue, squashName } from "../src/catalogue/index.ts";

const dataDir = sharedDataDir([]);
const shared = hasSources(dataDir);
if (!shared) console.log(`build-catalogue tests skipped: no MISP/ATT&CK data at ${dataDir} (../shared is absent)`);

describe.skipIf(!shared)("the catalogue generated from ../shared/data", () => {
  let fresh: ReturnType<typeof generate>;
  let file: ReturnType<typeof parseCatalogueFile>;
  let catalogue: ReturnType<typeof createCatalogue>;
  beforeAll(() => {
    fresh = generate(dataDir);
    file = parseCatalogueFile(JSON.parse(fresh.catalogue));
    catalogue = createCatalogue(file);
  });

  it("links the two datasets into ~1,056 actors with ~2,480 distinct names, every one kept", () => {
    expect(file.actors).toHaveLength(1056);
    const names = new Set(file.actors.flatMap((a) => a.names.map((n) => n.name.toLowerCase())));
    expect(names.size).toBe(2482);
  });

  it("keeps ambiguous names ambiguous: the ones MISP entries share, and those ATT&CK adds", () => {
    const ambiguous = catalogue.ambiguousNames();
    const amongMisp = new Map<string, Set<string>>();
    for (const a of file.actors) {
      for (const n of a.names.filter((x) => x.from.includes("misp"))) {
        const k = squashName(n.name);
        amongMisp.set(k, (amongMisp.get(k) ?? new Set()).add(a.key));
      }
    }
    expect([...amongMisp.values()].filter((s) => s.size > 1)).toHaveLength(30);
    expect(ambiguous.length).toBeGreaterThanOrEqual(30);
    expect(
      ambiguous
        .find((x) => squashName(x.name) === "grizzlysteppe")
        ?.actors.map((a) => a.name)
        .sort(),
    ).toEqual(["APT28", "APT29"]);
  });

  it("names APT10 as analysts do, with ATT&CK's id and every source of its names", () => {
    const apt10 = catalogue.actor("attack:G0045")!;
    expect(apt10.name).toBe("APT10");
    expect(apt10.country).toBe("CN");
    const riverside = apt10.names.find((n) => n.name === "BRONZE RIVERSIDE")!;
    expect(riverside.sources.map((s) => `${s.dataset}:${s.vendor ?? ""}`).sort()).toEqual([
      "attack:",
      "misp:Secureworks",
    ]);
    expect(apt10.names.find((n) => n.name === "menuPass")?.sources.map((s) => s.dataset)).toEqual(["attack"]);
  });

  it("points revoked ATT&CK groups to their successors", () => {
    expect(catalogue.findActors("G0058")[0]?.actor.attackIds).toContain("G0059");
    expect(catalogue.findActors("G0118")[0]?.actor.name).toBe("APT29");
  });

  it("keeps ATT&CK software under its own key", () => {
    expect(file.software.find((s) => s.id === "S0144")).toEqual({
      id: "S0144",
      type: "malware",
      name: "ChChes",
      aliases: ["Scorpion", "HAYMAKER"],
    });
  });

  it("is what data/catalogue.json holds (npm run check:gen)", () => {
    expect(staleFiles(dataDir)).toEqual([]);
  });

  it("reports a generated file that no longer matches", () => {
    const dir = mkdtempSync(join(tmpdir(), "espial-gen-"));
    const files = { catalogue: join(dir, "catalogue.json"), notice: join(dir, "NOTICE") };
    writeFileSync(files.catalogue, fresh.catalogue.replace("APT10", "APT-ten"));
    writeFileSync(files.notice, fresh.notice);
    expect(staleFiles(dataDir, files)).toHaveLength(1);
  });
});
