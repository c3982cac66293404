// Claims fuse by their objects' keys: the same sponsor written with and without its acronym is one object.
import { describe, expect, it } from "vitest";
import { createAliasMatcher, createCatalogue } from "../../catalogue/index.ts";
import { readCatalogueFile } from "../../catalogue/data-file.ts";
import { createReportSource } from "../../core/index.ts";
import { extractReport } from "../run.ts";

const catalogue = createCatalogue(readCatalogueFile());
const deps = { catalogue, matcher: createAliasMatcher(catalogue) };

describe("buildClaims: object keys", () => {
  it("keys a sponsor the same with or without its bracketed acronym", () => {
    const text = [
      "Officials tie APT10 to the security ministry",
      "",
      "APT10 works for China's Ministry of State Security (MSS), prosecutors said.",
      "",
      "A second report said APT10 is an arm of China's Ministry of State Security.",
    ].join("\n");
    const source = createReportSource({ origin: "test", published: "2018-12-20" });
    const { extraction } = extractReport({ source, text }, deps);
    const agencies = extraction.claims
      .filter((c) => c.predicate === "attributed-to" && /ministry/i.test(c.object.name))
      .map((c) => c.object.key);
    expect(agencies).toHaveLength(2);
    expect(new Set(agencies)).toEqual(new Set(["china ministry of state security"]));
  });
});
