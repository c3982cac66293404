import { describe, expect, it } from "vitest";
import { reportOf } from "./fixtures/report.ts";
import { recogniseTechniques } from "./techniques.ts";
import { TECHNIQUE_PHRASES } from "./gazetteer-arsenal/techniques.ts";

const techniques = (text: string) => recogniseTechniques(reportOf(text)).map((t) => `${t.id}|${t.phrase}`);

describe("recogniseTechniques: ids", () => {
  it("reads technique and sub-technique ids with their names, and refuses other shapes", () => {
    const found = recogniseTechniques(
      reportOf("The advisory maps the activity to T1566.001 and T1059; T15660 and T12 are not ids."),
    );
    expect(found.map((t) => [t.id, t.name])).toEqual([
      ["T1566.001", "Spearphishing Attachment"],
      ["T1059", "Command and Scripting Interpreter"],
    ]);
  });
});

describe("recogniseTechniques: phrases", () => {
  it("maps the phrases of intrusion reports to ATT&CK ids, the specific before the general", () => {
    expect(techniques("The group sent spear-phishing emails with malicious attachments to diplomats.")).toEqual([
      "T1566.001|spear-phishing emails with malicious attachments",
    ]);
    expect(techniques("Operators used spearphishing and password spraying, then planted web shells.")).toEqual([
      "T1566|spearphishing",
      "T1110.003|password spraying",
      "T1505.003|web shells",
    ]);
    expect(techniques("They hacked managed service providers to reach their clients and exfiltrated data.")).toEqual([
      "T1199|managed service providers to reach",
      "T1041|exfiltrated",
    ]);
  });

  it("finds a technique inside the phrase of another", () => {
    expect(
      techniques("The actors breached carriers by exploiting privilege escalation flaws in unpatched edge routers."),
    ).toEqual([
      "T1190|exploiting privilege escalation flaws in unpatched edge routers",
      "T1068|privilege escalation flaws",
    ]);
  });

  it("reads ordinary phrases only in a sentence about intrusions", () => {
    expect(techniques("The committee took a brute force approach to the budget.")).toEqual([]);
    expect(techniques("The hackers tried brute force attacks on exposed accounts.")).toEqual([
      "T1110|brute force attacks",
    ]);
    expect(techniques("The supply chain for chips was disrupted by floods.")).toEqual([]);
  });

  it("keeps the evidence sentence of the first occurrence", () => {
    const [t] = recogniseTechniques(reportOf("First line. The wiper erased disks at the utility. DDoS followed."));
    expect(t?.id).toBe("T1485");
    expect(t?.evidence.sentence).toBe("The wiper erased disks at the utility.");
  });
});

describe("TECHNIQUE_PHRASES", () => {
  it("holds valid patterns without capturing groups and ids of the right shape", () => {
    for (const e of TECHNIQUE_PHRASES) {
      expect(e.id).toMatch(/^T1\d{3}(?:\.\d{3})?$/);
      expect(new RegExp(`${e.pattern}|`).exec("")?.length).toBe(1);
    }
  });
});
