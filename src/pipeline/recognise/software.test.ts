import { describe, expect, it } from "vitest";
import { createAliasMatcher, createCatalogue } from "../../catalogue/index.ts";
import { readCatalogueFile } from "../../catalogue/data-file.ts";
import type { SoftwareFinding } from "../../core/index.ts";
import { recogniseActors } from "./actors.ts";
import { resolveActors } from "../resolve/index.ts";
import type { RecognitionContext } from "./context.ts";
import { reportOf } from "./fixtures/report.ts";
import { createSoftwareMatcher, strengthOf } from "./software-matcher.ts";
import { recogniseSoftware } from "./software.ts";

const catalogue = createCatalogue(readCatalogueFile());
const deps = { catalogue, matcher: createAliasMatcher(catalogue) };
const matcher = createSoftwareMatcher(catalogue);

function software(text: string): SoftwareFinding[] {
  const report = reportOf(text);
  const actors = resolveActors(report, recogniseActors(report, deps), deps);
  const ctx: RecognitionContext = {
    published: null,
    actors,
    actorMentions: actors.flatMap((a) => a.mentionSpans).sort((a, b) => a.start - b.start),
  };
  const found = recogniseSoftware(report, ctx, matcher);
  for (const f of found) for (const s of f.spans) expect(text.slice(s.start, s.end)).toBe(s.surface);
  return found;
}
const names = (text: string) => software(text).map((s) => s.name);

describe("recogniseSoftware: catalogue names", () => {
  it("finds a group's malware under their ATT&CK names, with ids, kinds and the evidence sentence", () => {
    const text =
      "Investigators said APT10 deployed PlugX, QuasarRAT, RedLeaves, ChChes and UPPERCUT against managed service providers. Nothing else happened.";
    const found = software(text);
    expect(found.map((s) => `${s.key}:${s.name}:${s.kind}`)).toEqual([
      "S0013:PlugX:malware",
      "S0262:QuasarRAT:tool",
      "S0153:RedLeaves:malware",
      "S0144:ChChes:malware",
      "S0275:UPPERCUT:malware",
    ]);
    expect(found[0]?.evidence.sentence).toMatch(/^Investigators said APT10 deployed PlugX/);
    expect(found[0]?.aliases).toContain("Korplug");
  });

  it("forgives case, spacing and hyphens, but not a break the name does not have", () => {
    expect(names("The operators loaded Quasar RAT and a Plug-X sample onto the server.")).toEqual([
      "QuasarRAT",
      "PlugX",
    ]);
    expect(names("The intruders used mimikatz to dump passwords.")).toEqual(["Mimikatz"]);
    expect(names("He joked about a mimi katz toy.")).toEqual([]);
  });

  it("keeps an alias with the program it names, and a short alias beside its program's name", () => {
    const [plugx] = software("The loader dropped PlugX (also known as Korplug and TVT) on the hosts.");
    expect(plugx?.name).toBe("PlugX");
    expect(plugx?.mentions).toEqual(["PlugX", "Korplug", "TVT"]);
  });
});

describe("recogniseSoftware: ordinary words", () => {
  it("reads the sunburst chart as a chart and the SUNBURST backdoor as malware", () => {
    expect(names("The quarterly dashboard shows a sunburst chart of sales by region.")).toEqual([]);
    expect(names("The SUNBURST backdoor reached customers through a tampered Orion update.")).toEqual(["SUNBURST"]);
  });

  it("needs malware context for a name that is a word, and refuses it inside a longer proper noun", () => {
    expect(names("Royal Mail said parcels would be late after the storm.")).toEqual([]);
    expect(names("Royal Mail was disrupted after operators deployed the Royal ransomware.")).toEqual(["Royal"]);
    expect(names("Kevin said the Epic Games store was down.")).toEqual([]);
    expect(names("The Kevin backdoor was delivered by the attackers to engineers.")).toEqual(["Kevin"]);
  });

  it("refuses a capitalised word that only opens its sentence or belongs to a longer name", () => {
    expect(names("Chaos followed at the airport after hackers took down the check-in systems.")).toEqual([]);
    expect(names("Historians compared the hackers' reach to the Russian Empire at its height.")).toEqual([]);
    expect(names("Explosive growth in ransomware payments worried insurers.")).toEqual([]);
    expect(names("The Play Store removed the apps after researchers flagged the malware.")).toEqual([]);
    expect(names("Play ransomware hit a city government in 2023.")).toEqual(["Playcrypt"]);
    expect(names("The attackers deployed Cobalt Strike on the hosts.")).toEqual(["Cobalt Strike"]);
    expect(names("Cobalt Strike was the name of the bowling team that won the league.")).toEqual([]);
  });

  it("never reads built-in commands that are words from prose, only written as code", () => {
    expect(names("We met at noon; the net effect was a ping to the team on a new route via ftp at cmd.")).toEqual([]);
    expect(names("The attackers ran net.exe, cmd.exe and ping.exe to map the network.")).toEqual([
      "Net",
      "cmd",
      "Ping",
    ]);
  });

  it("takes a short acronym only with a software noun beside it", () => {
    expect(names("The RTM build of the operating system shipped in 2009.")).toEqual([]);
    expect(names("Victims were infected with the RTM banking trojan through spam.")).toEqual(["RTM"]);
  });
});

describe("recogniseSoftware: names shared with actors, and names the catalogue lacks", () => {
  it("reads a name that is also a group's as the group unless the text calls it software", () => {
    expect(names("APT28, also known as Sofacy, targeted ministries.")).toEqual([]);
    expect(names("The bank's systems were infected with the Carbanak malware last year.")).toEqual(["Carbanak"]);
  });

  it("discovers software introduced by a cue, with a name key and no catalogue id", () => {
    const found = software("The intruders then installed a previously unknown backdoor dubbed GhostCrane on servers.");
    expect(found.map((s) => `${s.key}:${s.name}:${s.kind}`)).toEqual(["name:ghostcrane:GhostCrane:malware"]);
    expect(names("The hackers deployed the NightHawk9 tool to move laterally.")).toEqual(["NightHawk9"]);
    expect(names("The Linux malware and the Windows tool were both simple.")).toEqual([]);
  });
});

describe("strengthOf", () => {
  it("grades surfaces", () => {
    expect(strengthOf("plugx", "PlugX")).toBe("distinctive");
    expect(strengthOf("net", "net")).toBe("command");
    expect(strengthOf("sunburst", "Sunburst")).toBe("word");
    expect(strengthOf("rtm", "RTM")).toBe("acronym");
    expect(strengthOf("mimikatz", "Mimikatz")).toBe("distinctive");
  });
});
