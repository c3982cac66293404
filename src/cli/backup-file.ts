// A backup file on disk: gzipped lines of JSON (the format is the store's, see store/sql/archive/format.ts).
// Written to a temporary file beside the target and renamed at the end, so a failed backup never leaves a
// half file under the name asked for; read back as a stream of lines, one at a time.
import { createReadStream, createWriteStream } from "node:fs";
import { rename, rm, stat } from "node:fs/promises";
import { once } from "node:events";
import { pipeline } from "node:stream/promises";
import { PassThrough } from "node:stream";
import { createGunzip, createGzip } from "node:zlib";
import { EspialError } from "../core/index.ts";

/** Writes the lines `produce` emits to `path`, gzipped; returns what `produce` returned and the file's size. */
export async function writeBackupFile<T>(
  path: string,
  produce: (write: (line: string) => Promise<void>) => Promise<T>,
): Promise<{ result: T; bytes: number }> {
  const partial = `${path}.partial-${process.pid}`;
  const lines = new PassThrough();
  const done = pipeline(lines, createGzip(), createWriteStream(partial, { flags: "wx" }));
  // A failed pipeline rejects here too; the rejection is awaited below, not left unhandled.
  done.catch(() => undefined);
  try {
    const result = await produce(async (line) => {
      if (!lines.write(`${line}\n`)) await Promise.race([once(lines, "drain"), done]);
    });
    lines.end();
    await done;
    await rename(partial, path);
    return { result, bytes: (await stat(path)).size };
  } catch (error) {
    lines.destroy();
    await done.catch(() => undefined);
    await rm(partial, { force: true });
    if (error instanceof EspialError) throw error;
    throw new EspialError("store-failure", `could not write the backup ${path}: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

/** The lines of a gzipped backup file; a read or gunzip failure (a truncated file) throws when reached. */
export async function* readBackupFile(path: string): AsyncGenerator<string> {
  try {
    await stat(path);
  } catch (error) {
    throw new EspialError("not-found", `cannot read the backup ${path}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const gunzip = createGunzip();
  // Errors of the file stream reach the gunzip stream, whose iteration throws them.
  pipeline(createReadStream(path), gunzip).catch(() => undefined);
  let rest = "";
  const decoder = new TextDecoder("utf-8", { fatal: true });
  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      const text = rest + decoder.decode(chunk, { stream: true });
      const lines = text.split("\n");
      rest = lines.pop() ?? "";
      for (const line of lines) yield line;
    }
    rest += decoder.decode();
  } catch (error) {
    throw new Error(describeReadError(error), { cause: error });
  }
  if (rest !== "") yield rest;
}

function describeReadError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown }).code;
  if (code === "Z_BUF_ERROR" || /unexpected end/i.test(message)) return "the file ends too early (truncated?)";
  if (typeof code === "string" && code.startsWith("Z_")) return `the file is not valid gzip (${message})`;
  if (error instanceof TypeError) return "the file is not valid UTF-8";
  return message;
}
