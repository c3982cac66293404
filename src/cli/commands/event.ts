// `espial event ID [--json]`: one event with its actions as each report tells them, its dates, the threat
// actors it concerns and every report that describes it.
import type { Command } from "commander";
import { EspialError } from "../../core/index.ts";
import type { CommandContext } from "../main.ts";
import { openStore } from "../../compose.ts";
import { eventLines, presentEvent } from "../../present/event.ts";
import { printJson, printLine } from "../output.ts";
import { configFrom, withStoreFlags, type StoreFlags } from "./shared.ts";

export function registerEvent(program: Command, ctx: CommandContext): void {
  withStoreFlags(program.command("event"))
    .description("show one event: its actions, dates, actors and all its reports")
    .argument("<id>", "the event id (see espial events)")
    .option("--json", "print as JSON")
    .action(async (id: string, flags: StoreFlags & { json?: boolean }) => {
      const store = await openStore(configFrom(ctx.io, flags));
      try {
        const event = await store.getEvent(id);
        if (!event) throw new EspialError("not-found", `no event with id ${id} (see espial events)`);
        if (flags.json) return printJson(ctx.io, presentEvent(event));
        for (const line of eventLines(event)) printLine(ctx.io, line);
      } finally {
        await store.close();
      }
    });
}
