import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ERROR_CODES, errorTable, toEspialError, EspialError } from "./errors.ts";

describe("error codes", () => {
  it("are documented in docs/errors.md with their HTTP status and exit code", () => {
    const doc = readFileSync(new URL("../../docs/errors.md", import.meta.url), "utf8");
    const rows = [...doc.matchAll(/^\| `([a-z-]+)` *\| (\d{3}) *\| (\d) *\|/gm)].map((m) => [
      m[1],
      Number(m[2]),
      Number(m[3]),
    ]);
    expect(rows.map((r) => r[0]).sort()).toEqual([...ERROR_CODES].sort());
    for (const [code, http, exit] of rows) {
      expect(errorTable[code as (typeof ERROR_CODES)[number]]).toEqual({ http, exit });
    }
  });

  it("converts unknown throws once", () => {
    const e = toEspialError(new Error("boom"));
    expect(e.code).toBe("internal");
    const same = new EspialError("not-found", "x");
    expect(toEspialError(same)).toBe(same);
  });
});
