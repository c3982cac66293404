// `espial document ID [--json]` and `espial documents [--json]`: the stored reports, as ingested.
import type { Command } from "commander";
import { EspialError } from "../../core/index.ts";
import type { CommandContext } from "../main.ts";
import { openStore } from "../../compose.ts";
import { presentExtraction } from "../../present/extract-contract.ts";
import { printJson, printLine } from "../output.ts";
import { configFrom, withStoreFlags, type StoreFlags } from "./shared.ts";

export function registerDocument(program: Command, ctx: CommandContext): void {
  withStoreFlags(program.command("documents"))
    .description("list the stored reports")
    .option("--json", "print as JSON")
    .action(async (flags: StoreFlags & { json?: boolean }) => {
      const store = await openStore(configFrom(ctx.io, flags));
      try {
        const reports = await store.listReports();
        if (flags.json) return printJson(ctx.io, reports);
        for (const r of reports) printLine(ctx.io, `${r.id}  ${r.published ?? "undated   "}  ${r.title ?? r.origin}`);
      } finally {
        await store.close();
      }
    });
  withStoreFlags(program.command("document"))
    .description("show one stored report: its text as ingested and what was read in it")
    .argument("<id>", "the report id (see espial documents)")
    .option("--json", "print as JSON")
    .action(async (id: string, flags: StoreFlags & { json?: boolean }) => {
      const store = await openStore(configFrom(ctx.io, flags));
      try {
        const report = await store.getReport(id);
        if (!report) throw new EspialError("not-found", `no report with id ${id} (see espial documents)`);
        const extraction = presentExtraction(report.source, report.extraction);
        if (flags.json)
          return printJson(ctx.io, {
            id: report.id,
            content_hash: report.contentHash,
            source: report.source,
            ingested_at: report.ingestedAt,
            text: report.text,
            extraction,
          });
        printLine(
          ctx.io,
          `${report.id}  ${report.source.title ?? report.source.origin}  (${report.source.published ?? "undated"})`,
        );
        printLine(ctx.io, "");
        printLine(ctx.io, report.text);
      } finally {
        await store.close();
      }
    });
}
