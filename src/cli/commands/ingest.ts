// `espial ingest PATH...`: files, folders (recursively), globs and `-` for stdin, into the store.
// A progress bar on a terminal; a summary line always; each rejected input listed with why.
import type { Command } from "commander";
import { basename } from "node:path";
import { SingleBar, Presets } from "cli-progress";
import { EspialError } from "../../core/index.ts";
import type { CommandContext } from "../main.ts";
import { openStore, pipelineDeps } from "../../compose.ts";
import {
  ingestInputs,
  prepareInputs,
  storePrepared,
  type IngestResult,
  type PreparedBatch,
} from "../../pipeline/run.ts";
import { createExtractPool, defaultExtractThreads } from "../../threads/index.ts";
import type { RawInput } from "../../pipeline/read/index.ts";
import { expandPaths, readBytes, readStdin } from "../files.ts";
import { fetchUrlInputs, isUrlArgument } from "./ingest-urls.ts";
import { createBundleIngester } from "../../stix/index.ts";
import { printError, printJson, printLine } from "../output.ts";
import { configFrom, readOptionsFrom, withStoreFlags, type StoreFlags } from "./shared.ts";

/** Inputs per `ingestInputs` call: the store writes each call in one transaction, a savepoint per report,
 * and recomputes the facts it touched once at its end (see store/sql/ingest.ts). */
const BATCH = 100;
/** …and at most this many bytes read ahead, so a folder of large reports holds one batch's worth in memory. */
const BATCH_BYTES = 16 * 1024 * 1024;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

interface IngestFlags extends StoreFlags {
  readonly json?: boolean;
  readonly allowPrivate?: boolean;
  readonly published?: string;
  readonly threads?: string;
}

export function registerIngest(program: Command, ctx: CommandContext): void {
  withStoreFlags(program.command("ingest"))
    .description("read reports (files, folders, globs, - for stdin) into the store")
    .argument("<paths...>", "files, folders, globs or http(s) URLs of pages and feeds; - reads standard input")
    .option("--tlp <level>", "TLP marking for these reports (clear, green, amber, amber+strict, red)")
    .option("--source-kind <kind>", "government, vendor, press, aggregator or unknown")
    .option("--published <date>", "publication date YYYY-MM-DD for reports that do not give their own")
    .option("--json", "print the results as JSON")
    .option(
      "--threads <n>",
      "threads that extract reports while the store writes (default: cores - 1, at most 4; 0: none)",
    )
    .option("--allow-private", "let URLs reach private, loopback and link-local addresses (a lab, a test)")
    .action(async (paths: string[], flags: IngestFlags) => {
      const { io } = ctx;
      if (flags.published !== undefined && !ISO_DATE.test(flags.published)) {
        throw new EspialError("bad-usage", `--published takes a date as YYYY-MM-DD, not "${flags.published}"`);
      }
      const config = configFrom(io, flags);
      const read = readOptionsFrom(config);
      const results: IngestResult[] = [];
      const wantsStdin = paths.includes("-");
      const expanded = await expandPaths(
        paths.filter((p) => p !== "-" && !isUrlArgument(p)),
        io.cwd,
      );
      for (const m of expanded.missing) results.push({ origin: m.path, status: "rejected", reason: m.reason });
      noteHousekeeping(ctx, expanded.housekeeping);
      const deps = {
        ...pipelineDeps(config),
        ...(flags.published === undefined ? {} : { publishedFallback: flags.published }),
      };
      const threads = threadCount(flags.threads);
      const store = await openStore(config);
      // Threads pay for themselves only over several batches: each loads its own catalogue first.
      const pool =
        threads > 0 && expanded.found.length > BATCH
          ? createExtractPool({ threads, cataloguePath: config.cataloguePath ?? null })
          : null;
      const withBundles = { ...deps, importBundle: createBundleIngester(store) };
      const bar =
        io.isTty && !flags.json
          ? new SingleBar({ stream: io.stderr, format: "ingest [{bar}] {value}/{total} files" }, Presets.shades_classic)
          : null;
      try {
        bar?.start(expanded.found.length + (wantsStdin ? 1 : 0), 0);
        const fetchOptions = { limits: read.limits, allowPrivate: Boolean(flags.allowPrivate) };
        const urls = paths.filter(isUrlArgument);
        await fetchUrlInputs(urls, fetchOptions, async (fetched) => {
          if ("rejected" in fetched) results.push(fetched.rejected);
          else results.push(...(await ingestInputs([fetched.input], { ...withBundles, store, read })));
        });
        if (wantsStdin) {
          const bytes = await readStdin(io.stdin, read.limits.maxReportBytes);
          results.push(...(await ingestInputs([{ bytes, origin: "stdin" }], { ...withBundles, store, read })));
          bar?.increment();
        }
        let batch: RawInput[] = [];
        let batchBytes = 0;
        // Pipelined: the next batch is extracted (on the pool's threads) while the store writes this one.
        let writing: { batch: Promise<PreparedBatch>; size: number } | null = null;
        const write = async () => {
          if (!writing) return;
          results.push(...(await storePrepared(await writing.batch, { ...withBundles, store })));
          bar?.increment(writing.size);
          writing = null;
        };
        const prepareDeps = { ...deps, read, ...(pool ? { extractMany: pool.extractMany } : {}) };
        const flush = async () => {
          const next = { batch: prepareInputs(batch, prepareDeps), size: batch.length };
          await write();
          writing = next;
          batch = [];
          batchBytes = 0;
        };
        for (const file of expanded.found) {
          try {
            const bytes = await readBytes(file.path, read.limits.maxReportBytes);
            batch.push({ bytes, origin: file.path });
            batchBytes += bytes.byteLength;
          } catch (error) {
            results.push({
              origin: file.path,
              status: "rejected",
              reason: error instanceof Error ? error.message : String(error),
            });
            bar?.increment();
          }
          if (batch.length >= BATCH || batchBytes >= BATCH_BYTES) await flush();
        }
        if (batch.length > 0) await flush();
        await write();
      } finally {
        bar?.stop();
        await pool?.close();
        await store.close();
      }
      report(ctx, results, Boolean(flags.json));
    });
}

