// An exclusive lock file in the store's directory. PGlite takes no lock of its own, and two processes
// writing one data directory corrupt it, so a store opens only after creating the lock file with O_EXCL.
// A lock whose process is gone is taken over; the lock is removed on close and when the process exits.
import { randomUUID } from "node:crypto";
import { readFileSync, unlinkSync } from "node:fs";
import { open, readFile, stat, unlink } from "node:fs/promises";
import { hostname } from "node:os";
import { basename, join } from "node:path";
import { EspialError } from "../../core/errors.ts";

export const LOCK_FILE_NAME = "espial.lock";

/** What the lock file says about its holder. */
export interface LockHolder {
  readonly pid: number;
  readonly command: string;
  readonly startedAt: string;
  readonly hostname: string;
  /** Tells two holders with the same pid apart (a restarted container often reuses its pid). */
  readonly token: string;
}

export interface StoreLock {
  readonly path: string;
  readonly holder: LockHolder;
  /** Removes the lock file if it is still ours. */
  release(): Promise<void>;
}

/**
 * Tokens of the locks this process holds, so a lock naming our own pid but not held by us is known stale.
 * Kept on globalThis so that two copies of this module in one process (bundles, test runners) agree.
 */
const heldTokens = heldTokenRegistry();

/** A lock younger than this whose content cannot be read is being written right now, not abandoned. */
const UNREADABLE_GRACE_MS = 10_000;

/**
 * Takes the lock of the store in `dir`, or fails with `store-locked` naming the holder.
 * @example const lock = await acquireStoreLock(".espial"); … await lock.release();
 */
export async function acquireStoreLock(dir: string): Promise<StoreLock> {
  const path = join(dir, LOCK_FILE_NAME);
  const holder: LockHolder = {
    pid: process.pid,
    command: describeCommand(process.argv),
    startedAt: new Date().toISOString(),
    hostname: hostname(),
    token: randomUUID(),
  };
  for (let attempt = 0; attempt < 5; attempt++) {
    if (await tryCreate(path, holder)) return holdLock(path, holder);
    const existing = await readLock(path);
    if (existing === "gone") continue;
    if (existing.holder === null) {
      if (Date.now() - existing.modifiedAt < UNREADABLE_GRACE_MS) {
        throw new EspialError(
          "store-locked",
          `the store at ${dir} is in use by an unknown process (lock file ${path} is being written); try again`,
        );
      }
    } else if (await isHolderAlive(existing.holder)) {
      throw lockedError(dir, existing.holder);
    }
    // Stale: remove it only if it is still the file we judged, then race for it again with O_EXCL.
    if ((await readRaw(path)) === existing.raw) await unlink(path).catch(ignoreMissing);
  }
  throw new EspialError("store-locked", `could not take the lock ${path}: other processes keep taking it`);
}

