// Runs `node bin/espial.js ARGS` as a real process of its own (for tests of several processes at once,
// signals and exit codes), with captured output.
import { spawn, type ChildProcessByStdio } from "node:child_process";
import { join } from "node:path";
import type { Readable } from "node:stream";
import { ROOT } from "./helpers.ts";

export interface ProcessRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface SpawnedEspial {
  readonly child: ChildProcessByStdio<null, Readable, Readable>;
  /** Resolves when the process has exited. */
  readonly done: Promise<ProcessRun>;
  /** Resolves once stderr has printed something matching `pattern`. */
  readonly waitForStderr: (pattern: RegExp) => Promise<void>;
}

export function startEspial(args: readonly string[], env: Record<string, string>): SpawnedEspial {
  const child = spawn(process.execPath, [join(ROOT, "bin", "espial.js"), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  const waiting: { pattern: RegExp; resolve: () => void }[] = [];
  child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
  child.stderr.on("data", (c: Buffer) => {
    stderr += c.toString();
    for (const w of waiting.filter((x) => x.pattern.test(stderr))) w.resolve();
  });
  const done = new Promise<ProcessRun>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  const waitForStderr = (pattern: RegExp) =>
    new Promise<void>((resolve, reject) => {
      if (pattern.test(stderr)) return resolve();
      waiting.push({ pattern, resolve });
      void done.then((run) => reject(new Error(`exited (${run.code}) before printing ${pattern}: ${run.stderr}`)));
    });
  return { child, done, waitForStderr };
}

/** Runs `espial ARGS` as its own process to the end. */
export function spawnEspial(args: readonly string[], env: Record<string, string>): Promise<ProcessRun> {
  return startEspial(args, env).done;
}
