// `espial backup` and `espial restore` as a user runs them: the embedded store backed up, restored into
// PostgreSQL, backed up there and restored into a new embedded store, with the same actor profile, facts,
// events and counts at every step; a truncated or tampered backup gives one clear error and writes nothing.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateInputs } from "../bench/corpus.ts";
import { createTestDatabase, findTestServer } from "../src/store/postgres/test-database.ts";
import { espial, tempDir } from "./helpers.ts";
import { openStore } from "../src/compose.ts";
import { loadConfig } from "../src/config/index.ts";

const server = await findTestServer();

/** What must survive a backup and a restore, read from the store (opened once: a PGlite open costs seconds). */
async function profileOf(env: Record<string, string>, db: string[]) {
  const store = await openStore(loadConfig({ env, flags: { db: db[1] } }));
  try {
    const actors = await store.listActors();
    const top = actors[0];
    if (top === undefined) throw new Error("no actor in the store");
    return {
      actors,
      reports: await store.reportsMentioningActor(top.key),
      facts: await store.factsAbout({ kind: "actor", key: top.key }),
      events: await store.listEvents(),
      documents: await store.listReports(),
      counts: await store.counts(),
    };
  } finally {
    await store.close();
  }
}

describe("backup and restore", () => {
  let work: { dir: string; cleanup: () => Promise<void> };
  let first: string;
  let original: Awaited<ReturnType<typeof profileOf>>;
  const embedded = (name: string) => ["--db", join(work.dir, name)];
  const noServer = { DATABASE_URL: "" };

  beforeAll(async () => {
    if ("fail" in server) throw new Error(server.fail);
    work = await tempDir("espial-backup-");
    const reports = join(work.dir, "reports");
    await mkdir(reports);
    for (const [i, input] of generateInputs({ documents: 24, seed: 11 }).entries()) {
      await writeFile(join(reports, `${String(i).padStart(2, "0")}.txt`), input.bytes);
    }
    const ingest = await espial(["ingest", reports, ...embedded("a")], { env: noServer });
    expect(ingest.code, ingest.stderr).toBe(0);
    original = await profileOf(noServer, embedded("a"));
    first = join(work.dir, "a.espial-backup.gz");
    const backup = await espial(["backup", first, ...embedded("a")], { env: noServer });
    expect(backup.code, backup.stderr).toBe(0);
    expect(backup.stdout).toMatch(/^backup: 24 reports, \d+ rows in \d+ tables/);
  }, 240_000);

  afterAll(async () => {
    await (work as typeof work | undefined)?.cleanup();
  });

  it("restores into an empty embedded store with the same profile, facts, events and documents", async () => {
    const restored = await espial(["restore", first, ...embedded("b")], { env: noServer });
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stdout).toMatch(/^restore: 24 reports/);
    expect(await profileOf(noServer, embedded("b"))).toEqual(original);
    // The restored store goes on working: ingesting again finds everything already there.
    const again = await espial(["ingest", join(work.dir, "reports"), ...embedded("b")], { env: noServer });
    expect(again.stdout).toMatch(/0 stored, 24 already there/);
  }, 120_000);

  it("refuses a store that is not empty, and replaces it with --force --yes", async () => {
    const refused = await espial(["restore", first, ...embedded("a")], { env: noServer });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/store is not empty .*--force; nothing was restored/);
    const noYes = await espial(["restore", "--force", first, ...embedded("a")], { env: noServer });
    expect(noYes.code).toBe(2);
    expect(noYes.stderr).toMatch(/holds 24 reports.*--yes/);
    const forced = await espial(["restore", "--force", "--yes", first, ...embedded("a")], { env: noServer });
    expect(forced.code, forced.stderr).toBe(0);
    expect(await profileOf(noServer, embedded("a"))).toEqual(original);
  }, 120_000);

  it("gives one clear error and writes nothing for a truncated or tampered backup", async () => {
    const bytes = await readFile(first);
    const truncated = join(work.dir, "truncated.gz");
    await writeFile(truncated, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    const lines = gunzipSync(bytes).toString("utf8").split("\n");
    // One row's value changed, the file still valid gzip and valid JSON: only the checksum can tell.
    const at = lines.findIndex((line) => line.startsWith('{"id":') && line.includes('"confidence":'));
    expect(at).toBeGreaterThan(0);
    // A value it does not hold already; jsonb values (a report's extraction) are written with a space.
    lines[at] = (lines[at] ?? "").replace(
      /"confidence": ?([0-9.e-]+)/,
      (_, v) => `"confidence":${v === "0.5" ? 0.25 : 0.5}`,
    );
    const tampered = join(work.dir, "tampered.gz");
    await writeFile(tampered, gzipSync(lines.join("\n")));
    const cut = join(work.dir, "cut.gz");
    await writeFile(cut, gzipSync(gunzipSync(bytes).toString("utf8").split("\n").slice(0, 40).join("\n")));
    const notBackup = join(work.dir, "not-a-backup.gz");
    await writeFile(notBackup, gzipSync('{"hello":"world"}\n'));

    const cases: [string, RegExp][] = [
      [truncated, /not a complete Espial backup: the file cannot be read: the file ends too early/],
      [tampered, /not a complete Espial backup: its checksum does not match/],
      [cut, /not a complete Espial backup: it ends inside table|before its trailer/],
      [notBackup, /not an Espial backup/],
    ];
    for (const [file, message] of cases) {
      const run = await espial(["restore", file, ...embedded("c")], { env: noServer });
      expect(run.code, file).toBe(1);
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
      expect(run.stderr).toMatch(message);
    }
    const store = await openStore(loadConfig({ env: noServer, flags: { db: join(work.dir, "c") } }));
    try {
      expect(Object.values(await store.counts()).every((n) => n === 0)).toBe(true);
    } finally {
      await store.close();
    }
  }, 120_000);

  const pg = "url" in server ? it : it.skip;
  pg(
    `moves from PGlite to PostgreSQL and back unchanged${"skip" in server ? ` (skipped — ${server.skip})` : ""}`,
    async () => {
      if (!("url" in server)) return;
      const database = await createTestDatabase(server.url);
      try {
        const env = { DATABASE_URL: database.url };
        const restored = await espial(["restore", first], { env });
        expect(restored.code, restored.stderr).toBe(0);
        expect(await profileOf(env, [])).toEqual(original);
        const second = join(work.dir, "pg.espial-backup.gz");
        const backup = await espial(["backup", second], { env });
        expect(backup.code, backup.stderr).toBe(0);
        const back = await espial(["restore", second, ...embedded("d")], { env: noServer });
        expect(back.code, back.stderr).toBe(0);
        expect(await profileOf(noServer, embedded("d"))).toEqual(original);
        // The same rows, byte for byte, once the header's creation time is set aside.
        const body = async (file: string) =>
          gunzipSync(await readFile(file))
            .toString("utf8")
            .split("\n")
            .slice(1, -2);
        expect(await body(second)).toEqual(await body(first));
      } finally {
        await database.drop();
      }
    },
    240_000,
  );
});
