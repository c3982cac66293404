import { describe, expect, it } from "vitest";
import { createReportSource, type ActionFinding } from "../../core/index.ts";
import { segmentReport } from "../segment/index.ts";
import { recogniseActions } from "./actions.ts";

/** A report with a header (title, outlet, date) and the given body, read with no actors known. */
function actionsOf(body: string, published: string | null, title = "Test report"): ActionFinding[] {
  const header = `${title}\n\nSource: Test Wire\n${published ? `Date: ${published}\n` : ""}\n`;
  const report = segmentReport({ source: createReportSource({ origin: "test", published }), text: header + body });
  return recogniseActions(report, { published, actors: [], actorMentions: [] });
}

const brief = (a: ActionFinding) => ({ type: a.type, kind: a.kind, date: a.date, status: a.modality.status });

describe("recogniseActions: each kind", () => {
  it.each([
    [
      "The Justice Department on Monday indicted three Iranian nationals for hacking water utilities.",
      "indictment",
      "indictment",
    ],
    [
      "Federal prosecutors unsealed an indictment against two Russian intelligence officers.",
      "complaint-unsealed",
      "indictment",
    ],
    ["Prosecutors charged the four men with conspiracy to commit computer fraud.", "charges", "indictment"],
    ["The Treasury Department imposed sanctions on a Chinese front company.", "sanctions", "sanctions"],
    ["OFAC designated the company under an executive order on cyber-enabled activities.", "designation", "sanctions"],
    [
      "The British government formally attributed the attack to Russia's military intelligence.",
      "condemnation",
      "condemnation",
    ],
    ["Australia and Japan issued a joint statement naming the group.", "joint-attribution", "condemnation"],
    ["A court in Berlin issued an arrest warrant for the officer.", "arrest-warrant", "arrest-warrant"],
    ["Interpol issued a red notice for the suspect.", "interpol-notice", "arrest-warrant"],
    ["Police in Spain arrested a Ukrainian national suspected of running the botnet.", "arrest", "arrest"],
    ["The programmer was extradited to the United States from Israel.", "extradition", "other"],
    ["The NSA and the FBI published a joint advisory about the group's new malware.", "advisory", "advisory"],
    ["The FBI seized 15 domains used by the group.", "seizure", "takedown"],
    ["Europol said police took down the botnet's servers.", "takedown", "other-takedown"],
    ["The State Department offered a reward of up to $5 million for information on the hackers.", "reward", "other"],
    ["The FBI asked the public for tips about the hackers.", "tip-request", "other"],
    ["A federal judge sentenced the contractor to five years in prison.", "sentencing", "other"],
    ["The contractor pleaded guilty to stealing trade secrets for a foreign government.", "guilty-plea", "other"],
  ])("%s → %s", (sentence, kind, type) => {
    const found = actionsOf(sentence, "2020-09-16");
    expect(found.map((a) => a.kind)).toEqual([kind]);
    if (type !== "other-takedown") expect(found[0]?.type).toBe(type);
  });
});

describe("recogniseActions: dates", () => {
  it("resolves a weekday before or on publication", () => {
    const [a] = actionsOf("The Treasury Department on Monday sanctioned two men who ran the forum.", "2020-09-16");
    expect(a && brief(a)).toEqual({ type: "sanctions", kind: "sanctions", date: "2020-09-14", status: "done" });
  });

  it("reads a month across the year boundary", () => {
    const [a] = actionsOf("In November, the Treasury sanctioned a front company of the group.", "2021-02-03");
    expect(a?.date).toBe("2020-11");
  });

  it("reads 'earlier this month' as the month of publication", () => {
    const [a] = actionsOf("The activity was linked by France to the group earlier this month.", "2022-06-20");
    expect(a?.date).toBe("2022-06");
  });

  it("leaves relative dates null when the publication date is unknown", () => {
    const [a] = actionsOf("The Treasury Department on Monday sanctioned two men who ran the forum.", null);
    expect(a?.date).toBeNull();
  });

  it("keeps a bare year out of an action's date", () => {
    const [a] = actionsOf("The hacker was arrested in Thailand in 2016.", "2020-09-16");
    expect(a?.type).toBe("arrest");
    expect(a?.date).toBeNull();
  });

  it("dates a recap by its own date, apart from today's action", () => {
    const found = actionsOf(
      "The FBI seized today 30 domains used by the group. In May 2019, the bureau seized the servers of another gang.",
      "2021-11-10",
    );
    expect(found.map((a) => a.date)).toEqual(["2021-11-10", "2019-05"]);
  });

  it("does not take the date of a filing in a trailing clause", () => {
    const found = actionsOf(
      "The botnet sent spam for years. The company took down its servers after a court granted its request, filed on March 3.",
      "2021-03-10",
    );
    const [a] = found;
    // Not the filing's day: the undated takedown is the news of the day the report is published.
    expect(a?.date).toBe("2021-03-10");
  });

  it("gives 'the same month' the month of the date before", () => {
    const found = actionsOf(
      "The Council sanctioned six officers in July 2020. The same month, the NCSC published an advisory on the malware they used.",
      "2021-01-05",
    );
    expect(found.map((a) => [a.type, a.date])).toEqual([
      ["sanctions", "2020-07"],
      ["advisory", "2020-07"],
    ]);
  });
});

