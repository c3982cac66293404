import { describe, expect, it } from "vitest";
import { findAnaphoricDate, findDates, resolveDate, truncateDate } from "./dates.ts";

describe("resolveDate", () => {
  it("puts a weekday on or before the publication date", () => {
    expect(resolveDate("The agency said on Thursday that", "2018-12-20")).toBe("2018-12-20");
    expect(resolveDate("officials said on Tuesday", "2022-01-26")).toBe("2022-01-25");
    expect(resolveDate("the ministry said on Friday", "2024-07-22")).toBe("2024-07-19");
    expect(resolveDate("the ministry said last Thursday", "2018-12-20")).toBe("2018-12-13");
  });

  it("puts a weekday on or after the publication date for what is still to come", () => {
    expect(resolveDate("sanctions will be announced on Monday", "2024-07-19", "future")).toBe("2024-07-22");
    expect(resolveDate("will call out Beijing on Thursday", "2018-12-20", "future")).toBe("2018-12-20");
  });

  it("reads a month without a year as the latest one not after publication", () => {
    expect(resolveDate("In January, the Treasury", "2025-04-24")).toBe("2025-01");
    expect(resolveDate("In October, the bureau", "2025-04-24")).toBe("2024-10");
    expect(resolveDate("In April, the bureau", "2025-04-24")).toBe("2025-04");
    expect(resolveDate("on December 2", "2021-12-06")).toBe("2021-12-02");
    expect(resolveDate("on December 9", "2021-12-06")).toBe("2020-12-09");
  });

  it("resolves relative phrases against publication", () => {
    expect(resolveDate("seized today", "2021-12-06")).toBe("2021-12-06");
    expect(resolveDate("said yesterday", "2021-03-01")).toBe("2021-02-28");
    expect(resolveDate("earlier this month", "2021-09-24")).toBe("2021-09");
    expect(resolveDate("dating back to June last year", "2016-05-26")).toBe("2015-06");
    expect(resolveDate("last week", "2016-05-26")).toBe("2016-05");
  });

  it("gives absolute dates at their own precision, with or without a publication date", () => {
    expect(resolveDate("in August 2018", null)).toBe("2018-08");
    expect(resolveDate("on March 3, 2017", null)).toBe("2017-03-03");
    expect(resolveDate("in 2014", null)).toBe("2014");
  });

  it("never guesses a relative date when the publication date is unknown", () => {
    expect(resolveDate("on Tuesday", null)).toBeNull();
    expect(resolveDate("today", null)).toBeNull();
    expect(resolveDate("In January", null)).toBeNull();
    expect(resolveDate("earlier this month", null)).toBeNull();
  });
});

describe("findDates", () => {
  it("finds bare years but not identifiers, sums or counts", () => {
    const found = findDates("CVE-2021-40539 cost $2019 and 2019 attacks, 10 times, in 2011-2013", "2021-07-20");
    expect(found.map((d) => d.text)).toEqual(["2019", "2011", "2013"]);
  });

  it("does not take a name for a month", () => {
    expect(findDates("Theresa May said it may be so", "2016-07-13")).toEqual([]);
  });

  it("notes the noun a date premodifies", () => {
    const [d] = findDates("In a March 2019 indictment, the grand jury alleged", "2021-07-19");
    expect(d?.modifies).toBe("indictment");
    expect(findDates("the August attack was", "2021-09-24")[0]?.modifies).toBe("attack");
  });

  it("skips chrono entirely on text with no date cue", () => {
    expect(findDates("No dates are mentioned here at all.", "2020-01-01")).toEqual([]);
  });
});

describe("anaphoric dates", () => {
  it("finds 'the same month' and cuts the earlier date to its unit", () => {
    expect(findAnaphoricDate("The same month, the agency shared samples.")?.unit).toBe("month");
    expect(truncateDate("2020-10-15", "month")).toBe("2020-10");
    expect(truncateDate("2020", "month")).toBeNull();
  });
});
