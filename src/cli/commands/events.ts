// `espial events [--json]`: every event (actions grouped into one happening), latest first.
import type { Command } from "commander";
import type { CommandContext } from "../main.ts";
import { openStore } from "../../compose.ts";
import { eventLine, presentEventSummary } from "../../present/event.ts";
import { printJson, printLine } from "../output.ts";
import { configFrom, withStoreFlags, type StoreFlags } from "./shared.ts";

export function registerEvents(program: Command, ctx: CommandContext): void {
  withStoreFlags(program.command("events"))
    .description("list events: legal and diplomatic actions grouped into one happening, latest first")
    .option("--json", "print as JSON")
    .action(async (flags: StoreFlags & { json?: boolean }) => {
      const store = await openStore(configFrom(ctx.io, flags));
      try {
        const events = await store.listEvents();
        if (flags.json) return printJson(ctx.io, events.map(presentEventSummary));
        if (events.length === 0)
          printLine(ctx.io, "no events yet: ingest reports that describe legal or diplomatic actions");
        for (const e of events) printLine(ctx.io, eventLine(e));
      } finally {
        await store.close();
      }
    });
}
