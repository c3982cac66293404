import { describe, expect, it } from "vitest";
import { createAliasMatcher, createCatalogue } from "../../catalogue/index.ts";
import { readCatalogueFile } from "../../catalogue/data-file.ts";
import { recogniseActors } from "./actors.ts";
import { resolveActors } from "../resolve/index.ts";
import type { RecognitionContext } from "./context.ts";
import { reportOf } from "./fixtures/report.ts";
import { linkArsenalToActors, recogniseArsenal } from "./arsenal.ts";

const catalogue = createCatalogue(readCatalogueFile());
const deps = { catalogue, matcher: createAliasMatcher(catalogue) };

function read(text: string) {
  const report = reportOf(text);
  const actors = resolveActors(report, recogniseActors(report, deps), deps);
  const ctx: RecognitionContext = {
    published: null,
    actors,
    actorMentions: actors.flatMap((a) => a.mentionSpans).sort((a, b) => a.start - b.start),
  };
  const findings = recogniseArsenal(report, ctx, deps);
  const links = linkArsenalToActors(report, findings, ctx).map((l) => {
    const actor = actors.find((a) => a.entity.key === l.actorKey)?.entity.name;
    return `${actor} ${l.predicate} ${l.object.kind}:${l.object.name}`;
  });
  return { findings, links };
}

const REPORT = [
  "Title of a made-up advisory",
  "",
  "APT10 used PlugX and exploited CVE-2019-11510 in Pulse Connect Secure after spear-phishing administrators.",
  "",
  "The agency said APT27 has relied on the following exploits:",
  "",
  "- CVE-2023-3519 – Citrix NetScaler",
  "- CVE-2023-4966 – Citrix NetScaler",
  "",
  "Defenders should block update-check[.]online and 185.220.101[.]4, servers the group ran in 2021.",
].join("\n");

describe("recogniseArsenal", () => {
  it("reads software, vulnerabilities, techniques and indicators out of one report", () => {
    const { findings } = read(REPORT);
    expect(findings.software.map((s) => s.name)).toEqual(["PlugX"]);
    expect(findings.vulnerabilities.map((v) => `${v.cve} ${v.products.join("/")}`)).toEqual([
      "CVE-2019-11510 Pulse Connect Secure",
      "CVE-2023-3519 Citrix NetScaler",
      "CVE-2023-4966 Citrix NetScaler",
    ]);
    expect(findings.techniques.map((t) => t.id)).toEqual(["T1566"]);
    expect(findings.indicators.map((i) => i.value)).toEqual(["update-check.online", "185.220.101.4"]);
  });
});

describe("linkArsenalToActors", () => {
  it("ties findings to the actor their sentence names (or refers back to), list items to the actor of the list's lead", () => {
    const { links } = read(REPORT);
    expect(links).toEqual([
      "APT10 uses software:PlugX",
      "APT10 exploits vulnerability:CVE-2019-11510",
      "APT27 exploits vulnerability:CVE-2023-3519",
      "APT27 exploits vulnerability:CVE-2023-4966",
      "APT10 uses technique:Phishing",
      "APT27 indicates indicator:update-check.online",
      "APT27 indicates indicator:185.220.101.4",
    ]);
  });

  it("ties a list of bare indicators to the actor its lead names", () => {
    const { links } = read("Analysts tied these servers to APT29:\n\nsync-cloud-drive[.]com\n\n91.214.124[.]5\n");
    expect(links).toEqual(["APT29 indicates indicator:sync-cloud-drive.com", "APT29 indicates indicator:91.214.124.5"]);
  });

  it("ties nothing the text negates, and nothing in a sentence without an actor", () => {
    const { links } = read(
      "APT10 did not use Cobalt Strike in this campaign. Later, Cobalt Strike appeared elsewhere.",
    );
    expect(links).toEqual([]);
  });

  it("ties a sentence that speaks of the group it named just before to that one group, with less confidence", () => {
    const text =
      "Ireland's cyber centre warned about APT41 on Monday. Since March, these state-backed hackers deployed ShadowPad on build servers.";
    const { links } = read(text);
    expect(links).toEqual(["APT41 uses software:ShadowPad"]);
    const report = reportOf(text);
    const actors = resolveActors(report, recogniseActors(report, deps), deps);
    const ctx = { published: null, actors, actorMentions: actors.flatMap((a) => a.mentionSpans) };
    const [link] = linkArsenalToActors(report, recogniseArsenal(report, ctx, deps), ctx);
    expect(link?.evidence.sentence).toMatch(/^Ireland's cyber centre warned about APT41 .* build servers\.$/);
  });

  it("ties nothing to 'these hackers' when the sentences before it name two groups", () => {
    const { links } = read(
      "APT41 and APT10 were both seen in May. Since March, these state-backed hackers deployed ShadowPad on build servers.",
    );
    expect(links).toEqual([]);
  });
});

describe("the group a sentence refers back to", () => {
  it("does not take the 'it' of a reporting verb for the group", () => {
    const { links } = read("Mandiant described APT41 in a long post. It added that ShadowPad turned up on one server.");
    expect(links).toEqual([]);
  });
});

describe("software names that are actor names", () => {
  it("does not take an actor's name before a software noun for new software ('the APT10 toolkit')", () => {
    const { findings } = read(
      "Researchers found that the APT10 toolkit now includes PlugX, and APT10 used it in March.",
    );
    expect(findings.software.map((s) => s.name)).toEqual(["PlugX"]);
  });
});
