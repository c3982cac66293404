// `espial queue`: the ingest queue at a glance — jobs waiting, running, done and failed, with the reason of
// each recent failure (after its retries).
import type { Command } from "commander";
import type { CommandContext } from "../main.ts";
import { openQueue } from "../../compose.ts";
import { printJson, printLine } from "../output.ts";
import { configFrom, type StoreFlags } from "./shared.ts";

export function registerQueue(program: Command, ctx: CommandContext): void {
  program
    .command("queue")
    .description("the ingest queue's jobs by state and its recent failures (needs DATABASE_URL)")
    .option("--json", "print as JSON")
    .action(async (flags: StoreFlags & { json?: boolean }) => {
      const queue = await openQueue(configFrom(ctx.io, flags));
      try {
        const status = await queue.status();
        if (flags.json) return printJson(ctx.io, status);
        const c = status.counts;
        printLine(
          ctx.io,
          `queue: ${c.created} waiting, ${c.retry} to retry, ${c.active} running, ${c.completed} done, ${c.failed} failed`,
        );
        for (const f of status.failed) printLine(ctx.io, `  failed ${f.at} ${f.job}: ${f.reason}`);
      } finally {
        await queue.stop({ timeoutMs: 1_000 });
      }
    });
}
