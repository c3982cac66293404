// `espial why FACT [--json]`: how sure Espial is of a fact and why — its independent sources, the copies
// it did not count, each factor of the score, and the evidence (docs/confidence.md).
import type { Command } from "commander";
import { EspialError } from "../../core/index.ts";
import type { CommandContext } from "../main.ts";
import { openStore } from "../../compose.ts";
import { explainFact, presentFact } from "../../present/facts.ts";
import { printJson, printLine } from "../output.ts";
import { configFrom, withStoreFlags, type StoreFlags } from "./shared.ts";

export function registerWhy(program: Command, ctx: CommandContext): void {
  withStoreFlags(program.command("why"))
    .description("explain a fact's confidence: independent sources, copies, each factor")
    .argument("<fact>", "the fact id (the `fact` field of espial actor NAME --json)")
    .option("--json", "print as JSON")
    .action(async (id: string, flags: StoreFlags & { json?: boolean }) => {
      const store = await openStore(configFrom(ctx.io, flags));
      try {
        const fact = await store.getFact(id);
        if (!fact)
          throw new EspialError("not-found", `no fact with id ${id} (facts are listed in espial actor NAME --json)`);
        if (flags.json) return printJson(ctx.io, presentFact(fact));
        for (const line of explainFact(fact)) printLine(ctx.io, line);
      } finally {
        await store.close();
      }
    });
}
