// `espial eval DIR...`: runs extraction on every DIR/*.txt that has a *.gold.json beside it and scores it
// with the evaluation metric (agreeing with shared/tools/score.mjs). --min field=F1,… fails below floors.
import type { Command } from "commander";
import { readdir, readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { EspialError } from "../../core/index.ts";
import type { CommandContext } from "../main.ts";
import { pipelineDeps } from "../../compose.ts";
import { extractReport } from "../../pipeline/run.ts";
import { presentExtraction } from "../../present/extract-contract.ts";
import { belowFloors, evaluate, formatEval, parseFloors, type EvalCase } from "../../eval/index.ts";
import { countryCodeOfName } from "../../pipeline/recognise/countries.ts";
import { printJson, printLine } from "../output.ts";
import { configFrom } from "./shared.ts";
import { readOneReport } from "./extract.ts";

export function registerEval(program: Command, ctx: CommandContext): void {
  program
    .command("eval")
    .description("score extraction against gold annotations (*.gold.json beside *.txt)")
    .argument("<dirs...>", "folders of reports with gold")
    .option("--json", "print the scores as JSON")
    .option("--min <floors>", "fail (exit 1) when a field's F1 is below its floor: field=F1,field=F1")
    .action(async (dirs: string[], flags: { json?: boolean; min?: string }) => {
      const floors = flags.min ? parseFloors(flags.min) : {};
      const deps = pipelineDeps(configFrom(ctx.io, {}));
      const cases: EvalCase[] = [];
      for (const dir of dirs) {
        const abs = resolve(ctx.io.cwd, dir);
        const names = await readdir(abs).catch(() => {
          throw new EspialError("not-found", `${dir}: no such folder`);
        });
        const txt = new Set(names.filter((n) => n.endsWith(".txt")));
        for (const g of names.filter((n) => n.endsWith(".gold.json")).sort()) {
          const base = g.replace(/\.gold\.json$/, "");
          if (!txt.has(`${base}.txt`)) continue;
          const gold = JSON.parse(await readFile(join(abs, g), "utf8")) as { source?: { published?: string | null } };
          const published = gold.source?.published ?? undefined;
          const report = await readOneReport(ctx, join(abs, `${base}.txt`), published ?? undefined);
          const { extraction } = extractReport(report, deps);
          cases.push({ name: base, gold, pred: presentExtraction(report.source, extraction) });
        }
      }
      if (cases.length === 0)
        throw new EspialError("not-found", `no *.txt with a *.gold.json beside it in ${dirs.join(", ")}`);
      const result = evaluate(cases, countryCodeOfName);
      const short = belowFloors(result, floors);
      if (flags.json) printJson(ctx.io, { ...result, below_floors: short });
      else for (const line of formatEval(result)) printLine(ctx.io, line);
      if (short.length) {
        ctx.io.stderr.write(`espial: below the floors: ${short.join(", ")}\n`);
        ctx.setExit(1);
      }
    });
}