function threadCount(flag: string | undefined): number {
  if (flag === undefined) return defaultExtractThreads();
  const n = Number(flag);
  if (!Number.isInteger(n) || n < 0 || n > 64) {
    throw new EspialError("bad-usage", `--threads takes a whole number from 0 to 64, not "${flag}"`);
  }
  return n;
}

/** "note: skipped 2 housekeeping files (README.md, LICENSE)": folder files that are not reports. */
function noteHousekeeping(ctx: CommandContext, skipped: readonly string[]): void {
  if (skipped.length === 0) return;
  const names = skipped.map((p) => basename(p)).join(", ");
  const files = skipped.length === 1 ? "file" : "files";
  ctx.io.stderr.write(`note: skipped ${skipped.length} housekeeping ${files} (${names})\n`);
}

function report(ctx: CommandContext, results: readonly IngestResult[], json: boolean): void {
  const { io } = ctx;
  const count = (s: IngestResult["status"]) => results.filter((r) => r.status === s).length;
  const rejected = results.filter((r) => r.status === "rejected");
  if (json)
    printJson(io, {
      results,
      stored: count("stored"),
      unchanged: count("unchanged"),
      skipped: count("skipped"),
      rejected: rejected.length,
    });
  else {
    for (const r of results) {
      if (r.status === "skipped") io.stderr.write(`note: skipped ${r.origin}: ${r.reason}\n`);
    }
    for (const r of rejected) if (r.status === "rejected") printError(io, `rejected ${r.origin}: ${r.reason}`);
    printLine(
      io,
      `ingest: ${count("stored")} stored, ${count("unchanged")} already there, ${count("skipped")} skipped, ${rejected.length} rejected`,
    );
  }
  const reports = count("stored") + count("unchanged");
  if (reports === 0 && rejected.length === 0) printError(io, "no report found in the inputs: nothing stored");
  if (rejected.length > 0 || reports === 0) ctx.setExit(1);
}
