import { describe, expect, it } from "vitest";
import { actorIn, contextOf, reportOf } from "./attribution.fixtures.ts";
import { recognisePersons } from "./persons.ts";

const persons = (text: string) => {
  const report = reportOf(text);
  return recognisePersons(report, contextOf());
};
const roles = (text: string) => Object.fromEntries(persons(text).map((p) => [p.name, p.role]));

describe("recognisePersons", () => {
  it("strips titles, keeps them, and folds later short references into one person", () => {
    const found = persons(
      "Assistant Attorney General John Demers announced the charges on Monday. Demers said more cases would follow.",
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ name: "John Demers", role: "official" });
    expect(found[0]?.title).toContain("Assistant Attorney General");
  });

  it("reads names of many traditions: Chinese, Korean, Russian patronymics, particles, Scandinavian", () => {
    const found = roles(
      "Prosecutors charged Wang Dong and Sun Kailiang with economic espionage. " +
        "Park Jin Hyok was charged over the 2017 ransomware outbreak. " +
        "Yevgeniy Viktorovich Polyanin was indicted for the attacks. " +
        "Ursula von der Leyen, President of the European Commission, said the bloc would respond. " +
        "Norway's Minister of Foreign Affairs Anniken Huitfeldt condemned the intrusion.",
    );
    expect(found).toEqual({
      "Wang Dong": "defendant",
      "Sun Kailiang": "defendant",
      "Park Jin Hyok": "defendant",
      "Yevgeniy Viktorovich Polyanin": "defendant",
      "Ursula von der Leyen": "official",
      "Anniken Huitfeldt": "official",
    });
  });

  it("keeps one finding per person when the family name comes first ('Su admitted')", () => {
    const found = persons("Su Bin, 51, was charged in 2014. Su admitted helping the hackers choose targets.");
    expect(found.map((p) => p.name)).toEqual(["Su Bin"]);
    expect(found[0]?.role).toBe("defendant");
  });

  it("counts a single surname used as a person ('President Trump')", () => {
    expect(roles("President Trump signed the order. The Trump administration blamed Beijing.")).toEqual({
      Trump: "official",
    });
  });

  it("makes photo credits 'other', never defendants, and leaves a byline's reporter out", () => {
    const found = roles(
      "By Jane Doe\n\nA hacker charged in the case leaves the court. (Mark Ellis/AP)\n\n" +
        "Two men were indicted on Thursday. REUTERS/Kim Kyung-Hoon/File Photo",
    );
    expect(found).toEqual({ "Mark Ellis": "other", "Kim Kyung-Hoon": "other" });
  });

  it("keeps officials quoted in indictment stories official", () => {
    const found = roles(
      '"The defendants will face justice," FBI Director Christopher Wray said. The indictment accuses them of hacking.',
    );
    expect(found).toEqual({ "Christopher Wray": "official" });
  });

  it("tells researchers, company staff and government spokespeople apart", () => {
    const found = roles(
      "John Hultquist, chief analyst at Mandiant, said the group was active. " +
        "Brad Smith, Microsoft's president, said the company had notified customers. " +
        "Kremlin spokesman Dmitry Peskov denied the claims. " +
        "A Huawei spokeswoman, Joy Tan, declined to comment.",
    );
    expect(found).toEqual({
      "John Hultquist": "researcher",
      "Brad Smith": "other",
      "Dmitry Peskov": "official",
      "Joy Tan": "other",
    });
  });

  it("does not mistake organisations, places, groups, agencies, products or months for persons", () => {
    const found = persons(
      "Homeland Security said the White House was briefed. Stone Panda and Salt Typhoon were named. " +
        "The US District Court for the Western District of Washington granted the order to the Digital Crimes Unit. " +
        "Microsoft Exchange servers at Wells Fargo and Sony Pictures were hit in March 2021, Hong Kong police said.",
    );
    expect(found).toEqual([]);
  });

  it("never reads a catalogue actor's mention as a person", () => {
    const report = reportOf("Jack Frost said it breached the ministry. Analysts said Jack Frost used new malware.");
    const ctx = contextOf([actorIn(report, "Jack Frost")]);
    expect(recognisePersons(report, ctx)).toEqual([]);
  });

  it("reads a front company named like a person as no person", () => {
    expect(
      persons("Chosun Expo, a front company for the Reconnaissance General Bureau, employed the hackers."),
    ).toEqual([]);
  });

  it("makes the author of an embedded government post an official", () => {
    const found = roles(
      "With EU Member States, we condemn these malicious cyber activities.\n\n— Jane Ministerova (@JaneM) March 3, 2024",
    );
    expect(found).toEqual({ "Jane Ministerova": "official" });
  });

  it("gives every finding its evidence sentence", () => {
    const report = reportOf("Kremlin spokesman Dmitry Peskov denied the claims.");
    const [peskov] = recognisePersons(report, contextOf());
    expect(peskov?.evidence.sentence).toBe("Kremlin spokesman Dmitry Peskov denied the claims.");
    expect(report.text.slice(peskov?.evidence.start, peskov?.evidence.end)).toBe(peskov?.evidence.sentence);
  });
});