async function tryCreate(path: string, holder: LockHolder): Promise<boolean> {
  let handle;
  try {
    handle = await open(path, "wx");
  } catch (error) {
    if (errorCode(error) === "EEXIST") return false;
    throw new EspialError("store-failure", `cannot create the lock file ${path}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  try {
    await handle.writeFile(`${JSON.stringify(holder)}\n`);
    await handle.close();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await unlink(path).catch(() => undefined);
    throw new EspialError("store-failure", `cannot write the lock file ${path}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  return true;
}

function holdLock(path: string, holder: LockHolder): StoreLock {
  heldTokens.add(holder.token);
  const releaseOnExit = (): void => {
    try {
      if (readFileSync(path, "utf8").includes(holder.token)) unlinkSync(path);
    } catch {
      // Exiting: nothing more can be done, and the next open takes the stale lock over.
    }
  };
  process.on("exit", releaseOnExit);
  let released: Promise<void> | null = null;
  return {
    path,
    holder,
    release: () => {
      released ??= (async () => {
        process.off("exit", releaseOnExit);
        heldTokens.delete(holder.token);
        const raw = await readRaw(path);
        if (raw !== null && raw.includes(holder.token)) await unlink(path).catch(ignoreMissing);
      })();
      return released;
    },
  };
}

type ReadLock = "gone" | { readonly raw: string; readonly holder: LockHolder | null; readonly modifiedAt: number };

async function readLock(path: string): Promise<ReadLock> {
  try {
    const [raw, info] = await Promise.all([readFile(path, "utf8"), stat(path)]);
    return { raw, holder: parseHolder(raw), modifiedAt: info.mtimeMs };
  } catch (error) {
    if (errorCode(error) === "ENOENT") return "gone";
    throw new EspialError("store-failure", `cannot read the lock file ${path}: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

async function readRaw(path: string): Promise<string | null> {
  return readFile(path, "utf8").catch(() => null);
}

function parseHolder(raw: string): LockHolder | null {
  try {
    const value = JSON.parse(raw) as Partial<LockHolder>;
    if (typeof value.pid !== "number" || !Number.isInteger(value.pid) || value.pid <= 0) return null;
    return {
      pid: value.pid,
      command: typeof value.command === "string" ? value.command : "unknown command",
      startedAt: typeof value.startedAt === "string" ? value.startedAt : "an unknown time",
      hostname: typeof value.hostname === "string" ? value.hostname : "",
      token: typeof value.token === "string" ? value.token : "",
    };
  } catch {
    return null;
  }
}

/** True unless we can tell the holder is gone: another host's process is assumed alive. */
async function isHolderAlive(holder: LockHolder): Promise<boolean> {
  if (holder.hostname !== "" && holder.hostname !== hostname()) return true;
  if (holder.pid === process.pid) return heldTokens.has(holder.token);
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    return errorCode(error) === "EPERM";
  }
  return !(await startedAfter(holder.pid, holder.startedAt));
}

/**
 * Whether process `pid` started after `since` (so it is not the lock's writer but a reuse of its pid).
 * Linux only, through /proc; elsewhere false. Start times are in clock ticks, 100 a second on Linux.
 */
async function startedAfter(pid: number, since: string): Promise<boolean> {
  const sinceMs = Date.parse(since);
  if (Number.isNaN(sinceMs)) return false;
  try {
    const [stat, uptime] = await Promise.all([readFile(`/proc/${pid}/stat`, "utf8"), readFile("/proc/uptime", "utf8")]);
    // Fields after the command name, which is in parentheses and may hold spaces: starttime is field 22.
    const startTicks = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19]);
    const uptimeSeconds = Number(uptime.split(" ")[0]);
    if (!Number.isFinite(startTicks) || !Number.isFinite(uptimeSeconds)) return false;
    const startedMs = Date.now() - uptimeSeconds * 1000 + (startTicks / 100) * 1000;
    return startedMs > sinceMs + 2_000;
  } catch {
    return false;
  }
}

function lockedError(dir: string, holder: LockHolder): EspialError {
  const where = holder.hostname !== "" && holder.hostname !== hostname() ? ` on ${holder.hostname}` : "";
  return new EspialError(
    "store-locked",
    `the store at ${dir} is in use by pid ${holder.pid}${where} (${holder.command}, since ${holder.startedAt}); stop it or use its API`,
  );
}

/** "espial serve" from [node, /path/bin/espial.js, serve, --port, 8080]: the program and its verb, no flags. */
export function describeCommand(argv: readonly string[]): string {
  const script = argv[1] ?? argv[0] ?? "node";
  const program = basename(script).replace(/\.(c|m)?(j|t)s$/, "");
  const verb = argv[2];
  return verb !== undefined && !verb.startsWith("-") ? `${program} ${verb}` : program;
}

function heldTokenRegistry(): Set<string> {
  const registry = globalThis as { [key: symbol]: unknown };
  const key = Symbol.for("espial.store-lock.held");
  const existing = registry[key];
  if (existing instanceof Set) return existing as Set<string>;
  const created = new Set<string>();
  registry[key] = created;
  return created;
}

function errorCode(error: unknown): unknown {
  return typeof error === "object" && error !== null && "code" in error ? error.code : undefined;
}

function ignoreMissing(error: unknown): void {
  if (errorCode(error) !== "ENOENT") throw error;
}
