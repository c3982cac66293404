import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { espial, tempDir, ROOT } from "../../../test/helpers.ts";
import { checkStixBundle, fromStixBundle, type StixBundle } from "../../stix/index.ts";

let dir: string;
let cleanup: () => Promise<void>;
const db = () => ["--db", join(dir, "db")];
const reportNames = (bundle: StixBundle) => bundle.objects.filter((o) => o.type === "report").map((o) => o["name"]);

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir("espial-export-"));
  const samples = ["01-apt10-indictment-wire.txt", "03-apt28-eu-sanctions.txt"].map((f) => join(ROOT, "samples", f));
  const ingest = await espial(["ingest", ...samples, ...db()]);
  expect(ingest.code, ingest.stderr).toBe(0);
});

afterAll(async () => {
  await cleanup();
});

describe("espial export --stix", () => {
  it("writes the whole store as a sound STIX 2.1 bundle that imports back", async () => {
    const out = join(dir, "all.json");
    const run = await espial(["export", "--stix", out, ...db()]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^wrote \d+ objects: 2 reports, \d+ intrusion sets/);
    const bundle = JSON.parse(readFileSync(out, "utf8")) as StixBundle;
    expect(checkStixBundle(bundle)).toEqual([]);
    expect(fromStixBundle(bundle)).toMatchObject({ status: "imported", skipped: [] });
  });

  it("writes one actor's reports to standard output with --actor NAME and -", async () => {
    const run = await espial(["export", "--stix", "-", "--actor", "Fancy Bear", ...db()]);
    expect(run.code, run.stderr).toBe(0);
    const bundle = JSON.parse(run.stdout) as StixBundle;
    expect(reportNames(bundle)).toHaveLength(1);
    expect(bundle.objects.some((o) => o.type === "intrusion-set" && o["name"] === "APT28")).toBe(true);
  });

  it("fails on an actor no one knows, and on bad usage", async () => {
    const unknown = await espial(["export", "--stix", "-", "--actor", "Nobody Anywhere Zzyzx", ...db()]);
    expect(unknown).toMatchObject({ code: 1, stdout: "" });
    expect(unknown.stderr).toContain('no actor known as "Nobody Anywhere Zzyzx"');
    expect((await espial(["export", ...db()])).code).toBe(2);
    expect((await espial(["export", "--stix", "-", "--max-tlp", "pink", ...db()])).code).toBe(2);
  });
});
