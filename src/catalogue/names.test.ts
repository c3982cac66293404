import { describe, expect, it } from "vitest";
import { isCapitalised, shortForm, spelledOut, surfaceStrength } from "./names.ts";
import { nameWords, squashName } from "./normalise.ts";
import { countryOfWord, countriesIn } from "./places.ts";

describe("names", () => {
  it("folds a name to its letters and digits", () => {
    expect(squashName("Stone Panda’s")).toBe("stonepandas");
    expect(squashName("APT-10")).toBe(squashName("apt 10"));
    expect(squashName("Asnarök")).toBe("asnarok");
    expect(nameWords("FamousSparrow Group")).toEqual(["Famous", "Sparrow", "Group"]);
  });

  it("tells distinctive surfaces from ordinary words and short acronyms", () => {
    expect(
      ["APT10", "APT 10", "TA505", "Ke3chang", "DEV-0537", "FamousSparrow", "menuPass"].map(surfaceStrength),
    ).toEqual(Array(7).fill("distinctive"));
    expect(["Cicada", "Stone Panda", "NICKEL", "Group 3", "Apt 10"].map(surfaceStrength)).toEqual(
      Array(5).fill("word"),
    );
    expect(["CARR", "GOP", "SEA"].map(surfaceStrength)).toEqual(Array(3).fill("weak"));
    expect(isCapitalised("cicada")).toBe(false);
    expect(isCapitalised("menuPass")).toBe(true);
  });

  it("derives short and spelt-out forms", () => {
    expect(shortForm("Lazarus Group")).toBe("Lazarus");
    expect(shortForm("Sandworm Team")).toBe("Sandworm");
    expect(shortForm("Group 3")).toBeNull();
    expect(shortForm("Ajax Security Team")).toBeNull();
    expect(spelledOut("APT10")).toBe("Advanced Persistent Threat 10");
    expect(spelledOut("TG-3390")).toBe("Threat Group 3390");
    expect(spelledOut("Stone Panda")).toBeNull();
  });

  it("knows countries and their adjectives", () => {
    expect(["China", "Chinese", "North Korean", "Iran's", "Russia"].map(countryOfWord)).toEqual([
      "CN",
      "CN",
      "KP",
      "IR",
      "RU",
    ]);
    expect(countriesIn("the North Korean-linked group and Russian-backed hackers").map((c) => c.code)).toEqual([
      "KP",
      "RU",
    ]);
  });
});
