// `espial document ID [--json]` and `espial documents [--json]`: the stored documents, as ingested, with
// their versions and the passages they copied (each marked with the report and span it came from).
import type { Command } from "commander";
import { EspialError } from "../../core/index.ts";
import type { CommandContext } from "../main.ts";
import { openStore } from "../../compose.ts";
import { documentLines, presentDocument } from "../../present/document.ts";
import { printJson, printLine } from "../output.ts";
import { configFrom, withStoreFlags, type StoreFlags } from "./shared.ts";

export function registerDocument(program: Command, ctx: CommandContext): void {
  withStoreFlags(program.command("documents"))
    .description("list the stored documents (the latest version of each; --json lists every version)")
    .option("--json", "print as JSON")
    .action(async (flags: StoreFlags & { json?: boolean }) => {
      const store = await openStore(configFrom(ctx.io, flags));
      try {
        const reports = await store.listReports();
        if (flags.json) return printJson(ctx.io, reports);
        const versions = new Map<string, number>();
        for (const r of reports) versions.set(r.documentId, (versions.get(r.documentId) ?? 0) + 1);
        for (const r of reports.filter((x) => x.latest)) {
          const n = versions.get(r.documentId) ?? 1;
          const more = n > 1 ? `  (${n} versions)` : "";
          printLine(ctx.io, `${r.id}  ${r.published ?? "undated   "}  ${r.title ?? r.origin}${more}`);
        }
      } finally {
        await store.close();
      }
    });
  withStoreFlags(program.command("document"))
    .description("show one stored report: its text, versions, copied passages and what was read in it")
    .argument("<id>", "the report id (see espial documents)")
    .option("--json", "print as JSON")
    .action(async (id: string, flags: StoreFlags & { json?: boolean }) => {
      const store = await openStore(configFrom(ctx.io, flags));
      try {
        const report = await store.getReport(id);
        const relations = await store.reportRelations(id);
        if (!report || !relations) throw new EspialError("not-found", `no report with id ${id} (see espial documents)`);
        if (flags.json) return printJson(ctx.io, presentDocument(report, relations));
        for (const line of documentLines(report, relations)) printLine(ctx.io, line);
      } finally {
        await store.close();
      }
    });
}
