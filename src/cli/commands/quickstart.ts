// `espial quickstart`: the main job on the embedded store for a newcomer — ingests the bundled sample
// reports, then prints the profile of the most reported actor and where to look next.
import type { Command } from "commander";
import type { CommandContext } from "../main.ts";
import { loadKnowledge, openStore, pipelineDeps } from "../../compose.ts";
import { ingestInputs } from "../../pipeline/run.ts";
import { readActorProfile } from "../../present/actor-profile.ts";
import { expandPaths, readBytes } from "../files.ts";
import { printLine } from "../output.ts";
import { configFrom, readOptionsFrom, withStoreFlags, type StoreFlags } from "./shared.ts";
import { identifyActor, printProfile } from "./actor.ts";
import { projectPath } from "../../project-root.ts";

const SAMPLES = projectPath("samples");

export function registerQuickstart(program: Command, ctx: CommandContext): void {
  withStoreFlags(program.command("quickstart"))
    .description("ingest the bundled sample reports and show the most reported actor")
    .action(async (flags: StoreFlags) => {
      const { io } = ctx;
      const config = configFrom(io, flags);
      const read = readOptionsFrom(config);
      const { found } = await expandPaths([SAMPLES], io.cwd);
      const inputs = await Promise.all(
        found.map(async (f) => ({ bytes: await readBytes(f.path, read.limits.maxReportBytes), origin: f.path })),
      );
      const store = await openStore(config);
      try {
        const results = await ingestInputs(inputs, { ...pipelineDeps(config), store, read });
        const stored = results.filter((r) => r.status === "stored").length;
        const unchanged = results.filter((r) => r.status === "unchanged").length;
        printLine(
          io,
          `ingested the ${found.length} sample reports into ${config.databaseUrl ? "PostgreSQL" : config.dbPath}: ${stored} stored, ${unchanged} already there`,
        );
        const top = (await store.listActors())[0];
        if (!top) return printLine(io, "no actor found in the samples");
        const identity = await identifyActor(
          top.key.startsWith("discovered:") ? top.name : top.name,
          loadKnowledge(config).catalogue,
          store,
        );
        printLine(io, "");
        printLine(io, `the most reported actor:`);
        printProfile(io, await readActorProfile(identity, store));
        printLine(io, "");
        printLine(
          io,
          'next: espial actors · espial actor "Stone Panda" --json · espial extract --json FILE · espial ingest PATH',
        );
      } finally {
        await store.close();
      }
    });
}
