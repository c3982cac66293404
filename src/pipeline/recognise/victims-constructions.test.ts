import { describe, expect, it } from "vitest";
import { sectors, organisations, countries } from "./fixtures/victims.ts";

describe("recogniseVictims: lists of kinds that share one head", () => {
  it("splits kinds of different sectors that share a head, keeping one sector's words together", () => {
    expect(sectors("The crew hit firms in the mining, shipping, and oil and gas industries.")).toEqual([
      "mining",
      "shipping",
      "oil and gas industries",
    ]);
    expect(sectors("The group has long targeted naval, chemical and nuclear entities abroad.")).toEqual([
      "naval",
      "chemical",
      "nuclear entities",
    ]);
    expect(sectors("The spies showed a sustained interest in shipping and mining companies.")).toEqual([
      "shipping",
      "mining companies",
    ]);
  });

  it("keeps 'federal and state government' as one kind and reads the list left of the head", () => {
    expect(
      sectors("The crew went after firms in the rail, oil and gas, and federal and state government sectors."),
    ).toEqual(["rail", "oil and gas", "federal and state government sectors"]);
  });

  it("reads the sectors after a place-only phrase, not the phrase itself", () => {
    expect(sectors("Spies have breached Dutch companies across the maritime, chemical and software sectors.")).toEqual([
      "maritime",
      "chemical",
      "software sectors",
    ]);
  });

  it("does not start a list inside an 'of' complement", () => {
    expect(sectors("They breached inboxes of members of the media, human rights groups and others.")).toEqual([
      "members of the media",
      "human rights groups",
    ]);
  });
});

describe("recogniseVictims: kinds named without a head noun", () => {
  it("reads a bare sector word listed beside sector phrases", () => {
    expect(
      sectors("The intrusions have hit think tanks, education, health care, pipeline operators and others."),
    ).toEqual(["think tanks", "education", "health care", "pipeline operators"]);
  });

  it("reads the examples after 'among them', past a place, and no vague wider kind", () => {
    expect(sectors("The wiper disrupted vital industries in Asia, among them banking and shipping.")).toEqual([
      "banking",
      "shipping",
    ]);
  });
});

describe("recogniseVictims: heads and what a head needs", () => {
  it("reads foundations, associations, seaports and manufacturers as kinds of victim", () => {
    expect(sectors("The group targeted foundations, trade associations, seaports and manufacturers.")).toEqual([
      "foundations",
      "trade associations",
      "seaports",
      "manufacturers",
    ]);
  });

  it("makes 'targets' and 'campaigns' sectors only through a sector word", () => {
    expect(sectors("The unit aimed its phishing against police and defense targets.")).toEqual([
      "police",
      "defense targets",
    ]);
    expect(sectors("The spies went after political campaigns and random targets.")).toEqual(["political campaigns"]);
  });

  it("reads a country's sector, 'members of parliament', and leaves out an apposition and 'its own'", () => {
    expect(sectors("The crew had breached dozens of bodies in Peru's mining sector.")).toEqual(["mining sector"]);
    expect(sectors("The report describes surveillance against members of parliament in two states.")).toEqual([
      "members of parliament",
    ]);
    expect(sectors("They cited the 2016 breach at Alpha Water & Power, the state dam operator.")).toEqual([]);
    expect(sectors("Its own agencies were also breached, the bank said.")).toEqual([]);
  });
});

