// `espial backup FILE`: the whole store (embedded or PostgreSQL) to one gzipped file of JSON lines, from a
// consistent snapshot, with bounded memory; `espial restore` reads it back.
import { resolve } from "node:path";
import type { Command } from "commander";
import type { CommandContext } from "../main.ts";
import { openStore } from "../../compose.ts";
import { writeBackupFile } from "../backup-file.ts";
import { printJson, printLine } from "../output.ts";
import { configFrom, withStoreFlags, type StoreFlags } from "./shared.ts";

export function registerBackup(program: Command, ctx: CommandContext): void {
  withStoreFlags(program.command("backup"))
    .description("write the whole store to FILE (gzipped JSON lines; restore with espial restore)")
    .argument("<file>", "the backup file to write (refused if it exists)")
    .option("--json", "print the summary as JSON")
    .action(async (file: string, flags: StoreFlags & { json?: boolean }) => {
      const path = resolve(ctx.io.cwd, file);
      const store = await openStore(configFrom(ctx.io, flags));
      try {
        const started = performance.now();
        const { result, bytes } = await writeBackupFile(path, (write) => store.backup(write));
        const seconds = (performance.now() - started) / 1000;
        if (flags.json) return printJson(ctx.io, { file: path, bytes, seconds, ...result });
        const reports = result.tables.find((t) => t.name === "reports")?.rows ?? 0;
        printLine(
          ctx.io,
          `backup: ${reports} reports, ${result.rows} rows in ${result.tables.length} tables → ${path} ` +
            `(${(bytes / 1e6).toFixed(2)} MB, ${seconds.toFixed(1)} s)`,
        );
      } finally {
        await store.close();
      }
    });
}
