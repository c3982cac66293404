// The `espial` command line: one verb per file in commands/. Exit codes: 0 ok, 1 failure, 2 bad usage.
// Errors are one clear line on stderr; unknown throws are converted once, here.
import { Command, CommanderError } from "commander";
import { errorTable, toEspialError } from "../core/index.ts";
import { printError, type Io } from "./output.ts";
import { registerIngest } from "./commands/ingest.ts";
import { registerExtract } from "./commands/extract.ts";
import { registerActors } from "./commands/actors.ts";
import { registerActor } from "./commands/actor.ts";
import { registerEval } from "./commands/eval.ts";
import { registerQuickstart } from "./commands/quickstart.ts";
import { registerDocument } from "./commands/document.ts";
import { registerEvents } from "./commands/events.ts";
import { registerEvent } from "./commands/event.ts";
import { registerWhy } from "./commands/why.ts";
import { registerRemove } from "./commands/remove.ts";
import { registerReprocess } from "./commands/reprocess.ts";
import { registerExport } from "./commands/export.ts";
import { registerServe } from "./commands/serve.ts";
import { registerFeeds } from "./commands/feeds.ts";
import { registerWatch } from "./commands/watch.ts";
import { registerBackup } from "./commands/backup.ts";
import { registerRestore } from "./commands/restore.ts";
import { registerMerge } from "./commands/merge.ts";
import { registerReview } from "./commands/review.ts";
import { registerDecisions } from "./commands/decisions.ts";
import { registerToken } from "./commands/token.ts";
import { registerWatchList } from "./commands/watch-list.ts";
import { registerEnqueue } from "./commands/enqueue.ts";
import { registerWorker } from "./commands/worker.ts";
import { registerQueue } from "./commands/queue.ts";

/** What a command may use: the process's streams and environment, and a way to set a non-zero exit. */
export interface CommandContext {
  readonly io: Io;
  setExit(code: 0 | 1 | 2): void;
}

/** Builds the program with every command registered. */
export function createProgram(ctx: CommandContext): Command {
  const program = new Command("espial")
    .description("Track state-sponsored cyber-espionage from public reporting.")
    .version("0.1.0")
    .exitOverride()
    .showHelpAfterError("(run espial --help for usage)")
    .configureOutput({
      writeOut: (s) => ctx.io.stdout.write(s),
      writeErr: (s) => ctx.io.stderr.write(s),
    });
  for (const register of [
    registerQuickstart,
    registerIngest,
    registerExtract,
    registerActors,
    registerActor,
    registerEval,
    registerDocument,
    registerEvents,
    registerEvent,
    registerWhy,
    registerRemove,
    registerReprocess,
    registerExport,
    registerServe,
    registerFeeds,
    registerWatch,
    registerBackup,
    registerRestore,
    registerMerge,
    registerReview,
    registerDecisions,
    registerToken,
    registerWatchList,
    registerEnqueue,
    registerWorker,
    registerQueue,
  ]) {
    register(program, ctx);
  }
  return program;
}

/** Runs the CLI and returns its exit code. */
export async function runCli(argv: readonly string[], io: Io): Promise<number> {
  let exit: 0 | 1 | 2 = 0;
  const program = createProgram({ io, setExit: (code) => (exit = Math.max(exit, code) as 0 | 1 | 2) });
  try {
    await program.parseAsync([...argv], { from: "user" });
    return exit;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? 0 : 2;
    }
    const e = toEspialError(error);
    printError(io, e.message);
    return errorTable[e.code].exit;
  }
}

/** The process entry: real streams and environment. */
export async function main(): Promise<number> {
  return runCli(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    isTty: Boolean(process.stdout.isTTY) && Boolean(process.stderr.isTTY),
    env: process.env,
    cwd: process.cwd(),
  });
}
