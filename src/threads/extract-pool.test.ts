// Extraction on real worker threads gives what the pipeline gives in this thread, in order, and a pool whose
// threads are gone fails its call (prepareInputs then extracts in this thread: nothing is lost).
import { afterAll, describe, expect, it } from "vitest";
import { createAliasMatcher, createCatalogue } from "../catalogue/index.ts";
import { readCatalogueFile } from "../catalogue/data-file.ts";
import type { Report } from "../core/index.ts";
import { defaultLimits } from "../config/limits.ts";
import { fusionInputOf, prepareInputs } from "../pipeline/run.ts";
import { createExtractPool } from "./index.ts";

const catalogue = createCatalogue(readCatalogueFile());
const deps = { catalogue, matcher: createAliasMatcher(catalogue) };
const read = { limits: defaultLimits(), defaults: { kind: "press", tlp: "clear" } } as const;

const texts = [
  "Charges over harbour hacks\n\nSource: Test Wire\nDate: 2021-03-04\n\nProsecutors on Tuesday charged two men they said worked for Stone Panda, a group tied to China's Ministry of State Security, with breaking into shipping firms in Norway.",
  "Advisory on Fancy Bear\n\nSource: Test Wire\nDate: 2022-06-01\n\nThe agency published an advisory on APT28, which it links to Russia's GRU, after intrusions at ministries in Poland since 2019.",
  "Nothing here\n\nSource: Test Wire\nDate: 2020-01-01\n\nThe council met to discuss the new library opening hours.",
];
const reports: Report[] = texts.map((text, i) => ({
  source: {
    origin: `t${i}.txt`,
    url: null,
    title: null,
    published: null,
    outlet: null,
    byline: null,
    kind: "press",
    tlp: "clear",
  },
  text,
}));

const pool = createExtractPool({ threads: 2, cataloguePath: null });
afterAll(() => pool.close());

describe("createExtractPool", () => {
  it("extracts on two threads exactly what this thread extracts, in the order given", async () => {
    const here = reports.map((r) => fusionInputOf(r, deps));
    const there = await pool.extractMany(reports);
    expect(there).toEqual(JSON.parse(JSON.stringify(here)));
    expect(there).toHaveLength(3);
    expect(JSON.stringify(there[0])).toContain("Stone Panda");
  }, 60_000);

  it("fails the call once its threads are closed, and prepareInputs then extracts in this thread", async () => {
    const closed = createExtractPool({ threads: 1, cataloguePath: null });
    await closed.close();
    await expect(closed.extractMany(reports)).rejects.toThrow(/closed|exited/);
    const inputs = texts.map((t, i) => ({ bytes: new TextEncoder().encode(t), origin: `t${i}.txt` }));
    const batch = await prepareInputs(inputs, { ...deps, read, extractMany: closed.extractMany });
    expect(batch.reports.map((r) => r.origin)).toEqual(["t0.txt", "t1.txt", "t2.txt"]);
    expect(JSON.stringify(batch.reports[1]?.extraction)).toContain("APT28");
  }, 60_000);
});
