// `espial export --stix FILE [--actor NAME] [--max-tlp LEVEL]`: the store, or one actor's neighbourhood
// (every report that mentions it), as a STIX 2.1 bundle; FILE `-` writes to standard output.
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { Command } from "commander";
import { EspialError, TLP_LEVELS, isOneOf } from "../../core/index.ts";
import type { CommandContext } from "../main.ts";
import { loadKnowledge, openStore } from "../../compose.ts";
import { checkStixBundle, exportPublishedBundle, type StixBundle } from "../../stix/index.ts";
import { printLine } from "../output.ts";
import { configFrom, withStoreFlags, type StoreFlags } from "./shared.ts";

interface ExportFlags extends StoreFlags {
  readonly stix?: string;
  readonly actor?: string;
  readonly maxTlp?: string;
}

function summary(bundle: StixBundle): string {
  const count = (type: string) => bundle.objects.filter((o) => o.type === type).length;
  return `${bundle.objects.length} objects: ${count("report")} reports, ${count("intrusion-set")} intrusion sets, ${count("relationship")} relationships, ${count("x-espial-action")} actions`;
}

export function registerExport(program: Command, ctx: CommandContext): void {
  withStoreFlags(program.command("export"))
    .description("export the store, or one actor's reports, as a STIX 2.1 bundle")
    .option("--stix <file>", "write a STIX 2.1 bundle to FILE (- for standard output)")
    .option("--actor <name>", "only the reports that mention this actor (any of its names)")
    .option(
      "--max-tlp <level>",
      "leave out reports marked above this TLP level (clear, green, amber, amber+strict, red)",
    )
    .action(async (flags: ExportFlags) => {
      if (!flags.stix) throw new EspialError("bad-usage", "say where to write the bundle: espial export --stix FILE");
      const maxTlp = flags.maxTlp;
      if (maxTlp !== undefined && !isOneOf(TLP_LEVELS, maxTlp)) {
        throw new EspialError("bad-usage", `--max-tlp must be one of ${TLP_LEVELS.join(", ")}`);
      }
      const config = configFrom(ctx.io, flags);
      const { catalogue } = loadKnowledge(config);
      const store = await openStore(config);
      let bundle: StixBundle;
      try {
        // Publishing first records what changed as new STIX versions, so unchanged objects keep their `modified`.
        bundle = await exportPublishedBundle(
          { store, catalogue, clock: () => new Date() },
          { ...(maxTlp ? { maxTlp } : {}), ...(flags.actor ? { actor: flags.actor } : {}) },
        );
      } finally {
        await store.close();
      }
      const problems = checkStixBundle(bundle);
      if (problems.length > 0) throw new EspialError("internal", `the bundle is not sound: ${problems[0] ?? ""}`);
      const json = `${JSON.stringify(bundle, null, 2)}\n`;
      if (flags.stix === "-") return void ctx.io.stdout.write(json);
      const path = resolve(ctx.io.cwd, flags.stix);
      await writeFile(path, json, "utf8").catch((error: NodeJS.ErrnoException) => {
        const code =
          error.code === "ENOENT"
            ? "not-found"
            : error.code === "EACCES" || error.code === "EPERM"
              ? "forbidden"
              : "internal";
        throw new EspialError(code, `cannot write ${path}: ${error.message}`, { cause: error });
      });
      printLine(ctx.io, `wrote ${summary(bundle)} to ${path}`);
    });
}
