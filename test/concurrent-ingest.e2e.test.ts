// Two real `espial ingest` processes writing at once into one fresh PostgreSQL database, on overlapping folders
// of generated reports (with planted duplicates, near duplicates and copied passages): nothing is lost,
// nothing is duplicated, and the facts are those of one sequential ingest of the same reports.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateInputs } from "../bench/corpus.ts";
import { createPostgresStore } from "../src/store/postgres/index.ts";
import { createTestDatabase, findTestServer } from "../src/store/postgres/test-database.ts";
import { espial, tempDir } from "./helpers.ts";
import { spawnEspial } from "./spawn.ts";

const server = await findTestServer();
const DOCUMENTS = 48;

/** What must not differ between the two stores, and the duplicates that must not exist. */
async function snapshot(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const one = async (text: string) => (await client.query<Record<string, unknown>>(text)).rows;
    const [counts] = await one(`select
      (select count(*)::int from reports) as reports,
      (select count(distinct content_hash)::int from reports) as distinct_hashes,
      (select count(*)::int from documents) as documents,
      (select count(distinct latest_report_id)::int from documents) as distinct_latest,
      (select count(*)::int from reports r where not exists (select 1 from documents d where d.id = r.document_id)) as orphans,
      (select count(*)::int from facts) as facts,
      (select count(*)::int from events) as events,
      (select count(*)::int from report_claims) as claims,
      (select count(*)::int from report_mentions) as mentions`);
    const keys =
      await one(`select subject_kind || ':' || subject_key || ' ' || predicate || ' ' || object_kind || ':' ||
        object_key || (case when negated then ' (negated)' else '' end) as fact, count(*)::int as n, min(id) as id
      from facts group by 1 order by 1`);
    // Each fact as the store reads it: fused from its claims then, with its confidence and independent sources.
    const store = await createPostgresStore({ url });
    const factKeys: Record<string, unknown>[] = [];
    try {
      for (const row of keys) {
        const fact = await store.getFact(String(row["id"]));
        factKeys.push({
          fact: row["fact"],
          n: row["n"],
          confidence: fact?.confidence.toFixed(6) ?? null,
          sources: fact?.explanation.independentSources ?? null,
        });
      }
    } finally {
      await store.close();
    }
    const hashes = await one(`select content_hash from reports order by 1`);
    const eventReports = await one(`select count(*)::int as n from (select report_id, ordinal from event_actions
      group by 1, 2 having count(*) > 1) dup`);
    return { counts, factKeys, hashes: hashes.map((r) => r["content_hash"]), eventReports };
  } finally {
    await client.end();
  }
}

// No server: skipped with its reason as the title; in CI with an unreachable DATABASE_URL: failed in beforeAll.
const suite = "skip" in server ? describe.skip : describe;
const title = `two ingest processes at once on PostgreSQL${"skip" in server ? `: skipped — ${server.skip}` : ""}`;

suite(title, () => {
  const baseUrl = "url" in server ? server.url : "";
  let folders: { a: string; b: string; cleanup: () => Promise<void> };
  const drops: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    if ("fail" in server) throw new Error(server.fail);
    const temp = await tempDir("espial-concurrent-");
    const a = join(temp.dir, "a");
    const b = join(temp.dir, "b");
    await mkdir(a);
    await mkdir(b);
    const inputs = generateInputs({ documents: DOCUMENTS, seed: 7 });
    // a holds the first two thirds, b the last two thirds: the middle third is in both.
    await Promise.all(
      inputs.map(async (input, i) => {
        const name = `${String(i).padStart(3, "0")}.txt`;
        if (i < (DOCUMENTS * 2) / 3) await writeFile(join(a, name), input.bytes);
        if (i >= DOCUMENTS / 3) await writeFile(join(b, name), input.bytes);
      }),
    );
    folders = { a, b, cleanup: temp.cleanup };
  });

  afterAll(async () => {
    for (const drop of drops) await drop();
    await (folders as typeof folders | undefined)?.cleanup();
  });

  it("loses nothing, duplicates nothing, and fuses the same facts as a sequential ingest", async () => {
    const together = await createTestDatabase(baseUrl);
    drops.push(together.drop);
    const env = { DATABASE_URL: together.url };
    // Both start on an empty database: they also race to migrate it.
    const [first, second] = await Promise.all([
      spawnEspial(["ingest", "--json", folders.a], env),
      spawnEspial(["ingest", "--json", folders.b], env),
    ]);
    expect(first.stderr).not.toMatch(/error/i);
    expect(second.stderr).not.toMatch(/error/i);
    expect([first.code, second.code]).toEqual([0, 0]);

    const sequential = await createTestDatabase(baseUrl);
    drops.push(sequential.drop);
    const run = await espial(["ingest", folders.a, folders.b], { env: { DATABASE_URL: sequential.url } });
    expect(run.code, run.stderr).toBe(0);

    const [got, want] = await Promise.all([snapshot(together.url), snapshot(sequential.url)]);
    expect(got.counts?.["reports"]).toBe(got.counts?.["distinct_hashes"]);
    expect(got.counts?.["documents"]).toBe(got.counts?.["distinct_latest"]);
    expect(got.counts?.["orphans"]).toBe(0);
    expect(got.eventReports).toEqual([{ n: 0 }]);
    expect(got.factKeys.every((f) => f["n"] === 1)).toBe(true);
    expect(got.factKeys.every((f) => f["confidence"] !== null && Number(f["sources"]) >= 1)).toBe(true);
    expect(got.hashes).toEqual(want.hashes);
    expect(got.counts).toEqual(want.counts);
    expect(got.factKeys).toEqual(want.factKeys);
    expect(Number(want.counts?.["facts"])).toBeGreaterThan(10);
  }, 240_000);
});
