import { describe, expect, it } from "vitest";
import { createReportSource, type Modality } from "../../core/index.ts";
import { segmentReport } from "../segment/index.ts";
import { findAssertedBy, readModality } from "./modality.ts";

/** The modality of a one-sentence report, optionally of the claim at the first occurrence of `focus`. */
function modalityOf(sentence: string, focus?: string): Modality {
  const report = segmentReport({ source: createReportSource({ origin: "test" }), text: sentence });
  const span = { start: 0, end: sentence.length };
  if (!focus) return readModality(report, span);
  const at = sentence.indexOf(focus);
  return readModality(report, span, { start: at, end: at + focus.length });
}

describe("readModality: certainty", () => {
  it.each([
    ["The hackers allegedly stole designs for fighter jets.", "alleged"],
    ["The men are accused of breaking into 45 companies.", "alleged"],
    ["The group is believed to work for the intelligence service.", "alleged"],
    ["The group is suspected of targeting election officials.", "alleged"],
    ["The group reportedly breached the ministry.", "reported"],
    ["The attack hit three banks, according to people familiar with the matter.", "reported"],
    ["The firm said in a blog post that the hackers used a new backdoor.", "reported"],
    ["The bank lost no money, its deputy governor told Reuters.", "reported"],
    ["The attack hit three banks, according to the FBI.", "confirmed"],
    ["The Treasury Department sanctioned two men.", "confirmed"],
  ])("%s → %s", (sentence, certainty) => {
    expect(modalityOf(sentence).certainty).toBe(certainty);
  });

  it("does not make an action alleged for an 'alleged' that qualifies its object", () => {
    expect(modalityOf("The Treasury sanctioned two alleged members of the gang.", "sanctioned").certainty).toBe(
      "confirmed",
    );
    expect(modalityOf("The Treasury sanctioned two alleged members of the gang.").certainty).toBe("alleged");
  });
});

describe("readModality: status and negation", () => {
  it.each([
    ["Prosecutors are expected to unveil charges next week.", "unveil charges", "expected"],
    ["Travel bans are also expected to be announced.", "Travel bans", "expected"],
    ["There will be an arrest warrant for the two men.", "arrest warrant", "expected"],
    ["Officials said an Interpol notice for the two men is expected.", "Interpol notice", "expected"],
    ["Sanctions against the unit are widely expected.", "Sanctions", "expected"],
    ["An indictment of the officers is imminent, a source said.", "indictment", "expected"],
    ["The ministry is preparing to expel the diplomats.", "expel", "expected"],
    ["The Council announced it will impose sanctions on the unit.", "impose sanctions", "announced"],
    ["The Treasury sanctioned two men on Friday.", "sanctioned", "done"],
  ])("%s → %s", (sentence, focus, status) => {
    expect(modalityOf(sentence, focus).status).toBe(status);
  });

  it("reads a negation that governs the claim", () => {
    expect(modalityOf("The grand jury did not indict the executives.", "indict").negated).toBe(true);
    expect(modalityOf("The Kremlin has always denied any part in the intrusions.").negated).toBe(true);
    expect(modalityOf("Police arrested the suspect, who did not resist.", "arrested").negated).toBe(false);
  });
});

describe("findAssertedBy", () => {
  it.each([
    ["The attacks continued, according to Western officials.", "Western officials"],
    ["The group stole the designs, prosecutors said.", "prosecutors"],
    ["Prosecutors said the group stole the designs.", "Prosecutors"],
    ['"The activity violates our laws," said the Deputy Attorney General.', "Deputy Attorney General"],
    ["Symantec said in a blog post that the malware was new.", "Symantec"],
    ["The FBI confirmed that the hackers had breached the carriers.", "FBI"],
    ["The group stole the designs.", null],
  ])("%s → %s", (sentence, who) => {
    expect(findAssertedBy(sentence)).toBe(who);
  });
});
