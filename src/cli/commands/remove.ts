// `espial remove DOC [--json]`: retracts a document — every version of it, and all it alone supported:
// facts are recomputed, its actions leave their events, reports that copied it find their source again.
import type { Command } from "commander";
import { EspialError } from "../../core/index.ts";
import type { CommandContext } from "../main.ts";
import { openStore } from "../../compose.ts";
import { printJson, printLine } from "../output.ts";
import { configFrom, withStoreFlags, type StoreFlags } from "./shared.ts";

export function registerRemove(program: Command, ctx: CommandContext): void {
  withStoreFlags(program.command("remove"))
    .description("retract a document (any of its report ids) and recompute what it supported")
    .argument("<id>", "a document or report id (see espial documents)")
    .option("--json", "print as JSON")
    .action(async (id: string, flags: StoreFlags & { json?: boolean }) => {
      const store = await openStore(configFrom(ctx.io, flags));
      try {
        const removed = await store.removeDocument(id);
        if (!removed) throw new EspialError("not-found", `no document with id ${id} (see espial documents)`);
        if (flags.json) return printJson(ctx.io, removed);
        const versions = removed.reports.length;
        printLine(
          ctx.io,
          `removed document ${removed.documentId} (${versions} version${versions === 1 ? "" : "s"}); ` +
            `${removed.factsRecomputed} facts recomputed, ${removed.factsGone} no longer supported`,
        );
      } finally {
        await store.close();
      }
    });
}
