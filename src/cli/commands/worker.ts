// `espial worker [--concurrency N]`: takes jobs from the PostgreSQL ingest queue and runs each through the
// normal pipeline into the store, until SIGINT or SIGTERM (or, with --exit-when-idle, until the queue is
// empty). On a signal it stops taking jobs, lets the running ones finish, and exits cleanly; run as many
// workers, on as many machines, as the database can take.
import type { Command } from "commander";
import { EspialError } from "../../core/index.ts";
import type { CommandContext } from "../main.ts";
import { openFetch, openQueue, openStore, pipelineDeps } from "../../compose.ts";
import { defaultLimits } from "../../config/limits.ts";
import { describeJob, runIngestJob, type JobOutcome } from "../../queue/index.ts";
import { printError, printJson, printLine } from "../output.ts";
import { configFrom, type StoreFlags } from "./shared.ts";

interface WorkerFlags extends StoreFlags {
  readonly concurrency: string;
  readonly exitWhenIdle?: boolean;
  readonly json?: boolean;
}

export function registerWorker(program: Command, ctx: CommandContext): void {
  program
    .command("worker")
    .description("ingest jobs from the PostgreSQL queue (espial enqueue) until stopped (needs DATABASE_URL)")
    .option("--concurrency <n>", "jobs run at once in this process", "1")
    .option("--exit-when-idle", "exit once the queue has no job left to run")
    .option("--tlp <level>", "TLP marking for reports whose job names none")
    .option("--source-kind <kind>", "source kind for reports whose job names none")
    .option("--json", "print the summary as JSON")
    .action(async (flags: WorkerFlags) => {
      const { io } = ctx;
      const concurrency = Number(flags.concurrency);
      if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) {
        throw new EspialError(
          "bad-usage",
          `--concurrency takes a whole number from 1 to 64, not "${flags.concurrency}"`,
        );
      }
      const config = configFrom(io, flags);
      const queue = await openQueue(config);
      const store = await openStore(config).catch(async (error: unknown) => {
        await queue.stop({ timeoutMs: 1_000 });
        throw error;
      });
      const deps = {
        ...pipelineDeps(config),
        store,
        limits: defaultLimits(),
        openFetch,
        defaults: { tlp: config.defaults.tlp, sourceKind: config.defaults.kind },
      };
      const tally = { jobs: 0, stored: 0, unchanged: 0, skipped: 0, rejected: 0, failedAttempts: 0 };
      const started = performance.now();
      let stopping: ((why: string) => void) | null = null;
      const stopped = new Promise<string>((resolveStop) => (stopping = resolveStop));
      const onSignal = (signal: NodeJS.Signals) => stopping?.(signal);
      process.once("SIGINT", onSignal);
      process.once("SIGTERM", onSignal);
      try {
        await queue.work(
          async (job, meta) => {
            let outcomes: JobOutcome[];
            try {
              outcomes = await runIngestJob(job, deps);
            } catch (error) {
              tally.failedAttempts++;
              const reason = error instanceof Error ? error.message : String(error);
              if (!flags.json) printError(io, `job ${meta.id} (${describeJob(job)}) failed, to be retried: ${reason}`);
              throw error;
            }
            tally.jobs++;
            for (const o of outcomes) {
              tally[o.status]++;
              if (o.status === "rejected" && !flags.json) printError(io, `rejected ${o.origin}: ${o.reason ?? ""}`);
            }
            return outcomes;
          },
          { concurrency },
        );
        if (!flags.json) io.stderr.write(`worker: taking jobs, ${concurrency} at a time (Ctrl-C stops)\n`);
        const why = await Promise.race([
          stopped,
          flags.exitWhenIdle ? whenIdle(() => queue.pending()) : new Promise<string>(() => undefined),
        ]);
        if (!flags.json) io.stderr.write(`worker: stopping (${why}); finishing the jobs running\n`);
      } finally {
        process.off("SIGINT", onSignal);
        process.off("SIGTERM", onSignal);
        await queue.stop({ timeoutMs: 60_000 });
        await store.close();
      }
      const seconds = (performance.now() - started) / 1000;
      if (flags.json) printJson(io, { ...tally, seconds });
      else {
        printLine(
          io,
          `worker: ${tally.jobs} jobs in ${seconds.toFixed(1)} s: ${tally.stored} stored, ${tally.unchanged} already there, ` +
            `${tally.skipped} skipped, ${tally.rejected} rejected; ${tally.failedAttempts} failed attempts`,
        );
      }
    });
}

/** Resolves once the queue has had nothing to run at two checks in a row. */
async function whenIdle(pending: () => Promise<number>): Promise<string> {
  let idle = 0;
  for (;;) {
    await new Promise((r) => setTimeout(r, 500));
    idle = (await pending()) === 0 ? idle + 1 : 0;
    if (idle >= 2) return "the queue is empty";
  }
}
