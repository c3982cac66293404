// The foundation end to end: the CLI on the embedded store, as a new user drives it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeFile, mkdir } from "node:fs/promises";
import { join } from "node:path";
import { espial, hasShared, SHARED, tempDir } from "./helpers.ts";

let dir = "";
let cleanup: () => Promise<void> = async () => {};
const db = () => ["--db", join(dir, "store")];

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
});
afterAll(async () => cleanup());

describe("espial on the embedded store", () => {
  it("ingests the samples, and a second time changes nothing", async () => {
    const first = await espial(["ingest", "samples", ...db()]);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/ingest: 3 stored, 0 already there, 0 skipped, 0 rejected/);
    const counts = await espial(["actors", "--json", ...db()]);
    const second = await espial(["ingest", "samples", ...db()]);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/ingest: 0 stored, 3 already there/);
    expect((await espial(["actors", "--json", ...db()])).stdout).toBe(counts.stdout);
  });

  it("shows an actor by any name, with evidence that slices the stored text", async () => {
    const run = await espial(["actor", "stone panda", "--json", ...db()]);
    expect(run.code).toBe(0);
    const profile = JSON.parse(run.stdout) as {
      name: string;
      aliases: string[];
      mentions: string[];
      reports: { document: string; mentions: string[] }[];
      attributed_to: { name: string; evidence: { document: string; start: number; end: number; sentence: string }[] }[];
    };
    expect(profile.aliases).toEqual(expect.arrayContaining(["Stone Panda", "Red Apollo", "POTASSIUM", "menuPass"]));
    expect(profile.mentions).toEqual(expect.arrayContaining(["APT10", "Stone Panda", "menuPass"]));
    expect(profile.reports).toHaveLength(2);
    expect(profile.attributed_to.length).toBeGreaterThan(0);
    for (const fact of profile.attributed_to) {
      for (const e of fact.evidence) {
        const doc = JSON.parse((await espial(["document", e.document, "--json", ...db()])).stdout) as { text: string };
        expect(doc.text.slice(e.start, e.end)).toBe(e.sentence);
      }
    }
  });

  it("rejects a missing file, an empty and a binary file with one line each, storing the good ones", async () => {
    const bad = join(dir, "bad");
    await mkdir(bad, { recursive: true });
    await writeFile(join(bad, "empty.txt"), "");
    await writeFile(join(bad, "blob.bin"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3, 0, 0]));
    await writeFile(
      join(bad, "good.txt"),
      "APT10 hackers broke into managed service providers in Japan, officials said.\n",
    );
    const run = await espial(["ingest", bad, join(dir, "nope.txt"), ...db()]);
    expect(run.code).toBe(1);
    const lines = run.stderr.trim().split("\n");
    expect(lines.filter((l) => l.includes("empty.txt"))).toHaveLength(1);
    expect(lines.filter((l) => l.includes("blob.bin"))).toHaveLength(1);
    expect(lines.filter((l) => l.includes("nope.txt"))).toHaveLength(1);
    expect(run.stdout).toMatch(/1 stored/);
  });

  it("says clearly when a folder holds no reports", async () => {
    const gold = join(dir, "gold-only");
    await mkdir(gold, { recursive: true });
    await writeFile(join(gold, "a.gold.json"), JSON.stringify({ actors: [] }));
    const run = await espial(["ingest", gold, ...db()]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/skipped .*a\.gold\.json/);
    expect(run.stderr).toMatch(/no report/);
  });

  it("exits 2 on bad usage and 1 on an unknown actor", async () => {
    expect((await espial(["ingest"])).code).toBe(2);
    expect((await espial(["frobnicate"])).code).toBe(2);
    expect((await espial(["extract", "--published", "yesterday", "samples/01-apt10-indictment-wire.txt"])).code).toBe(
      2,
    );
    const unknown = await espial(["actor", "Nonexistent Bunny Collective", ...db()]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/no actor known as/);
  });

  it("extracts one report in the evaluation contract without a store", async () => {
    const run = await espial(["extract", "--json", "samples/01-apt10-indictment-wire.txt"]);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as Record<string, unknown>;
    for (const key of [
      "source",
      "actors",
      "persons",
      "victim_countries",
      "victim_sectors",
      "victim_organizations",
      "actions",
      "periods",
    ]) {
      expect(out).toHaveProperty(key);
    }
    expect((out["source"] as { published: string }).published).toBe("2018-12-20");
  });
});

describe.skipIf(!hasShared)("the seeds (needs ../shared)", () => {
  it("profiles APT10 from both seed reports, each cited with its sentences", async () => {
    const store = ["--db", join(dir, "seeds")];
    const ingest = await espial(["ingest", join(SHARED, "seeds"), ...store]);
    expect(ingest.code).toBe(0);
    expect(ingest.stderr).toMatch(/skipped .*gold\.json/);
    const run = await espial(["actor", "APT10", "--json", ...store]);
    const profile = JSON.parse(run.stdout) as {
      aliases: string[];
      reports: { document: string; mentions: string[]; evidence: { start: number; end: number; surface: string }[] }[];
    };
    expect(profile.aliases).toEqual(expect.arrayContaining(["Stone Panda", "Red Apollo", "POTASSIUM", "menuPass"]));
    expect(profile.reports).toHaveLength(2);
    for (const r of profile.reports) {
      const doc = JSON.parse((await espial(["document", r.document, "--json", ...store])).stdout) as { text: string };
      for (const e of r.evidence) expect(doc.text.slice(e.start, e.end)).toBe(e.surface);
    }
  });
});
