// `espial decisions [--target T] [--json]`: the audit log of analysts' decisions, newest first — who
// decided what, when and why, and which were undone.
import type { Command } from "commander";
import { describeDecision, presentDecision } from "../../present/review.ts";
import type { CommandContext } from "../main.ts";
import { printJson, printLine } from "../output.ts";
import { withStore } from "./review-shared.ts";
import { withStoreFlags, type StoreFlags } from "./shared.ts";

export function registerDecisions(program: Command, ctx: CommandContext): void {
  withStoreFlags(program.command("decisions"))
    .description("the audit log of review decisions (merges, splits, claims accepted, rejected, edited, undos)")
    .option("--target <target>", "only decisions on this claim id, decision id or from→into actor keys")
    .option("--limit <n>", "most decisions shown (default 100)", "100")
    .option("--json", "print as JSON")
    .action(async (flags: StoreFlags & { target?: string; limit: string; json?: boolean }) => {
      const limit = Math.max(1, Math.min(10_000, Number.parseInt(flags.limit, 10) || 100));
      await withStore(ctx.io, flags, async (store) => {
        const log = await store.listDecisions({
          ...(flags.target ? { target: flags.target } : {}),
          limit,
          offset: 0,
        });
        if (flags.json) return printJson(ctx.io, { total: log.total, decisions: log.decisions.map(presentDecision) });
        if (log.total === 0) return printLine(ctx.io, "no decisions yet");
        for (const d of log.decisions) printLine(ctx.io, describeDecision(d));
      });
    });
}
