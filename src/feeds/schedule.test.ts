import { describe, expect, it } from "vitest";
import { formatInterval, nextPollDelay, parseInterval } from "./schedule.ts";

const MINUTE = 60_000;

describe("parseInterval", () => {
  it("reads seconds, minutes, hours and days, a bare number as minutes", () => {
    expect(parseInterval("90s", 1)).toBe(90_000);
    expect(parseInterval("15m", 1)).toBe(15 * MINUTE);
    expect(parseInterval("2h", 1)).toBe(120 * MINUTE);
    expect(parseInterval("1d", 1)).toBe(1_440 * MINUTE);
    expect(parseInterval("5", 1)).toBe(5 * MINUTE);
  });

  it("refuses nonsense and intervals under the minimum, naming the setting", () => {
    expect(() => parseInterval("soon", MINUTE)).toThrow(/--every takes an interval/);
    expect(parseInterval("60s", MINUTE)).toBe(MINUTE);
    expect(() => parseInterval("59s", MINUTE)).toThrow(/minPollEveryMs = 60000/);
  });

  it("formats intervals back", () => {
    expect([15 * MINUTE, 120 * MINUTE, 1_440 * MINUTE, 90_000].map(formatInterval)).toEqual(["15m", "2h", "1d", "90s"]);
  });
});

describe("nextPollDelay", () => {
  it("waits the interval after a success and doubles it per consecutive error, up to the cap", () => {
    const delays = [0, 1, 2, 3, 4, 10, 1_000].map((errors) => nextPollDelay(15 * MINUTE, errors, 120 * MINUTE));
    expect(delays.map((d) => d / MINUTE)).toEqual([15, 30, 60, 120, 120, 120, 120]);
    expect(nextPollDelay(180 * MINUTE, 3, 120 * MINUTE)).toBe(180 * MINUTE); // never shorter than the interval
  });
});
