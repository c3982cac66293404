// The foundation end to end: the CLI on the embedded store, as a new user drives it; and fusion — copies,
// events, facts that count independent sources — on two reports we wrote and on the seeds.
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
    const paged = await espial(["actor", "APT10", "--reports", "1", ...db()]);
    expect(paged.stdout).toMatch(/\n {2}first report: \S+ /);
    expect(paged.stdout).toMatch(/\n {2}reports: 2, 1 shown newest first\n {4}\S+ /);
    const bad = await espial(["actor", "APT10", "--reports", "many", ...db()]);
    expect([bad.code, bad.stderr]).toEqual([2, expect.stringMatching(/--reports takes a whole number, not "many"/)]);
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

  it("leaves a folder's README, SOURCES and LICENSE out, and says so", async () => {
    const folder = join(dir, "with-housekeeping");
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, "README.md"), "# Reports on APT10 we collected\n");
    await writeFile(join(folder, "SOURCES.md"), "- a wire story about APT10\n");
    await writeFile(join(folder, "LICENSE"), "All rights reserved.\n");
    await writeFile(join(folder, "report.txt"), "APT10 hackers broke into shipping firms in Norway, officials said.\n");
    const run = await espial(["ingest", folder, ...db()]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/note: skipped 3 housekeeping files \(LICENSE, README\.md, SOURCES\.md\)/);
    expect(run.stdout).toMatch(/1 stored/);
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

// Two short reports we wrote: a wire story (an indictment and a condemnation the same day, an unrelated
// arrest in passing) and a digest that lifts two of its paragraphs word for word.
const WIRE = `U.S. charges two Chinese hackers over global campaign

Source: Example Wire
Date: 2018-12-20

The Justice Department on Thursday charged two Chinese nationals who prosecutors say worked with the hacking group APT10 for China's Ministry of State Security.

Britain, Australia and Japan on Thursday condemned China over the APT10 campaign, in a coordinated statement with Washington.

APT10 broke into managed service providers across the United States, Britain, Japan and Germany, and used them to reach the networks of their clients, according to the indictment.

APT10 stole data from at least 45 technology companies over more than a decade, the indictment says.

Separately, Canada recently arrested a Chinese telecoms executive at the request of the United States.
`;
const DIGEST = `Allies gang up on Beijing over hacking

Source: Example Digest
Date: 2018-12-20

Washington and its allies took aim at Beijing on Thursday in one of the largest joint statements on state hacking so far.

Britain, Australia and Japan on Thursday condemned China over the APT10 campaign, in a coordinated statement with Washington.

APT10 broke into managed service providers across the United States, Britain, Japan and Germany, and used them to reach the networks of their clients, according to the indictment.

APT10 stole data from more than 40 technology companies, the statement says.

Our readers will find the statements of each government on their official websites.
`;

interface Evidence {
  document: string;
  copied_from: string | null;
}
interface ProfileFact {
  name: string;
  fact: string;
  independent_sources: number;
  copies: number;
  evidence: Evidence[];
  conflicts: { field: string; values: { value: unknown; documents: string[] }[] }[];
}
interface Picture {
  event: { types: string[]; from: string; reports: { document: string }[]; actions: { type: string }[] };
  later: {
    copied_passages: {
      span: { start: number; end: number };
      from: { document: string; span: { start: number; end: number } };
    }[];
    text: string;
  };
  earlier: { copied_by: unknown[]; text: string };
  facts: ProfileFact[];
}

const json = async <T>(args: string[]): Promise<T> => {
  const run = await espial(args);
  expect(run.stderr).toBe("");
  return JSON.parse(run.stdout) as T;
};

/** Ingests two files one after the other and reads back the event, the two documents and APT10's facts. */
async function ingestTwo(store: string[], first: string[], second: string[]): Promise<Picture> {
  for (const args of [first, second]) expect((await espial(["ingest", ...args, ...store])).stdout).toMatch(/1 stored/);
  const events = await json<{ id: string; reports: number }[]>(["events", "--json", ...store]);
  const shared = events.filter((e) => e.reports > 1);
  expect(shared).toHaveLength(1);
  const event = await json<Picture["event"]>(["event", shared[0]?.id ?? "", "--json", ...store]);
  const [earlier, later] = event.reports.map((r) => r.document);
  const profile = await json<Record<string, ProfileFact[]>>(["actor", "APT10", "--json", ...store]);
  return {
    event,
    later: await json(["document", later ?? "", "--json", ...store]),
    earlier: await json(["document", earlier ?? "", "--json", ...store]),
    facts: ["attributed_to", "victim_countries", "victim_sectors", "victim_organizations", "actions"].flatMap(
      (k) => profile[k] ?? [],
    ),
  };
}

