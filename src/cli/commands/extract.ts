// `espial extract [--json] [--published DATE] FILE`: reads one report without a store and prints what
// Espial finds in it, in the evaluation contract.
import type { Command } from "commander";
import { EspialError, type Report } from "../../core/index.ts";
import type { CommandContext } from "../main.ts";
import { pipelineDeps } from "../../compose.ts";
import { extractReport } from "../../pipeline/run.ts";
import { readInput } from "../../pipeline/read/index.ts";
import { presentExtraction } from "../../present/extract-contract.ts";
import { readBytes, readStdin } from "../files.ts";
import { printJson, printLine } from "../output.ts";
import { configFrom, readOptionsFrom } from "./shared.ts";
import { resolve } from "node:path";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Reads the one report in a file (or stdin), with an optional publication date given by the caller. */
export async function readOneReport(ctx: CommandContext, file: string, published: string | undefined): Promise<Report> {
  const config = configFrom(ctx.io, {});
  const read = readOptionsFrom(config);
  const bytes =
    file === "-"
      ? await readStdin(ctx.io.stdin, read.limits.maxReportBytes)
      : await readBytes(resolve(ctx.io.cwd, file), read.limits.maxReportBytes).catch((error: unknown) => {
          if ((error as NodeJS.ErrnoException).code === "ENOENT")
            throw new EspialError("not-found", `${file}: no such file`);
          throw error;
        });
  const outcomes = readInput({ bytes, origin: file === "-" ? "stdin" : file }, read);
  const first = outcomes[0];
  if (!first) throw new EspialError("empty-input", `${file}: no report in it`);
  if (first.status === "rejected") throw first.error;
  if (first.status === "skipped") throw new EspialError("unsupported", `${file}: ${first.reason}`);
  if (first.status === "stix")
    throw new EspialError("unsupported", `${file}: a STIX bundle, not a report; use espial ingest`);
  const report = first.report;
  return published ? { ...report, source: { ...report.source, published } } : report;
}

export function registerExtract(program: Command, ctx: CommandContext): void {
  program
    .command("extract")
    .description("print what Espial reads in one report (no store)")
    .argument("<file>", "a report file, or - for standard input")
    .option("--json", "print the extraction as JSON (the evaluation contract)")
    .option("--published <date>", "publication date YYYY-MM-DD, for relative dates")
    .action(async (file: string, flags: { json?: boolean; published?: string }) => {
      if (flags.published !== undefined && !ISO_DATE.test(flags.published)) {
        throw new EspialError("bad-usage", `--published takes a date as YYYY-MM-DD, not "${flags.published}"`);
      }
      const report = await readOneReport(ctx, file, flags.published);
      const { extraction } = extractReport(report, pipelineDeps(configFrom(ctx.io, {})));
      const presented = presentExtraction(report.source, extraction);
      if (flags.json) return printJson(ctx.io, presented);
      const { io } = ctx;
      printLine(io, `${report.source.title ?? file}${report.source.published ? ` (${report.source.published})` : ""}`);
      for (const a of presented.actors) {
        printLine(
          io,
          `actor   ${a.name}: ${a.mentions.join(", ")}${a.attributed_to.length ? ` — attributed to ${a.attributed_to.join(", ")}` : ""}`,
        );
      }
      for (const p of presented.persons) printLine(io, `person  ${p.name} (${p.role})`);
      if (presented.victim_countries.length)
        printLine(io, `victims ${presented.victim_countries.map((c) => c.name).join(", ")}`);
      for (const s of presented.victim_sectors) printLine(io, `sector  ${s.name}`);
      for (const o of presented.victim_organizations) printLine(io, `org     ${o.name}`);
      for (const a of presented.actions)
        printLine(
          io,
          `action  ${a.type} ${a.date ?? "(no date)"} by ${a.by.join(", ") || "?"} against ${a.against.join(", ") || "?"} [${a.status}]`,
        );
      for (const p of presented.periods) printLine(io, `period  ${p.from}–${p.to ?? ""}`);
      const names = new Map(presented.actors.map((a) => [a.id, a.name]));
      const tied = (by: readonly { actor: string }[]) =>
        by.length ? ` — ${[...new Set(by.map((b) => names.get(b.actor) ?? b.actor))].join(", ")}` : "";
      const { arsenal } = presented;
      for (const m of arsenal.malware) printLine(io, `malware ${m.name}${tied(m.by)}`);
      for (const t of arsenal.tools) printLine(io, `tool    ${t.name}${tied(t.by)}`);
      for (const v of arsenal.vulnerabilities)
        printLine(io, `vuln    ${v.cve}${v.nickname ? ` (${v.nickname})` : ""}${tied(v.by)}`);
      for (const t of arsenal.techniques) printLine(io, `attack  ${t.id} ${t.name ?? t.phrase}${tied(t.by)}`);
      // Indicators are printed defanged: a terminal turns live URLs into links.
      for (const i of arsenal.indicators) printLine(io, `ioc     ${i.type} ${i.defanged}${tied(i.by)}`);
    });
}
