// Finding and reading inputs on disk for the CLI: files, folders (recursively), globs and stdin.
import { readdir, readFile, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { EspialError } from "../core/index.ts";

export interface FoundInput {
  readonly path: string;
  readonly size: number;
}

export interface Expanded {
  readonly found: FoundInput[];
  readonly missing: { path: string; reason: string }[];
  /** Files a folder walk left out because their names mark them as the folder's housekeeping, not reports. */
  readonly housekeeping: string[];
}

const SKIP_DIRS = new Set(["node_modules", ".git", ".espial"]);

/** The files a folder of reports keeps about itself (README.md, SOURCES.md, LICENSE, NOTICE, CHANGELOG …): the
 * whole name, in any case, bare or with a text extension — "notice-of-sanctions.html" is a report. Named on the
 * command line, such a file is still read. */
const HOUSEKEEPING =
  /^(?:readme|sources|licen[cs]e|notice|changelog|authors|contributors|contributing|copying|code[_-]of[_-]conduct)(?:\.(?:md|markdown|txt|text|rst|adoc|org))?$/i;

/** Whether a file name marks a folder's housekeeping rather than a report. */
export function isHousekeepingFile(name: string): boolean {
  return HOUSEKEEPING.test(name);
}

async function walk(dir: string, out: FoundInput[], skipped: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (e.name.startsWith(".") || SKIP_DIRS.has(e.name)) continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) await walk(path, out, skipped);
    else if (e.isFile() && isHousekeepingFile(e.name)) skipped.push(path);
    else if (e.isFile()) out.push({ path, size: (await stat(path)).size });
  }
}

/** Expands paths (files, folders, and globs the shell left unexpanded) into files, noting what is missing. */
export async function expandPaths(paths: readonly string[], cwd: string): Promise<Expanded> {
  const found: FoundInput[] = [];
  const missing: { path: string; reason: string }[] = [];
  const housekeeping: string[] = [];
  for (const p of paths) {
    if (/[*?[\]{}]/.test(p)) {
      const { glob } = await import("tinyglobby");
      const matches = (await glob(p, { cwd, absolute: true, onlyFiles: true })).sort();
      if (matches.length === 0) missing.push({ path: p, reason: "no file matches this pattern" });
      for (const m of matches) found.push({ path: m, size: (await stat(m)).size });
      continue;
    }
    const abs = resolve(cwd, p);
    try {
      const s = await stat(abs);
      if (s.isDirectory()) {
        const before = found.length;
        await walk(abs, found, housekeeping);
        if (found.length === before) missing.push({ path: p, reason: "folder holds no files" });
      } else found.push({ path: abs, size: s.size });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      missing.push({
        path: p,
        reason: code === "ENOENT" ? "no such file or folder" : `cannot read (${code ?? "error"})`,
      });
    }
  }
  return { found, missing, housekeeping };
}

/** Reads a file's bytes, refusing one over the limit before reading it. */
export async function readBytes(path: string, maxBytes: number): Promise<Uint8Array> {
  const s = await stat(path);
  if (s.size > maxBytes) {
    throw new EspialError("too-large", `${path}: ${s.size} bytes is over the limit of ${maxBytes} bytes per report`);
  }
  return new Uint8Array(await readFile(path));
}

/** Reads standard input up to a limit. */
export async function readStdin(stdin: NodeJS.ReadableStream, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stdin) {
    const buf = typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk);
    total += buf.length;
    if (total > maxBytes) throw new EspialError("too-large", `stdin: over the limit of ${maxBytes} bytes per report`);
    chunks.push(buf);
  }
  return new Uint8Array(Buffer.concat(chunks));
}