describe("recogniseActions: modality and what is not an action", () => {
  it("drops a negated action", () => {
    expect(actionsOf("The Justice Department did not indict the executives.", "2020-09-16")).toEqual([]);
  });

  it("marks an action that is expected", () => {
    const [a] = actionsOf("The State Department is expected to announce sanctions against the unit.", "2020-09-16");
    expect(a?.modality.status).toBe("expected");
  });

  it("leaves undated what the lede expects: the dateline's date is when the story was filed", () => {
    const lede = "WASHINGTON, 20 December 2018 - Officials said an Interpol notice for the two men is expected.";
    expect(actionsOf(lede, "2018-12-20").map(brief)).toEqual([
      { type: "arrest-warrant", kind: "interpol-notice", date: null, status: "expected" },
    ]);
    const done = "WASHINGTON, 20 December 2018 - Prosecutors charged two members of the crew on Thursday.";
    expect(actionsOf(done, "2018-12-20").map((a) => a.date)).toEqual(["2018-12-20"]);
  });

  it("reads no action in a hypothetical or in the charge of an arrest", () => {
    expect(actionsOf("Beijing said any new sanctions could end the talks.", "2020-09-16")).toEqual([]);
    const found = actionsOf(
      "Canada arrested an executive on charges of violating sanctions against Iran.",
      "2020-09-16",
    );
    expect(found.map((a) => a.type)).toEqual(["arrest"]);
  });

  it("does not count a vendor linking a hack as an attribution", () => {
    expect(actionsOf("Kaspersky linked the malware to a group it calls BlueNoroff.", "2020-09-16")).toEqual([]);
  });

  it("reads no action in a tally or in an adjective", () => {
    expect(actionsOf("To date, the company has taken down 10,000 malicious websites.", "2020-09-16")).toEqual([]);
    expect(actionsOf("The Iran-linked group targeted universities.", "2020-09-16")).toEqual([]);
  });

  it("reads a government's unhedged statement that a state's hackers did it as a condemnation", () => {
    const [a] = actionsOf(
      "The Dutch government said on Monday that Russian military hackers had breached its network.",
      "2020-09-16",
    );
    expect(a && brief(a)).toEqual({ type: "condemnation", kind: "condemnation", date: "2020-09-14", status: "done" });
    expect(actionsOf("The Dutch government said Russian hackers may have breached its network.", "2020-09-16")).toEqual(
      [],
    );
  });

  it("reads an action quoted from an official", () => {
    const [a] = actionsOf('"We are charging five officers of the army," the attorney general said.', "2014-05-19");
    expect(a?.type).toBe("indictment");
  });
});

