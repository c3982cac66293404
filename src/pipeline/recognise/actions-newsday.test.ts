import { describe, expect, it } from "vitest";
import { createReportSource, type ActionFinding } from "../../core/index.ts";
import { segmentReport } from "../segment/index.ts";
import { recogniseActions } from "./actions.ts";

function actionsOf(body: string, published: string | null): ActionFinding[] {
  const header = `Test report\n\nSource: Test Wire\n${published ? `Date: ${published}\n` : ""}\n`;
  const report = segmentReport({ source: createReportSource({ origin: "test", published }), text: header + body });
  return recogniseActions(report, { published, actors: [], actorMentions: [] });
}
const brief = (a: ActionFinding) => [a.type, a.date];

describe("recogniseActions: the news day", () => {
  it("dates an action stated as done without a date at the day of the lead's action", () => {
    const found = actionsOf(
      "The administration on Thursday formally blamed Russia for the intrusions.\n\n" +
        "A spokesman described the campaign in detail.\n\n" +
        "The Treasury Department also sanctioned four technology companies that support the hackers.",
      "2023-06-09",
    );
    expect(found.map(brief)).toEqual([
      ["condemnation", "2023-06-08"],
      ["sanctions", "2023-06-08"],
    ]);
  });

  it("falls back to the publication date, and leaves what is expected or told as background undated", () => {
    const found = actionsOf(
      "Britain summoned the Chinese ambassador over the hacking.\n\n" +
        "The Treasury Department sanctioned two front companies.\n\n" +
        "Officials are expected to impose sanctions on the officers.\n\n" +
        "Prosecutors had previously charged a contractor linked to the group.",
      "2023-06-09",
    );
    expect(found.map(brief)).toEqual([
      ["other", "2023-06-09"],
      ["sanctions", "2023-06-09"],
      ["sanctions", null],
      ["indictment", null],
    ]);
  });

  it("gives nothing a date when the report has no publication date", () => {
    expect(actionsOf("The Treasury Department sanctioned two front companies.", null).map(brief)).toEqual([
      ["sanctions", null],
    ]);
  });

  it("reads 'that same month' against the date before it, and 'the same day' against the last action", () => {
    const found = actionsOf(
      "Britain and its allies blamed China for the mass exploitation of mail servers in July 2021. " +
        "That same month, U.S. prosecutors charged four Chinese nationals linked to the campaign.\n\n" +
        "On Thursday the Netherlands went public with the operation. The officers were caught on 13 April. " +
        "Britain's National Cyber Security Centre on the same day accused the GRU of a string of attacks.",
      "2018-10-05",
    );
    expect(found.map(brief)).toEqual([
      ["condemnation", "2021-07"],
      ["indictment", "2021-07"],
      ["condemnation", "2018-10-04"],
      ["condemnation", "2018-10-04"],
    ]);
  });
});

describe("recogniseActions: more ways of holding someone responsible", () => {
  it.each([
    ["The National Cyber Security Centre judged the SVR responsible for the compromise.", "condemnation"],
    ["The agency also assesses that the GRU was almost certainly responsible for the wiper.", "condemnation"],
    ["The government has today identified two state-affiliated firms as responsible for the campaign.", "condemnation"],
    ["The White House named Iran's intelligence ministry as the agency behind the attack.", "condemnation"],
    ["The NCSC went further, saying the MSS was also behind the intrusions.", "condemnation"],
    [
      "Canada today joined partners in Europe and Asia in attributing to Russia a cyber-attack on satellites.",
      "condemnation",
    ],
    ["Minister Jane Holt said the United States was also attributing the attack to Russia.", "condemnation"],
    ["FBI Director Ana Ruiz told a Senate panel that Chinese hackers were hiding in power plants.", "condemnation"],
    ["The FBI, working with French police, had remotely deleted the malware from thousands of computers.", "takedown"],
    ["The Justice Department announced a court-authorized operation against the botnet.", "takedown"],
  ])("%s", (sentence, type) => {
    expect(actionsOf(sentence, "2024-03-05").map((a) => a.type)).toEqual([type]);
  });

  it("keeps two states' statements of one day apart, though their names share a word", () => {
    const found = actionsOf(
      "The United Kingdom today attributed the attack to Russia.\n\n" +
        "In Washington, the United States also attributed the attack to Russia.",
      "2022-05-10",
    );
    expect(found.map((a) => a.by)).toEqual([["United Kingdom"], ["United States"]]);
  });

  it("dates reported speech of the day, another party's statement and a reward at the news day", () => {
    const found = actionsOf(
      "Estonia on Tuesday blamed a foreign spy agency for the breach.\n\n" +
        "Its foreign minister said she had summoned the envoy for talks.\n\n" +
        "The Nordic Council published a declaration for its members condemning the operation.\n\n" +
        "Washington will pay up to $2 million for information on the spies.",
      "2025-03-06",
    );
    expect(found.map(brief)).toEqual([
      ["condemnation", "2025-03-04"],
      ["other", "2025-03-04"],
      ["condemnation", "2025-03-04"],
      ["other", "2025-03-04"],
    ]);
  });
});
