// The negative corpus: ordinary sentences (insects, scripture, maths, chemistry, animals, weather, places)
// and cyber sentences with trap phrases ("Red Panda", "Super Typhoon Haiyan", "Gold Coast", "Cobalt
// Strike"): none names a threat actor, alone or read together.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createAliasMatcher, createCatalogue } from "../../catalogue/index.ts";
import { readCatalogueFile } from "../../catalogue/data-file.ts";
import { recogniseActors } from "./actors.ts";
import { fixtureLines, reportOf } from "./fixtures/report.ts";

const catalogue = createCatalogue(readCatalogueFile());
const deps = { catalogue, matcher: createAliasMatcher(catalogue) };
const read = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
const found = (text: string) => recogniseActors(reportOf(text), deps).map((m) => `${m.surface} → ${m.entity.name}`);

describe("the negative corpus", () => {
  const ordinary = fixtureLines(read("negative-sentences.txt"));
  const cyber = fixtureLines(read("negative-cyber.txt"));

  it("has at least 200 ordinary sentences", () => {
    expect(ordinary.length).toBeGreaterThanOrEqual(200);
  });

  it("yields no actor from any ordinary sentence", () => {
    expect(ordinary.flatMap((line) => found(line).map((f) => `${f}   in: ${line}`))).toEqual([]);
  });

  it("yields no actor from the ordinary sentences read as one text", () => {
    expect(found(ordinary.join("\n\n"))).toEqual([]);
  });

  it("yields no actor from cyber sentences with trap phrases", () => {
    expect(cyber.flatMap((line) => found(line).map((f) => `${f}   in: ${line}`))).toEqual([]);
  });
});
