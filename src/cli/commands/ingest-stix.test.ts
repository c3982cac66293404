// `espial ingest bundle.json` end to end: a bundle exported from one store merges into a fresh one, and
// export → import → export round-trips without loss; exports of an unchanged store are byte-identical.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { espial, tempDir, ROOT } from "../../../test/helpers.ts";
import { checkStixBundle, type StixBundle, type StixObject } from "../../stix/index.ts";

let dir: string;
let cleanup: () => Promise<void>;
const db = (name: string) => ["--db", join(dir, name)];
const read = (file: string) => JSON.parse(readFileSync(join(dir, file), "utf8")) as StixBundle;
const byId = (objects: readonly StixObject[]) => [...objects].sort((a, b) => (a.id < b.id ? -1 : 1));

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir("espial-ingest-stix-"));
  const samples = ["01-apt10-indictment-wire.txt", "03-apt28-eu-sanctions.txt"].map((f) => join(ROOT, "samples", f));
  const ingest = await espial(["ingest", ...samples, ...db("a")]);
  expect(ingest.code, ingest.stderr).toBe(0);
  const exported = await espial(["export", "--stix", join(dir, "a.json"), ...db("a")]);
  expect(exported.code, exported.stderr).toBe(0);
}, 120_000);

afterAll(async () => {
  await cleanup();
});

describe("espial ingest of a STIX bundle", () => {
  it("merges the bundle into a fresh store, and its export gives back the same objects", async () => {
    const ingest = await espial(["ingest", join(dir, "a.json"), ...db("b")]);
    expect(ingest.code, ingest.stderr).toBe(0);
    expect(ingest.stdout).toContain("ingest: 1 stored");
    const exported = await espial(["export", "--stix", join(dir, "b.json"), ...db("b")]);
    expect(exported.code, exported.stderr).toBe(0);
    const [first, second] = [read("a.json"), read("b.json")];
    expect(first.objects.filter((o) => o.type === "report")).toHaveLength(2);
    expect(byId(second.objects)).toEqual(byId(first.objects));
    expect(second.id).toBe(first.id);
    expect(checkStixBundle(second)).toEqual([]);
  });

  it("says a bundle ingested again is already there", async () => {
    const again = await espial(["ingest", join(dir, "a.json"), ...db("b"), "--json"]);
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ stored: 0, unchanged: 1 });
  });

  it("exports an unchanged store byte for byte the same", async () => {
    const run = await espial(["export", "--stix", join(dir, "a2.json"), ...db("a")]);
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(join(dir, "a2.json"), "utf8")).toBe(readFileSync(join(dir, "a.json"), "utf8"));
  });

  it("rejects a JSON file that says it is a bundle but is not one", async () => {
    const { writeFile } = await import("node:fs/promises");
    await writeFile(join(dir, "bad.json"), JSON.stringify({ type: "bundle", id: "nope", objects: [] }));
    const run = await espial(["ingest", join(dir, "bad.json"), ...db("b")]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("not a STIX bundle");
  });
});
