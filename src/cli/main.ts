// The `espial` command line: one verb per file in commands/. Exit codes: 0 ok, 1 failure, 2 bad usage.
// Errors are one clear line on stderr; unknown throws are converted once, here.
import { Command, CommanderError } from "commander";
import { errorTable, toEspialError } from "../core/index.ts";
import { printError, type Io } from "./output.ts";

type Register = (program: Command, ctx: CommandContext) => void;

/**
 * Every verb with its one-line summary (shown by `espial --help`) and how to load the module that registers
 * it. A command's module — and everything it imports: the store, the pipeline, the server — is imported
 * only when that verb runs, so `espial --help` and small commands start fast. main.test.ts checks that each
 * summary is the description its module gives.
 */
export const COMMANDS: readonly { name: string; summary: string; load: () => Promise<Register> }[] = [
  {
    name: "quickstart",
    summary: "ingest the bundled sample reports and show the most reported actor",
    load: async () => (await import("./commands/quickstart.ts")).registerQuickstart,
  },
  {
    name: "ingest",
    summary: "read reports (files, folders, globs, - for stdin) into the store",
    load: async () => (await import("./commands/ingest.ts")).registerIngest,
  },
  {
    name: "extract",
    summary: "print what Espial reads in one report (no store)",
    load: async () => (await import("./commands/extract.ts")).registerExtract,
  },
  {
    name: "actors",
    summary: "list the actors in the store, most reported first",
    load: async () => (await import("./commands/actors.ts")).registerActors,
  },
  {
    name: "actor",
    summary:
      "show an actor's profile: names, mentions, sponsors, members, victims, actions, periods, malware and tools, vulnerabilities, techniques, indicators",
    load: async () => (await import("./commands/actor.ts")).registerActor,
  },
  {
    name: "eval",
    summary: "score extraction against gold annotations (*.gold.json beside *.txt)",
    load: async () => (await import("./commands/eval.ts")).registerEval,
  },
  {
    name: "documents",
    summary: "list the stored documents (the latest version of each; --json lists every version)",
    load: async () => (await import("./commands/document.ts")).registerDocument,
  },
  {
    name: "document",
    summary: "show one stored report: its text, versions, copied passages and what was read in it",
    load: async () => (await import("./commands/document.ts")).registerDocument,
  },
  {
    name: "events",
    summary: "list events: legal and diplomatic actions grouped into one happening, latest first",
    load: async () => (await import("./commands/events.ts")).registerEvents,
  },
  {
    name: "event",
    summary: "show one event: its actions, dates, actors and all its reports",
    load: async () => (await import("./commands/event.ts")).registerEvent,
  },
  {
    name: "why",
    summary: "explain a fact's confidence: independent sources, copies, each factor",
    load: async () => (await import("./commands/why.ts")).registerWhy,
  },
  {
    name: "remove",
    summary: "retract a document (any of its report ids) and recompute what it supported",
    load: async () => (await import("./commands/remove.ts")).registerRemove,
  },
  {
    name: "reprocess",
    summary: "read every stored report again and recompute copies, facts and events",
    load: async () => (await import("./commands/reprocess.ts")).registerReprocess,
  },
  {
    name: "export",
    summary: "export the store, or one actor's reports, as a STIX 2.1 bundle",
    load: async () => (await import("./commands/export.ts")).registerExport,
  },
  {
    name: "serve",
    summary: "serve the HTTP API on this machine (writes need ESPIAL_TOKEN or --token-file)",
    load: async () => (await import("./commands/serve.ts")).registerServe,
  },
  {
    name: "feeds",
    summary: "the feeds espial serve and espial watch poll",
    load: async () => (await import("./commands/feeds.ts")).registerFeeds,
  },
  {
    name: "watch",
    summary: "poll feeds until stopped (for a PostgreSQL store; espial serve polls the embedded one)",
    load: async () => (await import("./commands/watch.ts")).registerWatch,
  },
  {
    name: "backup",
    summary: "write the whole store to FILE (gzipped JSON lines; restore with espial restore)",
    load: async () => (await import("./commands/backup.ts")).registerBackup,
  },
  {
    name: "restore",
    summary: "load a backup made by espial backup into an empty store (or, with --force, replace the store)",
    load: async () => (await import("./commands/restore.ts")).registerRestore,
  },
  {
    name: "merge",
    summary: "decide that actor B is actor A: B's reports, names and facts read as A's (audited, undoable)",
    load: async () => (await import("./commands/merge.ts")).registerMerge,
  },
  {
    name: "split",
    summary: "separate actor B from actor A again, after a merge (audited, undoable)",
    load: async () => (await import("./commands/merge.ts")).registerMerge,
  },
  {
    name: "review",
    summary: "review what the reports claim: list, accept, reject, edit, undo (every decision audited)",
    load: async () => (await import("./commands/review.ts")).registerReview,
  },
  {
    name: "decisions",
    summary: "the audit log of review decisions (merges, splits, claims accepted, rejected, edited, undos)",
    load: async () => (await import("./commands/decisions.ts")).registerDecisions,
  },
  {
    name: "token",
    summary: "API tokens for espial serve: create, list, revoke",
    load: async () => (await import("./commands/token.ts")).registerToken,
  },
  {
    name: "watch-list",
    summary: "follow actors, sectors or countries: new facts about them become notifications",
    load: async () => (await import("./commands/watch-list.ts")).registerWatchList,
  },
  {
    name: "enqueue",
    summary: "queue reports (files, folders, globs, URLs) for espial worker processes (needs DATABASE_URL)",
    load: async () => (await import("./commands/enqueue.ts")).registerEnqueue,
  },
  {
    name: "worker",
    summary: "ingest jobs from the PostgreSQL queue (espial enqueue) until stopped (needs DATABASE_URL)",
    load: async () => (await import("./commands/worker.ts")).registerWorker,
  },
  {
    name: "queue",
    summary: "the ingest queue's jobs by state and its recent failures (needs DATABASE_URL)",
    load: async () => (await import("./commands/queue.ts")).registerQueue,
  },
];

