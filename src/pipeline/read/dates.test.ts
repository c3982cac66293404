import { describe, expect, it } from "vitest";
import { toIsoDate } from "./dates.ts";

describe("toIsoDate", () => {
  it.each([
    ["2018-12-20", "2018-12-20"],
    ["2018-12-20T23:30:00-05:00", "2018-12-20"],
    ["2018-12-20 10:00:00", "2018-12-20"],
    ["20181220", "2018-12-20"],
    ["Thu, 20 Dec 2018 15:00:00 -0500", "2018-12-20"],
    ["20 Dec 18 15:00 GMT", "2018-12-20"],
    ["Thursday, December 20, 2018", "2018-12-20"],
    ["December 20th, 2018", "2018-12-20"],
    ["20 September 2021", "2021-09-20"],
    ["Sept. 3, 2021", "2021-09-03"],
  ])("reads %s", (raw, iso) => {
    expect(toIsoDate(raw)).toBe(iso);
  });

  it.each([null, undefined, "", "yesterday", "2018-02-30", "2018-13-01", "31 Foo 2018", "Thursday 20 2018"])(
    "gives null for %s",
    (raw) => {
      expect(toIsoDate(raw)).toBeNull();
    },
  );
});