describe("recogniseActions: one finding per action", () => {
  it("merges headline, lead and a later mention, keeping the best date", () => {
    const found = actionsOf(
      "The Justice Department has indicted two hackers working for the intelligence service. " +
        "The indictment names both men.\n\nThe charges were announced by the Justice Department on Tuesday.",
      "2020-09-16",
      "US indicts two state hackers",
    );
    expect(found.map(brief)).toEqual([{ type: "indictment", kind: "charges", date: "2020-09-15", status: "done" }]);
  });

  it("dates the headline's action at publication when nothing else dates it", () => {
    const [a] = actionsOf(
      "The bureau has asked citizens for information on the crew.",
      "2025-04-24",
      "FBI seeks help to find hackers",
    );
    expect(a?.date).toBe("2025-04-24");
  });

  it("keeps apart the same kind by different parties", () => {
    const found = actionsOf(
      "Germany attributed the campaign to the GRU on Monday. Poland also attributed the campaign to the GRU on Monday.",
      "2021-09-24",
    );
    expect(found.map((a) => a.by)).toEqual([["Germany"], ["Poland"]]);
  });

  it("folds a guilty plea into the sentencing of the same case", () => {
    const found = actionsOf(
      "The engineer, who pleaded guilty in March, was sentenced on Wednesday to four years.",
      "2016-07-13",
    );
    expect(found.map((a) => [a.kind, a.date])).toEqual([["sentencing", "2016-07-13"]]);
  });

  it("names who acts and against whom", () => {
    const [a] = actionsOf(
      "The Treasury Department on Monday sanctioned three operators of the ransomware crew.",
      "2024-07-22",
    );
    expect(a?.by).toEqual(["Treasury Department"]);
    expect(a?.against).toEqual(["three operators of the ransomware crew"]);
  });
});

describe("recogniseActions: formal attribution phrasing", () => {
  it("reads an agency named as the doer, with the assessment words of formal attribution", () => {
    const [a] = actionsOf(
      "The National Cyber Security Centre said the GRU was almost certainly behind the attacks.",
      "2018-10-04",
    );
    expect(a?.type).toBe("condemnation");
    expect(a?.against).toEqual(["GRU"]);
  });

  it("reads a title-case headline verb when a party leads it", () => {
    const [a] = actionsOf(
      "The sanctions target the group's leaders.",
      "2024-07-19",
      "US Sanctions Russian Hackers Behind Water Attacks",
    );
    expect(a?.type).toBe("sanctions");
    expect(a?.by).toEqual(["US"]);
  });

  it("does not take an agency's remit for a charge or a treaty for an extradition", () => {
    expect(actionsOf("CISA, the agency charged with protecting federal networks, said little.", "2021-01-05")).toEqual(
      [],
    );
    expect(actionsOf("The two countries have no extradition treaty.", "2021-01-05")).toEqual([]);
  });

  it("does not take a group disrupting a grid for a takedown", () => {
    expect(actionsOf("The hacking group disrupted Ukraine's power grid in 2016.", "2021-01-05")).toEqual([]);
  });

  it("reads a warning that names cyber activity as an advisory", () => {
    const [a] = actionsOf(
      "CISA warned on Tuesday that Chinese state hackers are exploiting a flaw in VPN appliances.",
      "2021-04-21",
    );
    expect(a?.type).toBe("advisory");
    expect(a?.date).toBe("2021-04-20");
    expect(actionsOf("Beijing warned that further sanctions would harm relations.", "2021-04-21")).toEqual([]);
  });
});

describe("recogniseActions: more diplomatic and legal actions", () => {
  it.each([
    // Summoning an envoy is the diplomatic step "other", as the evaluation's conventions read it.
    ["Germany summoned the Russian ambassador over the hack of its parliament.", "other"],
    ["The United States accused China's Ministry of State Security of hiring criminal hackers.", "condemnation"],
    ["The Netherlands expelled four Russian intelligence officers after the operation.", "expulsion"],
    ["A jury convicted the former contractor of spying for a foreign government.", "conviction"],
    ["The State Department is offering up to $10 million for information on the hackers.", "reward"],
    ["The European Council imposed travel bans and asset freezes on six officers.", "sanctions"],
    ["EU ministers imposed restrictive measures on three hackers on Monday.", "sanctions"],
    ["Tokyo on Monday placed the hacking unit on its national sanctions list.", "designation"],
    ["Washington will pay up to $3 million for information leading to the pair.", "reward"],
    ["Austria summoned the chargé d'affaires of the mission over the leak.", "other"],
    ["Latvia said on Monday it was severing diplomatic relations with the regime.", "other"],
    ["The Nordic Council published a statement voicing solidarity with Oslo.", "condemnation"],
    ["Two of the men were previously charged in 2019 with fraud.", "charges"],
  ])("%s → %s", (sentence, kind) => {
    expect(actionsOf(sentence, "2020-09-16").map((a) => a.kind)).toEqual([kind]);
  });

  it("takes 'sentences' as a unit of text for no sentencing", () => {
    expect(actionsOf("The digest keeps each summary to two sentences.", "2020-09-16")).toEqual([]);
  });

  it("reads prosecutors accusing defendants as no diplomatic accusation", () => {
    expect(actionsOf("Prosecutors accused the two men of stealing aircraft designs.", "2020-09-16")).toEqual([]);
  });
});

