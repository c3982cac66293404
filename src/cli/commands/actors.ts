// `espial actors [--json]`: the actors in the store with how many reports and mentions name them.
import type { Command } from "commander";
import type { CommandContext } from "../main.ts";
import { openStore } from "../../compose.ts";
import { printJson, printLine } from "../output.ts";
import { configFrom, withStoreFlags, type StoreFlags } from "./shared.ts";

export function registerActors(program: Command, ctx: CommandContext): void {
  withStoreFlags(program.command("actors"))
    .description("list the actors in the store, most reported first")
    .option("--json", "print as JSON")
    .action(async (flags: StoreFlags & { json?: boolean }) => {
      const store = await openStore(configFrom(ctx.io, flags));
      try {
        const actors = await store.listActors();
        if (flags.json) return printJson(ctx.io, actors);
        if (actors.length === 0) return printLine(ctx.io, "no actors yet: run espial ingest PATH first");
        printLine(ctx.io, `${"actor".padEnd(32)} reports  mentions`);
        for (const a of actors)
          printLine(ctx.io, `${a.name.padEnd(32)} ${String(a.reports).padStart(7)}  ${String(a.mentions).padStart(8)}`);
      } finally {
        await store.close();
      }
    });
}
