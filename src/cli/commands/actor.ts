// `espial actor NAME [--json]`: one actor's profile, found by any of its names (forgiving case, spacing and
// typos), with every fact's evidence sentences.
import type { Command } from "commander";
import { EspialError } from "../../core/index.ts";
import type { CommandContext } from "../main.ts";
import { loadKnowledge, openStore } from "../../compose.ts";
import { presentActorProfile, type ActorIdentity, type ActorProfile } from "../../present/actor-profile.ts";
import type { Store } from "../../store/store.ts";
import type { Catalogue } from "../../catalogue/index.ts";
import { printJson, printLine, type Io } from "../output.ts";
import { configFrom, withStoreFlags, type StoreFlags } from "./shared.ts";

const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

/** Finds which actor a name means: the catalogue first (preferring actors in the store), then the store. */
export async function identifyActor(name: string, catalogue: Catalogue, store: Store): Promise<ActorIdentity> {
  const inStore = await store.listActors();
  const stored = new Set(inStore.map((a) => a.key));
  const candidates = catalogue.findActors(name);
  const best = candidates.find((c) => stored.has(c.actor.key)) ?? candidates[0];
  if (best) {
    return {
      key: best.actor.key,
      name: best.actor.name,
      names: best.actor.names.map((n) => ({
        name: n.name,
        sources: n.sources.map((s) => (s.vendor ? `${s.dataset} (${s.vendor})` : s.dataset)),
      })),
    };
  }
  const local = inStore.find((a) => squash(a.name) === squash(name));
  if (local)
    return { key: local.key, name: local.name, names: [{ name: local.name, sources: ["discovered in reports"] }] };
  throw new EspialError("not-found", `no actor known as "${name}" (try espial actors)`);
}

export function registerActor(program: Command, ctx: CommandContext): void {
  withStoreFlags(program.command("actor"))
    .description("show an actor's profile: names, mentions, sponsors, members, victims, actions, periods")
    .argument("<name>", "any name of the actor: APT10, Stone Panda, menuPass …")
    .option("--json", "print as JSON")
    .action(async (name: string, flags: StoreFlags & { json?: boolean }) => {
      const config = configFrom(ctx.io, flags);
      const { catalogue } = loadKnowledge(config);
      const store = await openStore(config);
      try {
        const identity = await identifyActor(name, catalogue, store);
        const profile = presentActorProfile(identity, await store.reportsMentioningActor(identity.key));
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
  const cite = (ev: readonly { document: string; sentence?: string }[]) =>
    ev
      .slice(0, 2)
      .forEach((e) => line(`      [${e.document}] ${(e.sentence ?? "").replace(/\s+/g, " ").slice(0, 160)}`));
  line(`${p.name}  (${p.id})`);
  line(`  also known as: ${p.aliases.filter((a) => a !== p.name).join(", ") || "—"}`);
  line(`  named in the reports as: ${p.mentions.join(", ") || "—"}`);
  line(`  reports: ${p.reports.length}`);
  for (const r of p.reports)
    line(`    ${r.document}  ${r.published ?? "undated"}  ${r.title ?? r.origin}  (${r.mentions.join(", ")})`);
  const section = (
    title: string,
    items: readonly { evidence: readonly { document: string; sentence?: string }[] }[],
    label: (i: never) => string,
  ) => {
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
}
