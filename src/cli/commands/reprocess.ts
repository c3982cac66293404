// `espial reprocess [--json]`: reads every stored report again (after a catalogue or rule upgrade, or to
// fingerprint reports stored before fusion existed) and recomputes copies, facts and events.
import type { Command } from "commander";
import type { CommandContext } from "../main.ts";
import { openStore, pipelineDeps } from "../../compose.ts";
import { reprocessStored } from "../../pipeline/run.ts";
import { printError, printJson, printLine } from "../output.ts";
import { configFrom, withStoreFlags, type StoreFlags } from "./shared.ts";

export function registerReprocess(program: Command, ctx: CommandContext): void {
  withStoreFlags(program.command("reprocess"))
    .description("read every stored report again and recompute copies, facts and events")
    .option("--json", "print as JSON")
    .action(async (flags: StoreFlags & { json?: boolean }) => {
      const config = configFrom(ctx.io, flags);
      const deps = pipelineDeps(config);
      const store = await openStore(config);
      try {
        const summary = await reprocessStored({ ...deps, store });
        if (flags.json) printJson(ctx.io, summary);
        else {
          for (const f of summary.failed) printError(ctx.io, `kept the old reading of ${f.id}: ${f.reason}`);
          printLine(
            ctx.io,
            `reprocess: ${summary.reports} reports read again, ${summary.changed} changed, ${summary.failed.length} failed; ` +
              `${summary.facts} facts, ${summary.events} events`,
          );
        }
        if (summary.failed.length > 0) ctx.setExit(1);
      } finally {
        await store.close();
      }
    });
}
