// How commands speak: JSON on stdout for --json, plain lines otherwise, errors as one line on stderr.
import type { Writable } from "node:stream";

export interface Io {
  readonly stdout: Writable;
  readonly stderr: Writable;
  readonly stdin: NodeJS.ReadableStream;
  readonly isTty: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
}

export function printJson(io: Io, value: unknown): void {
  io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

export function printLine(io: Io, line = ""): void {
  io.stdout.write(`${line}\n`);
}

export function printError(io: Io, line: string): void {
  io.stderr.write(`espial: ${line}\n`);
}
