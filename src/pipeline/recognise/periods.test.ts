import { describe, expect, it } from "vitest";
import { createReportSource } from "../../core/index.ts";
import { segmentReport } from "../segment/index.ts";
import { recognisePeriods } from "./periods.ts";

function periodsOf(body: string, published: string | null = "2021-06-15"): [string, string | null][] {
  const report = segmentReport({ source: createReportSource({ origin: "test", published }), text: body });
  return recognisePeriods(report, { published, actors: [], actorMentions: [] }).map((p) => [p.from, p.to]);
}

describe("recognisePeriods: the forms of a period", () => {
  it.each([
    ["The group's campaign began in 2009 and targeted shipping firms.", [["2009", null]]],
    ["A second wave, beginning in 2016, hit universities.", [["2016", null]]],
    ["The actor has operated since at least 2012.", [["2012", null]]],
    ["Researchers say the group has been active since 2014.", [["2014", null]]],
    ["Since 2018, it has targeted defence contractors in Europe.", [["2018", null]]],
    ["The spies breached the networks of six ministries between 2015 and 2019.", [["2015", "2019"]]],
    ["Between March 2020 and May 2021, the group stole research data.", [["2020-03", "2021-05"]]],
    ["Officials detailed the 2012-2014 campaign against oil firms.", [["2012", "2014"]]],
    ["The operators pushed fake stories beginning with June 2018.", [["2018-06", null]]],
    ["The intrusions could be traced back to March last year.", [["2020-03", null]]],
    ["Its earliest samples date back to 2010.", [["2010", null]]],
    ["The May 2017 attacks against hospitals were its work.", [["2017-05", "2017-05"]]],
    ["The unit has been breaching telecom carriers since mid-2019.", [["2019", null]]],
    ["The hackers were active between late 2019 and early 2021.", [["2019", "2021"]]],
    ["The crew began operating in 2009, researchers said.", [["2009", null]]],
    ["Its earliest intrusions dating to 2013 hit defence firms.", [["2013", null]]],
    ["The group has used the PlugX malware since 2012.", [["2012", null]]],
    ["The operation ran from April 2016 through September 2018, the complaint says.", [["2016-04", "2018-09"]]],
    ["The intrusions lasted from 2011 through at least June 2015.", [["2011", "2015-06"]]],
    ["The implants were planted between February and May 2019.", [["2019-02", "2019-05"]]],
    ["The thefts were carried out between November and January 2020.", [["2019-11", "2020-01"]]],
    ["The unit has run espionage campaigns for the ministry since approximately 2016.", [["2016", null]]],
    [
      "A botnet that has targeted dissidents, journalists and shipping firms since at least 2017 was dismantled.",
      [["2017", null]],
    ],
    [
      "Prosecutors said the scheme began in 2010 and that a later phase started in 2013.",
      [
        ["2010", null],
        ["2013", null],
      ],
    ],
  ])("%s", (sentence, expected) => {
    expect(periodsOf(sentence)).toEqual(expected);
  });

  it("closes an open period with a later 'continued through'", () => {
    expect(periodsOf("The operation started in March 2017. The attacks continued through 2020.")).toEqual([
      ["2017-03", "2020"],
    ]);
  });

  it("states one period once, however it is worded", () => {
    const text = "The spying campaign ran between 2012 and 2014. Officials said the 2012-2014 campaign hit 13 firms.";
    expect(periodsOf(text)).toEqual([["2012", "2014"]]);
  });
});

describe("recognisePeriods: what is not a period of activity", () => {
  it.each([
    ["German authorities have warned companies about the group since at least 2018."],
    ["The implant is a malware family observed in intrusions as far back as 2016."],
    ["It relies on a backdoor that has been used since 2015 by several groups."],
    ["It would be the fourth known attack on a bank since the beginning of 2015."],
    ["The ministry signed a landmark 2015 pact with its neighbour."],
    ["The Treasury sanctioned the group in March 2021."],
    ["A cyberattack in January caused a tank to overflow."],
    ["The vendor's researchers have followed the crew since 2014."],
    ["Since 2016, the port city has taken in thousands of refugees."],
  ])("%s", (sentence) => {
    expect(periodsOf(sentence)).toEqual([]);
  });

  it("leaves a relative period out when the publication date is unknown", () => {
    expect(periodsOf("The intrusions could be traced back to March last year.", null)).toEqual([]);
  });
});