describe("recogniseVictims: triggers an analyst reads as victimisation", () => {
  it("reads robbery, wiring money out of banks and going after", () => {
    expect(sectors("The men plotted to rob banks and crypto exchanges worldwide.")).toEqual([
      "banks",
      "crypto exchanges",
    ]);
    expect(countries("The pair wired funds out of banks in Peru, Chile and Kenya.")).toEqual(["PE", "CL", "KE"]);
    expect(sectors("The unit keeps going after embassies and defence companies.")).toEqual([
      "embassies",
      "defence companies",
    ]);
  });

  it("does not read the punitive 'go after … for'", () => {
    expect(countries("The president may go after Peru for breaking its trade promise.")).toEqual([]);
  });

  it("reads the harm an attack had on someone and a passive 'have been a frequent target'", () => {
    expect(organisations("The wiper had a severe impact on the government of Moldova.")).toEqual([
      "government of Moldova",
    ]);
    expect(countries("Chilean water utilities have been a frequent target of the crew.")).toEqual(["CL"]);
    expect(countries("Hacktivists claimed that any Chilean router is a legitimate target.")).toEqual([]);
    expect(sectors("The sanctions will have a significant impact on Chilean banks.")).toEqual([]);
  });

  it("reads victims through 'belonging to' and 'used by'", () => {
    expect(sectors("The crew compromised inboxes belonging to current and former diplomats.")).toEqual([
      "current and former diplomats",
    ]);
    expect(sectors("Attacks on pumps used by small water utilities followed.")).toEqual(["water utilities"]);
  });

  it("resumes a list of victims after a relative clause", () => {
    expect(countries("Victims include lawyers who defend activists, both in Chile and in Peru.")).toEqual(["CL", "PE"]);
  });

  it("ends a victim phrase at a participle clause about someone else", () => {
    expect(
      organisations(
        "Attacks against the Ministry of Culture continued, prompting a review by the Ministry of Defence.",
      ),
    ).toEqual(["Ministry of Culture"]);
  });
});

describe("recogniseVictims: organisations", () => {
  it("reads political campaigns named by whose they are", () => {
    expect(
      organisations(
        "Hackers went after Jane Roe's campaign, then breached mailboxes of aides associated with the re-election campaign of Mary K. Poe.",
      ),
    ).toEqual(["Jane Roe's campaign", "re-election campaign of Mary K. Poe"]);
  });

  it("keeps a name joined by '&' whole, and reads breaches 'including into'", () => {
    expect(organisations("Officials recalled the 2016 intrusion at Alpha Hydro & Gas Power last week.")).toEqual([
      "Alpha Hydro & Gas Power",
    ]);
    expect(organisations("Later breaches, including into the Bureau of Mines, followed.")).toEqual(["Bureau of Mines"]);
  });

  it("reads the company that reports a break-in of its own systems", () => {
    expect(organisations("Software maker Contoso announced that intruders had breached its servers.")).toEqual([
      "Contoso",
    ]);
    expect(
      organisations(
        "The news broke after the Treasury told Congress that intruders had compromised several of its laptops.",
      ),
    ).toEqual(["Treasury"]);
  });

  it("takes no question heading for a name", () => {
    expect(organisations("Who was targeted")).toEqual([]);
  });

  it("takes a state's possessed intelligence service for the sponsor", () => {
    expect(
      organisations("Officials traced the breach of the Port Authority, and Oslo tied the crew to Russia's GRU."),
    ).toEqual(["Port Authority"]);
  });
});

describe("recogniseVictims: more ways of naming whom the hackers hit", () => {
  it("reads the charges that someone broke in as the break-in itself", () => {
    expect(sectors("A jury indicted two men on charges that they broke into hospitals and shipping firms.")).toEqual([
      "hospitals",
      "shipping firms",
    ]);
  });

  it("reads attempted thefts, lures sent to someone, and sites set up to mimic someone", () => {
    expect(sectors("Later came attempted thefts from banks in three regions.")).toEqual(["banks"]);
    expect(organisations("Phishing emails were sent to the Maritime Safety Agency last spring.")).toEqual([
      "Maritime Safety Agency",
    ]);
    expect(sectors("The domains were registered to mimic think tanks and universities.")).toEqual([
      "think tanks",
      "universities",
    ]);
  });

  it("reads the list after 'victims:'", () => {
    const text =
      "The worm caused losses to three victims: the Lakeside Clinic, the shipping firm Ostra Line, and a large drugmaker.";
    expect(organisations(text)).toEqual(["Lakeside Clinic", "Ostra Line"]);
    expect(sectors(text)).toEqual(["drugmaker"]);
  });

  it("reads a fronted place before the harm, and no country whose critics were hit", () => {
    expect(countries("In the Netherlands the intrusions reached two ports.")).toEqual(["NL"]);
    expect(countries("The crew has targeted critics of Iran, lawyers and reporters.")).toEqual([]);
  });
});