/** What must hold whichever report came first. */
function expectOnePicture(p: Picture): void {
  expect(p.event.types).toEqual(expect.arrayContaining(["indictment", "condemnation"]));
  expect(p.event.from).toBe("2018-12-20");
  expect(p.event.actions.map((a) => a.type)).not.toContain("arrest");
  const [earlier, later] = p.event.reports.map((r) => r.document);
  expect(p.later.copied_passages).toHaveLength(2);
  expect(p.earlier.copied_by).toHaveLength(2);
  for (const c of p.later.copied_passages) {
    expect(c.from.document).toBe(earlier);
    const words = (text: string, at: { start: number; end: number }) =>
      text.slice(at.start, at.end).replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, " ");
    expect(words(p.earlier.text, c.from.span)).toBe(words(p.later.text, c.span));
  }
  // Facts the later report states only in the copied paragraphs: one independent source, one copy.
  const onlyCopied = p.facts.filter(
    (f) =>
      f.evidence.some((e) => e.document === earlier) &&
      f.evidence.some((e) => e.document === later) &&
      f.evidence.filter((e) => e.document === later).every((e) => e.copied_from === earlier),
  );
  expect(onlyCopied.length).toBeGreaterThan(0);
  for (const f of onlyCopied) expect(f).toMatchObject({ independent_sources: 1, copies: 1 });
}

describe("fusion: two reports we wrote, one copying two paragraphs of the other", () => {
  const files = () => ({ wire: join(dir, "two", "wire.txt"), digest: join(dir, "two", "digest.txt") });
  beforeAll(async () => {
    await mkdir(join(dir, "two"), { recursive: true });
    await writeFile(files().wire, WIRE);
    await writeFile(files().digest, DIGEST);
  });

  it("wire then digest: one event, the copies marked in the digest, copied facts counted once", async () => {
    const p = await ingestTwo(["--db", join(dir, "wd")], [files().wire, "--source-kind", "press"], [files().digest]);
    expectOnePicture(p);
    const germany = p.facts.find((f) => f.name === "Germany");
    expect(germany).toMatchObject({ independent_sources: 1, copies: 1 });
    const why = await espial(["why", germany?.fact ?? "", "--db", join(dir, "wd")]);
    expect(why.stdout).toMatch(/1 independent source, 1 copy not counted/);
    // Said by each in its own words, with different figures: two sources, both figures kept.
    const tech = p.facts.find((f) => f.name === "technology companies");
    expect(tech?.independent_sources).toBe(2);
    expect(tech?.conflicts[0]?.values.map((v) => v.value)).toEqual([
      "at least 45 technology companies",
      "more than 40 technology companies",
    ]);
  });

  it("digest then wire: the same picture, the copies marked in the wire story ingested second", async () => {
    expectOnePicture(await ingestTwo(["--db", join(dir, "dw")], [files().digest], [files().wire]));
  });

  it("ingesting again changes nothing; reprocess keeps the picture; remove retracts a document", async () => {
    const store = ["--db", join(dir, "again")];
    expect((await espial(["ingest", files().wire, files().digest, ...store])).stdout).toMatch(/2 stored/);
    // One after the other: the embedded store is opened by one process at a time, and a second open fails.
    const picture = async () => [
      await espial(["events", "--json", ...store]),
      await espial(["actor", "APT10", "--json", ...store]),
    ];
    const before = await picture();
    expect((await espial(["ingest", files().wire, files().digest, ...store])).stdout).toMatch(
      /0 stored, 2 already there/,
    );
    expect((await espial(["reprocess", ...store])).stdout).toMatch(/2 reports read again, 0 changed, 0 failed/);
    const after = await picture();
    expect(after.map((r) => r.stdout)).toEqual(before.map((r) => r.stdout));
    const documents = await json<{ id: string; title: string }[]>(["documents", "--json", ...store]);
    const wire = documents.find((d) => d.title.startsWith("U.S. charges"));
    const gone = await espial(["remove", wire?.id ?? "", ...store]);
    expect(gone.stdout).toMatch(/removed document .* \(1 version\); \d+ facts recomputed/);
    const profile = await json<{ victim_countries: ProfileFact[] }>(["actor", "APT10", "--json", ...store]);
    expect(profile.victim_countries.find((f) => f.name === "Germany")).toMatchObject({
      independent_sources: 1,
      copies: 0,
    });
    expect((await espial(["remove", "0000000000000000", ...store])).code).toBe(1);
  }, 240_000); // eleven CLI processes, each opening the embedded store
});

describe.skipIf(!hasShared)("fusion on the seeds (needs ../shared)", () => {
  for (const order of [
    ["000", "003"],
    ["003", "000"],
  ]) {
    it(`ingesting ${order.join(" then ")} gives one event, the shared paragraphs copied in the later one`, async () => {
      const store = ["--db", join(dir, `seeds-${order.join("-")}`)];
      const file = (n: string | undefined) => [
        join(SHARED, "seeds", `${n ?? ""}_${n === "000" ? "b21984ba857fbdd8" : "832c4b2bd1215b22"}.txt`),
        "--published",
        "2018-12-20",
      ];
      expectOnePicture(await ingestTwo(store, file(order[0]), file(order[1])));
    });
  }
});
