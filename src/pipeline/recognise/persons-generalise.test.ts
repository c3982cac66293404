import { describe, expect, it } from "vitest";
import { contextOf, reportOf } from "./attribution.fixtures.ts";
import { recognisePersons } from "./persons.ts";

const roles = (text: string) =>
  Object.fromEntries(recognisePersons(reportOf(text), contextOf()).map((p) => [p.name, p.role]));

describe("recognisePersons: roles as an analyst reads them", () => {
  it("reads officials behind long titles and with a middle initial, whatever the surname also names", () => {
    expect(
      roles(
        '"We took the network apart," said Deputy Attorney General Karen J. Jordan.\n\n' +
          '"They will pay," said Acting Under Secretary of the Treasury for Terrorism and Financial Intelligence Marcus T. Webb.',
      ),
    ).toEqual({ "Karen J. Jordan": "official", "Marcus T. Webb": "official" });
  });

  it("makes a special counsel an official, and an executive order no one", () => {
    expect(
      roles(
        "The indictment, brought by Special Counsel Walter Greene's office, names the men. " +
          "The firm is designated under Executive Order 13694.",
      ),
    ).toEqual({ "Walter Greene": "official" });
  });

  it("makes a colonel who is accused, and an officer heading a numbered unit, defendants", () => {
    expect(
      roles(
        "Pavel Ivanovich Sorokin, a colonel said to command Unit 12345, is accused of running the servers. " +
          "Among those charged is Boris Lvovich Kuznets, described as the commander of Unit 67890.",
      ),
    ).toEqual({ "Pavel Ivanovich Sorokin": "defendant", "Boris Lvovich Kuznets": "defendant" });
  });

  it("makes the people a count introduces and then names defendants, known given names or not", () => {
    expect(
      roles(
        "General Ruud Smit, who heads the agency, named the three: Arkady Belov, Evgenii Smirnov and Oleg Panin. " +
          "The two men, Liu Hao and Zhou Ming, remain at large.",
      ),
    ).toMatchObject({
      "Arkady Belov": "defendant",
      "Evgenii Smirnov": "defendant",
      "Oleg Panin": "defendant",
      "Liu Hao": "defendant",
      "Zhou Ming": "defendant",
    });
  });

  it("makes analysts and fellows researchers wherever they work, unless a government employs them", () => {
    expect(
      roles(
        '"It is a rehearsal," said Maria Lopez, a senior analyst at a Toronto consultancy. ' +
          '"They want options," said Daniel Kim, a fellow at a Boston think tank. ' +
          '"We are watching," said Peter Grant, an intelligence analyst at the Defense Department.',
      ),
    ).toEqual({ "Maria Lopez": "researcher", "Daniel Kim": "researcher", "Peter Grant": "official" });
  });

  it("reads the body a person heads, a title split by 'for', and the one harmed as no defendant", () => {
    expect(
      roles(
        "Mark Hollis, who heads the Justice Department's cyber section, said the case was strong. " +
          '"He and his co-conspirators will answer for it," said Assistant Attorney General for National Security Ruth K. Oduya. ' +
          "The five also plotted the 2019 poisoning of Adrian Volkov, prosecutors alleged.",
      ),
    ).toEqual({ "Mark Hollis": "official", "Ruth K. Oduya": "official", "Adrian Volkov": "other" });
  });

  it("leaves a news story's reporter out, and makes the authors of a research post researchers", () => {
    const text =
      "By Helen Marsh\n\nThe group broke into ministries in Asia.\n\n" +
      "Posted by Ivo Brandt and Tomasz Zielinski, Example Threat Labs\n\n" +
      '"The worm is still spreading," said Zielinski.';
    expect(roles(text)).toEqual({ "Ivo Brandt": "researcher", "Tomasz Zielinski": "researcher" });
  });

  it("splits a portfolio title off the name and reads an EU listing as designation", () => {
    expect(
      roles(
        "Chief Cabinet Secretary Haruto Ikeda said Tokyo would respond. " +
          "Brussels listed Bogdan Lesko and Pavlo Hrytsenko, two men who ran the ransomware.",
      ),
    ).toEqual({ "Haruto Ikeda": "official", "Bogdan Lesko": "defendant", "Pavlo Hrytsenko": "defendant" });
  });

  it("makes the owner of a targeted campaign no defendant, and a research programme head a researcher", () => {
    expect(
      roles(
        "Prosecutors say the hackers went after Jane Roe's re-election campaign. " +
          "Priya Raman, who leads the cyber policy programme at the Northgate Institute, called the leak predictable.",
      ),
    ).toEqual({ "Jane Roe": "other", "Priya Raman": "researcher" });
  });

  it("reads an age after a semicolon list and a person noun before an apposition as a person", () => {
    expect(
      roles(
        "Accused: Farid Kazemzadeh, 41; Behrouz Tavana, 29. " +
          "A Dutch man, Sven Oudekerk, was charged separately with fraud.",
      ),
    ).toEqual({ "Farid Kazemzadeh": "defendant", "Behrouz Tavana": "defendant", "Sven Oudekerk": "defendant" });
  });

  it("reads every name a charging document lists, past a relative clause and 'along with'", () => {
    expect(
      roles(
        "The indictment names Dariush Kalantari and Ehsan Rostami, who ran the front company, along with Vahid Partovi and Kourosh Nabavi.",
      ),
    ).toEqual({
      "Dariush Kalantari": "defendant",
      "Ehsan Rostami": "defendant",
      "Vahid Partovi": "defendant",
      "Kourosh Nabavi": "defendant",
    });
  });
});
