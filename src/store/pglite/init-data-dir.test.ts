import { mkdir, mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PGLITE_START_PARAMS } from "./index.ts";
import { hasDataDir, initDataDir } from "./init-data-dir.ts";

describe("initDataDir (initdb in a child process)", () => {
  let root: string;
  let dataDir: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), "espial-initdb-"));
    dataDir = join(root, "pgdata");
    // initdb takes seconds: done here, under the hook's longer timeout.
    await initDataDir(dataDir, PGLITE_START_PARAMS);
  }, 120_000);
  afterAll(() => rm(root, { recursive: true, force: true }));

  it("leaves a data directory this process opens without running initdb, with the smaller buffer cache", async () => {
    expect(hasDataDir(dataDir)).toBe(true);
    const pg = await PGlite.create({ dataDir, startParams: [...PGLITE_START_PARAMS] });
    try {
      const { rows } = await pg.query<{ shared_buffers: string }>("show shared_buffers");
      expect(rows[0]?.shared_buffers).toBe("16MB");
      await pg.exec("create table kept (name text); insert into kept values ('APT10');");
    } finally {
      await pg.close();
    }
  });

  it("does nothing to a directory that already holds a database", async () => {
    const before = await stat(join(dataDir, "PG_VERSION"));
    await initDataDir(dataDir, PGLITE_START_PARAMS);
    expect((await stat(join(dataDir, "PG_VERSION"))).mtimeMs).toBe(before.mtimeMs);
    const pg = await PGlite.create({ dataDir, startParams: [...PGLITE_START_PARAMS] });
    try {
      const { rows } = await pg.query<{ name: string }>("select name from kept");
      expect(rows).toEqual([{ name: "APT10" }]);
    } finally {
      await pg.close();
    }
  });

  it("rejects with the child's error when the directory cannot be made", async () => {
    const blocked = join(root, "blocked");
    await writeFile(blocked, "a file where a directory should be");
    await expect(initDataDir(join(blocked, "pgdata"), PGLITE_START_PARAMS)).rejects.toThrow(
      /^initdb in a child process failed: ./,
    );
    expect(hasDataDir(join(blocked, "pgdata"))).toBe(false);
  });

  it("says a directory without PG_VERSION holds no database", async () => {
    const empty = join(root, "empty");
    await mkdir(empty);
    expect(hasDataDir(empty)).toBe(false);
  });
});
