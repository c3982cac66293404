// `espial restore FILE [--force]`: loads a backup into the store in one transaction. An empty store only,
// unless --force, which replaces everything in it after a confirmation (typed on a terminal, or --yes).
// A corrupt, truncated or foreign file, or a backup of other migrations, leaves the store as it was.
import { createInterface } from "node:readline/promises";
import { resolve } from "node:path";
import type { Command } from "commander";
import { EspialError } from "../../core/index.ts";
import type { CommandContext } from "../main.ts";
import type { Io } from "../output.ts";
import { openStore } from "../../compose.ts";
import { readBackupFile } from "../backup-file.ts";
import { printJson, printLine } from "../output.ts";
import { configFrom, withStoreFlags, type StoreFlags } from "./shared.ts";

interface RestoreFlags extends StoreFlags {
  readonly force?: boolean;
  readonly yes?: boolean;
  readonly json?: boolean;
}

export function registerRestore(program: Command, ctx: CommandContext): void {
  withStoreFlags(program.command("restore"))
    .description("load a backup made by espial backup into an empty store (or, with --force, replace the store)")
    .argument("<file>", "the backup file")
    .option("--force", "replace everything in a store that is not empty (asks to confirm)")
    .option("--yes", "with --force: confirm without asking (for scripts)")
    .option("--json", "print the summary as JSON")
    .action(async (file: string, flags: RestoreFlags) => {
      const path = resolve(ctx.io.cwd, file);
      const config = configFrom(ctx.io, flags);
      const store = await openStore(config);
      try {
        const replace = Boolean(flags.force);
        if (replace) {
          const counts = await store.counts();
          const where = config.databaseUrl
            ? "the PostgreSQL store of DATABASE_URL"
            : resolve(ctx.io.cwd, config.dbPath);
          if (counts.reports > 0 && !flags.yes) await confirm(ctx.io, `${where} holds ${counts.reports} reports`);
        }
        const started = performance.now();
        const summary = await store.restore(readBackupFile(path), { replace });
        const seconds = (performance.now() - started) / 1000;
        if (flags.json) return printJson(ctx.io, { file: path, seconds, ...summary });
        const reports = summary.tables.find((t) => t.name === "reports")?.rows ?? 0;
        printLine(
          ctx.io,
          `restore: ${reports} reports, ${summary.rows} rows in ${summary.tables.length} tables from ${path} (${seconds.toFixed(1)} s)`,
        );
      } finally {
        await store.close();
      }
    });
}

/** Asks on a terminal; without one, --yes is the only way to confirm. */
async function confirm(io: Io, what: string): Promise<void> {
  if (!io.isTty) {
    throw new EspialError("bad-usage", `${what}; restore --force replaces them all: add --yes to confirm`);
  }
  const rl = createInterface({ input: io.stdin, output: io.stderr });
  try {
    const answer = await rl.question(`${what}; restore replaces them all. Type "replace" to go on: `);
    if (answer.trim() !== "replace") throw new EspialError("bad-usage", "restore cancelled: nothing was changed");
  } finally {
    rl.close();
  }
}
