// `espial enqueue PATH|URL...`: puts reports on the PostgreSQL ingest queue for `espial worker` processes —
// each file's bytes in its job (workers need no shared disk), each http(s) URL for a worker to fetch.
import type { Command } from "commander";
import { EspialError } from "../../core/index.ts";
import type { CommandContext } from "../main.ts";
import { openQueue } from "../../compose.ts";
import { defaultLimits } from "../../config/limits.ts";
import type { IngestJob } from "../../queue/index.ts";
import { expandPaths, readBytes } from "../files.ts";
import { printError, printJson, printLine } from "../output.ts";
import { configFrom, type StoreFlags } from "./shared.ts";
import { isUrlArgument } from "./ingest-urls.ts";

/** Jobs sent per insert: bounds the bytes held at once. */
const BATCH = 50;

interface EnqueueFlags extends StoreFlags {
  readonly published?: string;
  readonly allowPrivate?: boolean;
  readonly retries: string;
  readonly retryDelay: string;
  readonly json?: boolean;
}

export function registerEnqueue(program: Command, ctx: CommandContext): void {
  program
    .command("enqueue")
    .description("queue reports (files, folders, globs, URLs) for espial worker processes (needs DATABASE_URL)")
    .argument("<inputs...>", "files, folders, globs or http(s) URLs")
    .option("--tlp <level>", "TLP marking for these reports (clear, green, amber, amber+strict, red)")
    .option("--source-kind <kind>", "government, vendor, press, aggregator or unknown")
    .option("--published <date>", "publication date YYYY-MM-DD for reports that do not give their own")
    .option("--allow-private", "let workers fetch URLs on private and loopback addresses")
    .option("--retries <n>", "retries of a job that fails (the store or the network away)", "4")
    .option("--retry-delay <seconds>", "delay before the first retry, doubled at each one", "5")
    .option("--json", "print the result as JSON")
    .action(async (inputs: string[], flags: EnqueueFlags) => {
      const { io } = ctx;
      if (flags.published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(flags.published)) {
        throw new EspialError("bad-usage", `--published takes a date as YYYY-MM-DD, not "${flags.published}"`);
      }
      const retry = { retryLimit: Number(flags.retries), retryDelaySeconds: Number(flags.retryDelay) };
      if (!Number.isInteger(retry.retryLimit) || retry.retryLimit < 0 || retry.retryLimit > 100) {
        throw new EspialError("bad-usage", `--retries takes a whole number from 0 to 100, not "${flags.retries}"`);
      }
      if (!Number.isInteger(retry.retryDelaySeconds) || retry.retryDelaySeconds < 1) {
        throw new EspialError(
          "bad-usage",
          `--retry-delay takes a whole number of seconds (1 or more), not "${flags.retryDelay}"`,
        );
      }
      const config = configFrom(io, flags);
      const defaults = {
        ...(flags.tlp === undefined ? {} : { tlp: config.defaults.tlp }),
        ...(flags.sourceKind === undefined ? {} : { sourceKind: config.defaults.kind }),
        ...(flags.published === undefined ? {} : { published: flags.published }),
      };
      const urls = inputs.filter(isUrlArgument);
      const expanded = await expandPaths(
        inputs.filter((i) => !isUrlArgument(i)),
        io.cwd,
      );
      const queue = await openQueue(config);
      const limit = defaultLimits().maxReportBytes;
      let queued = 0;
      const refused: { path: string; reason: string }[] = [...expanded.missing];
      try {
        const urlJobs = urls.map((url): IngestJob => ({
          kind: "url",
          url,
          ...(flags.allowPrivate ? { allowPrivate: true } : {}),
          ...defaults,
        }));
        queued += await queue.enqueue(urlJobs, retry);
        for (let i = 0; i < expanded.found.length; i += BATCH) {
          const jobs: IngestJob[] = [];
          for (const file of expanded.found.slice(i, i + BATCH)) {
            try {
              const bytes = await readBytes(file.path, limit);
              jobs.push({
                kind: "bytes",
                origin: file.path,
                base64: Buffer.from(bytes).toString("base64"),
                ...defaults,
              });
            } catch (error) {
              refused.push({ path: file.path, reason: (error as Error).message });
            }
          }
          queued += await queue.enqueue(jobs, retry);
        }
      } finally {
        await queue.stop({ timeoutMs: 1_000 });
      }
      if (flags.json) printJson(io, { queued, refused });
      else {
        for (const r of refused) printError(io, `not queued ${r.path}: ${r.reason}`);
        printLine(io, `enqueue: ${queued} jobs queued, ${refused.length} refused; run espial worker to ingest them`);
      }
      if (refused.length > 0 || queued === 0) ctx.setExit(1);
    });
}
