import { describe, expect, it } from "vitest";
import { loadConfig } from "./index.ts";

describe("the openReads setting", () => {
  it("is off by default and read from ESPIAL_OPEN_READS", () => {
    expect(loadConfig({ env: {} }).openReads).toBe(false);
    for (const on of ["1", "true", "YES", " on "])
      expect(loadConfig({ env: { ESPIAL_OPEN_READS: on } }).openReads).toBe(true);
    for (const off of ["0", "false", "no", "off", ""])
      expect(loadConfig({ env: { ESPIAL_OPEN_READS: off } }).openReads).toBe(false);
  });

  it("names the key when the value is not a yes or a no", () => {
    expect(() => loadConfig({ env: { ESPIAL_OPEN_READS: "maybe" } })).toThrow(/openReads/);
  });
});