describe("recogniseActions: recaps in passing", () => {
  it("reads a charge named in a relative clause, undated by its bare year", () => {
    const found = actionsOf(
      "It noted overlaps with APT41, a group the US Justice Department charged in 2020.",
      "2024-02-14",
    );
    expect(found.map((a) => [a.type, a.date])).toEqual([["indictment", null]]);
  });

  it("does not read a politically charged issue as a charge", () => {
    expect(actionsOf("Attribution remains a politically charged issue for the ministry.", "2024-02-14")).toEqual([]);
  });
});

describe("recogniseActions: statements and the news they belong to", () => {
  it("joins the lead's statement to the headline's warning, dated by the lead", () => {
    const found = actionsOf(
      "On Tuesday the Dutch government said a Russian espionage group known as Frost Lynx has repeatedly attacked port operators.",
      "2023-05-17",
      "Dutch government warns of Russian hacking group targeting ports",
    );
    expect(found.map(brief)).toEqual([{ type: "advisory", kind: "advisory", date: "2023-05-16", status: "done" }]);
  });

  it("reads an attribution in a relative clause, but not a participle describing hackers", () => {
    const [a] = actionsOf(
      "Lazarus, which the United States has linked to the Sony attack, stole the funds.",
      "2022-04-15",
    );
    expect(a?.by).toEqual(["United States"]);
    expect(a?.against).toEqual(["Lazarus"]);
    expect(actionsOf("The bureau wants information about hackers linked to the attacks.", "2022-04-15")).toEqual([]);
  });
});

describe("recogniseActions: quotes and warrants still to come", () => {
  it("reads no action in a quoted promise", () => {
    expect(actionsOf('"We will hold those responsible accountable," the minister said.', "2020-09-16")).toEqual([]);
  });

  it("reads a warrant that there will be as expected", () => {
    const [a] = actionsOf(
      "Should either officer leave the country, an Interpol notice will be issued for his arrest.",
      "2018-12-20",
    );
    expect(a && [a.kind, a.modality.status]).toEqual(["interpol-notice", "expected"]);
  });
});

describe("recogniseActions: who may attribute", () => {
  it("does not take anonymous officials' account for a formal attribution", () => {
    expect(actionsOf("US officials said Chinese state hackers breached the agency's email.", "2023-07-12")).toEqual([]);
    const [a] = actionsOf("The State Department said Chinese state hackers breached its email.", "2023-07-12");
    expect(a?.type).toBe("condemnation");
  });
});

describe("recogniseActions: charges, warrants and denials read as an analyst would", () => {
  it("reads the prosecutors before a place set off by commas as the party that charged", () => {
    const [a] = actionsOf(
      "In May, prosecutors in Tulsa, Oklahoma, charged three Russian nationals over a string of intrusions.",
      "2021-06-10",
    );
    expect(a && [a.type, a.date, a.by]).toEqual(["indictment", "2021-05", ["prosecutors"]]);
  });
  it("does not take what was charged ('threatening to publish') for a hypothetical", () => {
    const found = actionsOf(
      "Prosecutors in Boston charged her in March with stealing data and threatening to publish it.",
      "2021-06-10",
    );
    expect(found.map(brief)).toEqual([{ type: "indictment", kind: "charges", date: "2021-03", status: "done" }]);
  });
  it("reads a warrant for a named person's arrest as a warrant, not an arrest", () => {
    const found = actionsOf(
      "Earlier, a judge in Denver signed a warrant for Petrov's arrest.\n\nOfficials gave no other detail.",
      "2021-06-10",
    );
    expect(found.map((a) => a.kind)).toEqual(["arrest-warrant"]);
  });
  it("reads 'none of them has been arrested' as no arrest", () => {
    expect(actionsOf("None of the six has been arrested, and all are thought to be abroad.", "2021-06-10")).toEqual([]);
  });
});
