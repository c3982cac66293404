import { describe, expect, it } from "vitest";
import { findNameRuns, looksLikeName } from "./persons-names.ts";

const runs = (text: string) => findNameRuns(text, 0, text.length).map((r) => [r.tokens.join(" "), r.title]);

describe("findNameRuns", () => {
  it("splits titles and an organisation's title off the name", () => {
    expect(runs("Microsoft President Brad Smith and Chinese President Xi Jinping met.")).toEqual([
      ["Brad Smith", "Microsoft President"],
      ["Xi Jinping", "President"],
    ]);
  });

  it("keeps name particles and drops possessives", () => {
    expect(runs("Natasha de Teran's statement")).toEqual([["Natasha de Teran", null]]);
  });

  it("leaves out runs made of organisation, place and product words", () => {
    expect(runs("Homeland Security, the White House, Hong Kong and Microsoft Exchange")).toEqual([]);
  });
});

describe("looksLikeName", () => {
  it("reads a common given name, an East Asian shape or a patronymic", () => {
    expect(looksLikeName(["Matthew", "Miller"])).toBe(true);
    expect(looksLikeName(["Zhang", "Shilong"])).toBe(true);
    expect(looksLikeName(["Denis", "Olegovich", "Degtyarenko"])).toBe(true);
    expect(looksLikeName(["Stone", "Panda"])).toBe(false);
  });
});