/** What a command may use: the process's streams and environment, and a way to set a non-zero exit. */
export interface CommandContext {
  readonly io: Io;
  setExit(code: 0 | 1 | 2): void;
}

/** The program with no commands yet: name, version, and output through `ctx.io`. */
function createShell(ctx: CommandContext): Command {
  return new Command("espial")
    .description("Track state-sponsored cyber-espionage from public reporting.")
    .version("0.1.0")
    .exitOverride()
    .showHelpAfterError("(run espial --help for usage)")
    .configureOutput({
      writeOut: (s) => ctx.io.stdout.write(s),
      writeErr: (s) => ctx.io.stderr.write(s),
    });
}

/** The verb `argv` runs (`espial help VERB` runs VERB's help), if it is one of COMMANDS. */
function verbOf(argv: readonly string[]): (typeof COMMANDS)[number] | undefined {
  const words = argv.filter((a) => !a.startsWith("-"));
  const name = words[0] === "help" && words.length > 1 ? words[1] : words[0];
  return COMMANDS.find((c) => c.name === name);
}

/** Builds the program with every command registered (imports every command's module). */
export async function createProgram(ctx: CommandContext): Promise<Command> {
  const program = createShell(ctx);
  const registers = new Set(await Promise.all(COMMANDS.map((c) => c.load())));
  for (const register of registers) register(program, ctx);
  return program;
}

/**
 * The program for `argv`: the verb it names with its module loaded, or — for `--help`, `--version` and
 * unknown verbs — every verb by name and summary only, nothing imported.
 */
async function programFor(argv: readonly string[], ctx: CommandContext): Promise<Command> {
  const program = createShell(ctx);
  const verb = verbOf(argv);
  if (verb !== undefined) {
    (await verb.load())(program, ctx);
    return program;
  }
  for (const c of COMMANDS) program.command(c.name).description(c.summary);
  return program;
}

/** Runs the CLI and returns its exit code. */
export async function runCli(argv: readonly string[], io: Io): Promise<number> {
  let exit: 0 | 1 | 2 = 0;
  try {
    const program = await programFor(argv, { io, setExit: (code) => (exit = Math.max(exit, code) as 0 | 1 | 2) });
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
