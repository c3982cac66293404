// Test helpers: run the CLI in-process with captured streams, temp folders, and where ../shared is.
import { PassThrough } from "node:stream";
import { mkdtemp, rm } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { runCli } from "../src/cli/main.ts";

export const ROOT = resolve(import.meta.dirname, "..");
export const SHARED = resolve(ROOT, "..", "shared");
export const hasShared = existsSync(join(SHARED, "seeds"));

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `espial ARGS` in-process. */
export async function espial(
  args: readonly string[],
  options: { env?: Record<string, string>; stdin?: string } = {},
): Promise<CliRun> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const stdin = new PassThrough();
  let out = "";
  let err = "";
  stdout.on("data", (c: Buffer) => (out += c.toString()));
  stderr.on("data", (c: Buffer) => (err += c.toString()));
  stdin.end(options.stdin ?? "");
  const env: Record<string, string | undefined> = { ...options.env };
  const code = await runCli(args, { stdout, stderr, stdin, isTty: false, env, cwd: ROOT });
  return { code, stdout: out, stderr: err };
}

/** A fresh temp folder, removed by the returned cleanup. */
export async function tempDir(prefix = "espial-test-"): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}
