import { describe, expect, it } from "vitest";
import { reportOf } from "./fixtures/report.ts";
import { recogniseVulnerabilities } from "./vulnerabilities.ts";

const vulns = (text: string) => recogniseVulnerabilities(reportOf(text));

describe("recogniseVulnerabilities", () => {
  it("reads CVE ids in their usual and forgiving forms, once each, with every place they occur", () => {
    const found = vulns(
      "The group exploited CVE-2021-26855 and cve 2021 26857 on mail servers. Patches for CVE-2021-26855 shipped in March.",
    );
    expect(found.map((v) => v.cve)).toEqual(["CVE-2021-26855", "CVE-2021-26857"]);
    expect(found[0]?.spans.map((s) => s.surface)).toEqual(["CVE-2021-26855", "CVE-2021-26855"]);
    expect(found[1]?.spans[0]?.surface).toBe("cve 2021 26857");
    expect(found[0]?.evidence.sentence).toMatch(/^The group exploited/);
  });

  it("takes the product a list item names after the id", () => {
    const found = vulns(
      "The agency listed the flaws the actors used:\n\n- CVE-2021-40539 – Zoho ManageEngine ADSelfService Plus\n- CVE-2019-11510: Pulse Connect Secure\n",
    );
    expect(found.map((v) => [v.cve, v.products])).toEqual([
      ["CVE-2021-40539", ["Zoho ManageEngine ADSelfService Plus"]],
      ["CVE-2019-11510", ["Pulse Connect Secure"]],
    ]);
  });

  it("takes vendor and product words from the sentence, not the vendor quoted as a source", () => {
    const [v] = vulns(
      "According to Microsoft, attackers abused a flaw in Microsoft Exchange Server tracked as CVE-2021-34473.",
    );
    expect(v?.products).toEqual(["Microsoft Exchange Server"]);
    const [w] = vulns("A bug in Fortinet FortiOS (CVE-2018-13379) let them read VPN session files, Fortinet said.");
    expect(w?.products).toEqual(["Fortinet FortiOS"]);
  });

  it("maps a famous vulnerability's name to its CVE and product", () => {
    const found = vulns("The intruders scanned for servers still open to Log4Shell and to ProxyShell.");
    expect(found.map((v) => [v.cve, v.nickname, v.products])).toEqual([
      ["CVE-2021-44228", "Log4Shell", ["Apache Log4j"]],
      ["CVE-2021-34473", "ProxyShell", ["Microsoft Exchange Server"]],
    ]);
  });

  it("ignores ids of the wrong shape and lower-case names", () => {
    expect(vulns("Form CVE-21-1 was filed; heartbleed is a word here; CVE-2021-123 is short.")).toEqual([]);
  });
});
