import { spawnSync } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createReportFixture } from "../report-fixture.ts";
import { createPgliteStore } from "./index.ts";
import { LOCK_FILE_NAME } from "./store-lock.ts";

// Locks held by other processes, alive or killed, are tested in store-lock.test.ts; here the store itself.
describe("PGlite store lock", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "espial-pglite-lock-"));
    // Creating the data directory takes seconds: done here, under the hook's longer timeout.
    await (await createPgliteStore({ dir })).close();
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("refuses a second open of the same directory, naming the holder's pid, until the first is closed", async () => {
    const first = await createPgliteStore({ dir });
    await first.ingest([createReportFixture({ text: "Held by APT41.", actors: [{ key: "G0096", name: "APT41" }] })]);
    await expect(createPgliteStore({ dir })).rejects.toMatchObject({
      code: "store-locked",
      message: expect.stringMatching(
        new RegExp(
          `^the store at ${dir} is in use by pid ${process.pid} \\(.+, since [0-9T:.Z-]+\\); stop it or use its API$`,
        ),
      ) as unknown,
    });
    expect((await first.counts()).reports).toBe(1);
    await first.close();
    await expect(readFile(join(dir, LOCK_FILE_NAME))).rejects.toMatchObject({ code: "ENOENT" });
  });

  it("takes over the lock file of a process that is gone", async () => {
    const dead = spawnSync(process.execPath, ["-e", ""]).pid;
    const stale = {
      pid: dead,
      command: "espial serve",
      startedAt: "2026-01-01T00:00:00.000Z",
      hostname: "",
      token: "x",
    };
    await writeFile(join(dir, LOCK_FILE_NAME), JSON.stringify(stale));
    const store = await createPgliteStore({ dir });
    expect(JSON.parse(await readFile(join(dir, LOCK_FILE_NAME), "utf8"))).toMatchObject({ pid: process.pid });
    expect(await store.listActors()).toEqual([{ key: "G0096", name: "APT41", reports: 1, mentions: 1 }]);
    await store.close();
    await expect(readFile(join(dir, LOCK_FILE_NAME))).rejects.toMatchObject({ code: "ENOENT" });
  });
});
