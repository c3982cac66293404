import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, utimes, writeFile } from "node:fs/promises";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { LOCK_FILE_NAME, acquireStoreLock, describeCommand, type LockHolder } from "./store-lock.ts";

const LOCK_MODULE = fileURLToPath(new URL("./store-lock.ts", import.meta.url));

describe("acquireStoreLock", () => {
  let dir: string;
  let lockPath: string;
  const children: ChildProcess[] = [];
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "espial-lock-"));
    lockPath = join(dir, LOCK_FILE_NAME);
  });
  afterEach(async () => {
    for (const child of children.splice(0)) child.kill("SIGKILL");
    await rm(dir, { recursive: true, force: true });
  });

  it("writes pid, command and start time, and removes the file on release", async () => {
    const lock = await acquireStoreLock(dir);
    const written = JSON.parse(await readFile(lockPath, "utf8")) as LockHolder;
    expect(written).toMatchObject({ pid: process.pid, hostname: hostname(), command: expect.any(String) as unknown });
    expect(Date.parse(written.startedAt)).not.toBeNaN();
    await lock.release();
    await lock.release();
    expect(existsSync(lockPath)).toBe(false);
  });

  it("refuses a second holder in this process, naming the pid", async () => {
    const lock = await acquireStoreLock(dir);
    await expect(acquireStoreLock(dir)).rejects.toMatchObject({
      code: "store-locked",
      message: expect.stringMatching(
        new RegExp(`^the store at ${dir} is in use by pid ${process.pid} \\(.+, since .+\\); stop it or use its API$`),
      ) as unknown,
    });
    await lock.release();
    await (await acquireStoreLock(dir)).release();
  });

  it("refuses while another process holds it, and takes it over once that process is killed", async () => {
    const child = await spawnHolder(dir, { exit: false });
    children.push(child);
    await expect(acquireStoreLock(dir)).rejects.toMatchObject({
      code: "store-locked",
      message: expect.stringContaining(`in use by pid ${child.pid} (node, since `) as unknown,
    });
    child.kill("SIGKILL");
    await new Promise((resolve) => child.once("exit", resolve));
    expect(existsSync(lockPath)).toBe(true);
    const lock = await acquireStoreLock(dir);
    expect(JSON.parse(await readFile(lockPath, "utf8"))).toMatchObject({ pid: process.pid });
    await lock.release();
  });

  it("is released when the holding process exits without closing", async () => {
    const child = await spawnHolder(dir, { exit: true });
    await new Promise((resolve) => child.once("exit", resolve));
    expect(existsSync(lockPath)).toBe(false);
  });

  it("takes over a lock naming our own pid that this process does not hold (a restarted container)", async () => {
    await writeHolder({ pid: process.pid, token: "from-a-previous-life" });
    await (await acquireStoreLock(dir)).release();
  });

  it.runIf(existsSync("/proc/self/stat"))("takes over a lock whose pid now belongs to a younger process", async () => {
    await writeHolder({ pid: process.ppid, startedAt: "2000-01-01T00:00:00.000Z" });
    await (await acquireStoreLock(dir)).release();
  });

  it("waits out a lock file it cannot read while it is fresh, and takes it over once old", async () => {
    await writeFile(lockPath, "");
    await expect(acquireStoreLock(dir)).rejects.toMatchObject({ code: "store-locked" });
    const old = new Date(Date.now() - 60_000);
    await utimes(lockPath, old, old);
    await (await acquireStoreLock(dir)).release();
  });

  it("assumes a holder on another host is alive", async () => {
    await writeHolder({ pid: 999_999, hostname: "elsewhere.example" });
    await expect(acquireStoreLock(dir)).rejects.toMatchObject({
      message: expect.stringContaining("in use by pid 999999 on elsewhere.example") as unknown,
    });
  });

  async function writeHolder(holder: Partial<LockHolder>): Promise<void> {
    const full: LockHolder = {
      pid: 999_999,
      command: "espial serve",
      startedAt: new Date().toISOString(),
      hostname: hostname(),
      token: "t",
      ...holder,
    };
    await writeFile(lockPath, JSON.stringify(full));
  }
});

describe("describeCommand", () => {
  it("names the program and its verb, without flags or their values", () => {
    expect(describeCommand(["/usr/bin/node", "/opt/espial/bin/espial.js", "serve", "--token", "secret"])).toBe(
      "espial serve",
    );
    expect(describeCommand(["/usr/bin/node", "/repo/src/cli/main.ts", "--db", "x"])).toBe("main");
    expect(describeCommand(["/usr/bin/node"])).toBe("node");
  });
});

/** A node process that takes the lock, says so, then exits or stays until killed. */
async function spawnHolder(dir: string, options: { exit: boolean }): Promise<ChildProcess> {
  const script = [
    `import { acquireStoreLock } from ${JSON.stringify(LOCK_MODULE)};`,
    `await acquireStoreLock(${JSON.stringify(dir)});`,
    `console.log("held");`,
    options.exit ? "" : "setInterval(() => undefined, 60_000);",
  ].join("\n");
  const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("held")) resolve();
    });
    child.once("exit", (code) =>
      options.exit && code === 0 ? resolve() : reject(new Error(`holder exited: ${code}`)),
    );
  });
  return child;
}
