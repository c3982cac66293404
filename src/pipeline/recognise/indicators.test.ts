import { describe, expect, it } from "vitest";
import { createReportSource } from "../../core/index.ts";
import { segmentReport } from "../segment/index.ts";
import { reportOf } from "./fixtures/report.ts";
import { defang, recogniseIndicators, refang } from "./indicators.ts";

const iocs = (text: string) =>
  recogniseIndicators(reportOf(text)).map(
    (i) => `${i.kind} ${i.value}${i.defanged ? " (defanged)" : ""}${i.reserved ? " (reserved)" : ""}`,
  );

describe("recogniseIndicators: kinds", () => {
  it("reads plain addresses, domains, URLs, e-mail addresses and hashes", () => {
    const text = [
      "The implant beaconed to 45.77.12.9 and to 2a01:4f8:c17:1a2b::7 over port 443.",
      "It fetched http://update-check.online/stage2.bin and resolved cdn-sync.top as a fallback.",
      "Phishing mail came from hr-notice@mail-secure.info.",
      "Hashes: 44d88612fea8a8f36de82e1278abb02f, 3395856ce81f2b7382dee72602f798b642f14140 and",
      "275a021bbfb6489e54d471899f7db9d1663fc695ec2fe2a2c4538aabf651fd0f.",
    ].join("\n\n");
    expect(iocs(text)).toEqual([
      "ipv4 45.77.12.9",
      "ipv6 2a01:4f8:c17:1a2b::7",
      "url http://update-check.online/stage2.bin",
      "domain cdn-sync.top",
      "email hr-notice@mail-secure.info",
      "md5 44d88612fea8a8f36de82e1278abb02f",
      "sha1 3395856ce81f2b7382dee72602f798b642f14140",
      "sha256 275a021bbfb6489e54d471899f7db9d1663fc695ec2fe2a2c4538aabf651fd0f",
    ]);
  });

  it("refangs every common defanged form and keeps the text's surface", () => {
    const text =
      "Block hxxps://login-office365[.]site/auth, 185.220.101[.]4, files(dot)evil-drop(.)xyz, ops[at]evil-drop[.]xyz and hxxp[:]//91[.]92[.]12[.]3/a.";
    const found = recogniseIndicators(reportOf(text));
    expect(found.map((i) => `${i.kind} ${i.value} <${i.surface}>`)).toEqual([
      "url https://login-office365.site/auth <hxxps://login-office365[.]site/auth>",
      "ipv4 185.220.101.4 <185.220.101[.]4>",
      "domain files.evil-drop.xyz <files(dot)evil-drop(.)xyz>",
      "email ops@evil-drop.xyz <ops[at]evil-drop[.]xyz>",
      "url http://91.92.12.3/a <hxxp[:]//91[.]92[.]12[.]3/a>",
    ]);
    expect(found.every((i) => i.defanged)).toBe(true);
    expect(iocs("Also c2[dot]relay-node[dot]net and admin[@]relay-node[.]net.")).toEqual([
      "domain c2.relay-node.net (defanged)",
      "email admin@relay-node.net (defanged)",
    ]);
  });

  it("keeps private and reserved addresses, flagged", () => {
    expect(iocs("The loader staged files on 10.0.4.12 and on 2001:db8::15 before exfiltration.")).toEqual([
      "ipv4 10.0.4.12 (reserved)",
      "ipv6 2001:db8::15 (reserved)",
    ]);
  });
});

describe("recogniseIndicators: what is not an indicator", () => {
  it("skips version numbers shaped like addresses", () => {
    expect(iocs("Upgrade to version 1.2.3.4 or build 10.0.19041.1 (v2.3.1); Windows 10.0.0.1 is unaffected.")).toEqual(
      [],
    );
  });

  it("skips file names shaped like domains, and product or company names", () => {
    expect(
      iocs("The lure invoice.pdf dropped update.exe, report.docx, readme.md and run.sh; see ASP.NET and Booking.com."),
    ).toEqual([]);
    expect(iocs("The dropper was shipped as setup[.]zip on a defanged link.")).toEqual(["domain setup.zip (defanged)"]);
  });

  it("skips the report's outlet, cited vendors and government sites, shorteners and benign services", () => {
    const text =
      "Read more at https://www.bleepingcomputer.com/news/x and therecord.media (symc.ly/1sRNHc7), cisa.gov/advisories, justice.gov, https://t.co/abc, github.com/org/repo, tips@fbi.gov; the malware checked google.com and 8.8.8.8.";
    expect(iocs(text)).toEqual([]);
    const own = segmentReport({
      source: createReportSource({ origin: "x", url: "https://news.example-outlet.net/story", outlet: "Cyber Daily" }),
      text: "Our site news.example-outlet.net and cyberdaily.com carried it; the C2 was evil-c2.net.",
    });
    expect(recogniseIndicators(own).map((i) => i.value)).toEqual(["evil-c2.net"]);
  });

  it("takes hashes only as whole hex tokens of exact length", () => {
    expect(
      iocs(
        "Ids 44d88612fea8a8f36de82e1278abb02fa and 44d88612fea8a8f36de82e1278abb02 and 1234567890123456789012345678901234.",
      ),
    ).toEqual([]);
    expect(iocs("SHA256:275a021bbfb6489e54d471899f7db9d1663fc695ec2fe2a2c4538aabf651fd0f")).toEqual([
      "sha256 275a021bbfb6489e54d471899f7db9d1663fc695ec2fe2a2c4538aabf651fd0f",
    ]);
  });

  it("ignores prose punctuation: abbreviations, sentence ends, times", () => {
    expect(iocs("The U.S. and e.g. officials met at 10:30:45, i.e. early. It ended.The end.")).toEqual([]);
  });
});

describe("defang and refang", () => {
  it("writes indicators so nobody follows them, and reads them back", () => {
    expect(defang("http://evil.example.com/a.php")).toBe("hxxp://evil[.]example[.]com/a.php");
    expect(defang("user@evil.com")).toBe("user[@]evil[.]com");
    expect(defang("1.2.3.4", "ipv4")).toBe("1[.]2[.]3[.]4");
    expect(defang("evil.com/path/x.js")).toBe("evil[.]com/path/x.js");
    expect(defang("44d88612fea8a8f36de82e1278abb02f", "md5")).toBe("44d88612fea8a8f36de82e1278abb02f");
    for (const v of ["http://evil.example.com/a.php", "user@evil.com", "1.2.3.4", "evil.com/path/x.js"])
      expect(refang(defang(v)).value).toBe(v);
  });
});
