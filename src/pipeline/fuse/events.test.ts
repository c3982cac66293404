import { describe, expect, it } from "vitest";
import type { ActionKind } from "../../core/index.ts";
import { actionTypeOf } from "../../core/index.ts";
import { addToEvents, belongTogether, groupEvents, type ActionObservation } from "./events.ts";

let offset = 0;

function act(o: {
  kind: ActionKind;
  reportId: string;
  by: string[];
  against: string[];
  date: string | null;
  actorKeys?: string[];
  sentence: string;
}): ActionObservation {
  const start = (offset += 100);
  return {
    type: actionTypeOf(o.kind),
    kind: o.kind,
    by: o.by,
    against: o.against,
    date: o.date,
    modality: { certainty: "confirmed", status: "done", negated: false, assertedBy: null },
    evidence: { start, end: start + o.sentence.length, sentence: o.sentence },
    reportId: o.reportId,
    actorKeys: o.actorKeys ?? [],
  };
}

// A report of 2018-12-20 we wrote, shaped like the seeds: an indictment and a condemnation of APT10 that
// day, sanctions expected without a date, and an unrelated arrest in Canada mentioned in passing.
const indictment = act({
  kind: "indictment",
  reportId: "r1",
  by: ["Justice Department"],
  against: ["hackers working for China's Ministry of State Security"],
  date: "2018-12-20",
  actorKeys: ["apt10"],
  sentence: "The Justice Department on Thursday charged two hackers working for China's Ministry of State Security.",
});
const condemnation = act({
  kind: "condemnation",
  reportId: "r1",
  by: ["Britain", "Australia", "Japan"],
  against: ["China"],
  date: "2018-12-20",
  actorKeys: ["apt10"],
  sentence: "Britain, Australia and Japan condemned China on Thursday over the APT10 campaign.",
});
const sanctions = act({
  kind: "sanctions",
  reportId: "r1",
  by: ["Treasury"],
  against: ["China"],
  date: null,
  sentence: "Sanctions against China are also expected.",
});
const arrest = act({
  kind: "arrest",
  reportId: "r1",
  by: ["Canada"],
  against: ["a Chinese telecommunications executive"],
  date: null,
  sentence: "Canada recently arrested a Chinese telecommunications executive at Washington's request.",
});

describe("groupEvents", () => {
  it("makes one event of the indictment, the condemnation and the expected sanctions, without the arrest", () => {
    const events = groupEvents([indictment, condemnation, sanctions, arrest]);
    expect(events).toHaveLength(2);
    const [main, other] = events;
    expect(main?.actions).toEqual([indictment, condemnation, sanctions]);
    expect(main).toMatchObject({
      types: ["indictment", "condemnation", "sanctions"],
      actorKeys: ["apt10"],
      reports: ["r1"],
    });
    expect(main).toMatchObject({ from: "2018-12-20", to: "2018-12-20" });
    expect(other?.actions).toEqual([arrest]);
  });

  it("keeps the arrest apart even when it is dated the same week and the report's actor leaks onto it", () => {
    const dated = { ...arrest, date: "2018-12-18", actorKeys: [] };
    expect(groupEvents([indictment, condemnation, dated])).toHaveLength(2);
  });

  it("joins another report's account of the same indictment, and holds both reports", () => {
    const second = act({
      kind: "charges",
      reportId: "r2",
      by: ["US prosecutors"],
      against: ["Zhu Hua", "Zhang Shilong"],
      date: "2018-12-21",
      actorKeys: ["apt10"],
      sentence: "US prosecutors charged Zhu Hua and Zhang Shilong, alleged members of APT10.",
    });
    const [event] = groupEvents([indictment, condemnation, second]);
    expect(event?.reports).toEqual(["r1", "r2"]);
    expect(event?.to).toBe("2018-12-21");
  });

  it("separates actions on the same actor weeks apart, and undated actions of different reports", () => {
    const later = { ...indictment, date: "2019-01-15", evidence: { ...indictment.evidence, start: 1, end: 2 } };
    expect(groupEvents([indictment, later])).toHaveLength(2);
    const elsewhere = { ...sanctions, reportId: "r3" };
    expect(groupEvents([sanctions, elsewhere])).toHaveLength(2);
  });

  it("lets an action that names no party join the story it stands in, not one far away", () => {
    const bare = { ...sanctions, against: [], evidence: { ...sanctions.evidence, start: 5000, end: 5040 } };
    const near = { ...indictment, evidence: { ...indictment.evidence, start: 4800, end: 4950 } };
    expect(groupEvents([near, bare])).toHaveLength(1);
    const far = { ...indictment, evidence: { ...indictment.evidence, start: 100, end: 200 } };
    expect(groupEvents([far, bare])).toHaveLength(2);
  });

  it("does not join on the acting government alone", () => {
    const other = act({
      kind: "indictment",
      reportId: "r1",
      by: ["Justice Department"],
      against: ["Iranian nationals"],
      date: "2018-12-20",
      actorKeys: ["apt33"],
      sentence: "The Justice Department also charged Iranian nationals.",
    });
    expect(groupEvents([indictment, other])).toHaveLength(2);
  });
});

describe("belongTogether", () => {
  it("reads a capital as its state, and a nationality as no target at all", () => {
    const beijing = { ...condemnation, against: ["Beijing"], actorKeys: [] };
    const china = { ...sanctions, against: ["China"], date: "2018-12-21", reportId: "r5" };
    expect(belongTogether(beijing, china)).toBe(true);
    const hackers = { ...sanctions, against: ["alleged Chinese hackers"] };
    expect(belongTogether(hackers, arrest)).toBe(false);
  });
});

describe("addToEvents", () => {
  it("adds incrementally to the same result, leaving untouched events as they were", () => {
    const all = groupEvents([indictment, condemnation, sanctions, arrest]);
    const first = groupEvents([indictment, arrest]);
    const next = addToEvents(first, [condemnation, sanctions]);
    expect(next.map((e) => e.actions.length).sort()).toEqual(all.map((e) => e.actions.length).sort());
    expect(next.find((e) => e.actions.includes(arrest))).toBe(first.find((e) => e.actions.includes(arrest)));
  });

  it("merges two events that a new action bridges, keeping the older event's id", () => {
    const events = groupEvents([sanctions, { ...indictment, reportId: "r9" }]);
    expect(events).toHaveLength(2);
    const bridged = addToEvents(events, [condemnation]);
    expect(bridged).toHaveLength(1);
    expect(bridged[0]?.id).toBe(events[0]?.id);
  });
});
