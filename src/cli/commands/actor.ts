// `espial actor NAME [--json]`: one actor's profile, found by any of its names (forgiving case, spacing and
// typos), with every fact's evidence sentences.
import type { Command } from "commander";
import type { CommandContext } from "../main.ts";
import { loadKnowledge, openStore } from "../../compose.ts";
import { FIRST_REPORTS_PAGE, readActorProfile, type ActorProfile } from "../../present/actor-profile.ts";
import { identifyActor } from "../../present/identify-actor.ts";
import { printJson, printLine, type Io } from "../output.ts";
import { configFrom, wholeNumberFlag, withStoreFlags, type StoreFlags } from "./shared.ts";

/** Which actor a name means: shared with the HTTP API and the STIX export (present/identify-actor.ts). */
export { identifyActor };

export function registerActor(program: Command, ctx: CommandContext): void {
  withStoreFlags(program.command("actor"))
    .description(
      "show an actor's profile: names, mentions, sponsors, members, victims, actions, periods, malware and tools, vulnerabilities, techniques, indicators",
    )
    .argument("<name>", "any name of the actor: APT10, Stone Panda, menuPass …")
    .option("--json", "print as JSON")
    .option("--reports <n>", `how many of its reports to list, newest first (default ${FIRST_REPORTS_PAGE.limit})`)
    .option("--reports-offset <n>", "reports skipped first, for the next page (default 0)")
    .action(async (name: string, flags: StoreFlags & { json?: boolean; reports?: string; reportsOffset?: string }) => {
      const page = {
        limit: wholeNumberFlag(flags.reports, FIRST_REPORTS_PAGE.limit, "reports"),
        offset: wholeNumberFlag(flags.reportsOffset, 0, "reports-offset"),
      };
      const config = configFrom(ctx.io, flags);
      const { catalogue } = loadKnowledge(config);
      const store = await openStore(config);
      try {
        const identity = await identifyActor(name, catalogue, store);
        const profile = await readActorProfile(identity, store, page);
        if (flags.json) printJson(ctx.io, profile);
        else printProfile(ctx.io, profile);
      } finally {
        await store.close();
      }
    });
}

/** The profile as an analyst reads it on a terminal. */
export function printProfile(io: Io, p: ActorProfile): void {
  const line = (s = "") => printLine(io, s);
  // A long passage (a list's lead to its item, a group named before the deed) keeps its start and its end.
  const clip = (text: string) => (text.length <= 200 ? text : `${text.slice(0, 80)} … ${text.slice(-115)}`);
  const cite = (ev: readonly { document: string; sentence?: string }[]) =>
    ev.slice(0, 2).forEach((e) => line(`      [${e.document}] ${clip((e.sentence ?? "").replace(/\s+/g, " "))}`));
  line(`${p.name}  (${p.id})`);
  line(`  also known as: ${p.aliases.filter((a) => a !== p.name).join(", ") || "—"}`);
  line(`  named in the reports as: ${p.mentions.join(", ") || "—"}`);
  const report = (r: ActorProfile["reports"][number]) =>
    `${r.document}  ${r.published ?? "undated"}  ${r.title ?? r.origin}  (${r.mentions.join(", ")})`;
  if (p.first_report) line(`  first report: ${report(p.first_report)}`);
  const shown = p.reports.length === p.reports_total ? "" : `, ${p.reports.length} shown newest first`;
  line(`  reports: ${p.reports_total}${shown}`);
  for (const r of p.reports) line(`    ${report(r)}`);
  const section: Section = (title, items, label) => {
    if (items.length === 0) return;
    line(`  ${title}:`);
    for (const item of items) {
      line(`    - ${label(item as never)}`);
      cite(item.evidence);
    }
  };
  section(
    "attributed to",
    p.attributed_to,
    (s: ActorProfile["attributed_to"][number]) => `${s.name} (${s.level ?? "?"}, ${s.certainty})`,
  );
  section("people", p.persons, (s: ActorProfile["persons"][number]) => `${s.name} (${String(s.role)})`);
  section("victim countries", p.victim_countries, (s: ActorProfile["victim_countries"][number]) => s.name);
  section(
    "victim sectors",
    p.victim_sectors,
    (s: ActorProfile["victim_sectors"][number]) => `${s.name}${s.access_path ? " (the way in)" : ""}`,
  );
  section("victim organisations", p.victim_organizations, (s: ActorProfile["victim_organizations"][number]) => s.name);
  section(
    "actions",
    p.actions,
    (s: ActorProfile["actions"][number]) =>
      `${String(s.type)} ${String(s.date ?? "(no date)")} by ${String(s.by ?? "?")} [${s.status}]`,
  );
  section(
    "periods of activity",
    p.periods,
    (s: ActorProfile["periods"][number]) => `${String(s.from)}–${String(s.to ?? "")}`,
  );
  printArsenal(p, section);
}

type Section = (
  title: string,
  items: readonly { evidence: readonly { document: string; sentence?: string }[] }[],
  label: (i: never) => string,
) => void;

/** Malware, tools, vulnerabilities, techniques and indicators, each with its confidence; indicators defanged. */
function printArsenal(p: ActorProfile, section: Section): void {
  const sure = (f: { confidence: number; reports: number }) =>
    `confidence ${f.confidence.toFixed(2)}, ${f.reports} report${f.reports === 1 ? "" : "s"}`;
  const software = (s: ActorProfile["malware"][number]) =>
    `${s.name}${s.attack_id ? ` (${s.attack_id})` : ""} — ${sure(s)}`;
  section("malware", p.malware, software);
  section("tools", p.tools, software);
  section(
    "vulnerabilities exploited",
    p.vulnerabilities,
    (v: ActorProfile["vulnerabilities"][number]) =>
      `${v.cve}${v.nickname ? ` (${v.nickname})` : ""}${v.products.length ? ` in ${v.products.join(", ")}` : ""} — ${sure(v)}`,
  );
  section(
    "techniques (ATT&CK)",
    p.techniques,
    (t: ActorProfile["techniques"][number]) => `${t.id} ${t.name ?? ""} — ${sure(t)}`,
  );
  // The evidence sentence may write the indicator live: it is shown defanged there too.
  const defangedIn = (i: ActorProfile["indicators"][number]) => {
    const live = new RegExp(i.value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "gi");
    return { ...i, evidence: i.evidence.map((e) => ({ ...e, sentence: e.sentence.replace(live, i.defanged) })) };
  };
  section(
    "indicators (defanged)",
    p.indicators.map(defangedIn),
    (i: ActorProfile["indicators"][number]) =>
      `${i.type} ${i.defanged}${i.reserved ? " (reserved address)" : ""} — ${sure(i)}`,
  );
}
