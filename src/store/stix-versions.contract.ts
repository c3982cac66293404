// The suite every Store adapter passes for STIX versions, imported STIX and TAXII status (see stix-versions.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createReportFixture } from "./report-fixture.ts";
import type { StoreOpener, StoreUnderTest } from "./store.contract.ts";
import type { NewStixVersion, Store } from "./store.ts";

const MICROS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

function version(id: string, modified: string, tlp = "clear", extra: Record<string, unknown> = {}): NewStixVersion {
  // Keys deliberately not in alphabetical order: bodies come back as written.
  const body = {
    type: "identity",
    spec_version: "2.1",
    id,
    created: "2026-01-01T00:00:00.000Z",
    modified,
    name: id,
    ...extra,
  };
  return { id, version: modified, type: "identity", specVersion: "2.1", tlp, revoked: false, body };
}

const A = "identity--0a000000-0000-4000-8000-000000000001";
const B = "identity--0b000000-0000-4000-8000-000000000002";
const C = "identity--0c000000-0000-4000-8000-000000000003";

/** Declares the STIX version tests for one adapter. */
export function describeStixVersionContract(name: string, open: StoreOpener): void {
  if (typeof open !== "function") {
    describe.skip(`${name}: skipped — ${open.skip}`, () => it("passes the STIX version contract", () => undefined));
    return;
  }
  describe(`${name}: STIX versions`, () => {
    let under: StoreUnderTest;
    let store: Store;
    beforeAll(async () => {
      under = await open();
      store = under.store;
    }, 60_000);
    afterAll(async () => {
      await store.close();
      await under.cleanup();
    });

    it("counts writes to the reports and imports, and publishes once per generation", async () => {
      const start = await store.stixPublishState();
      await store.ingest([createReportFixture({ text: "A short note about nothing in particular for the counter." })]);
      const afterIngest = await store.stixPublishState();
      expect(afterIngest.generation).toBeGreaterThan(start.generation);
      let planned = 0;
      const publication = {
        generation: afterIngest.generation,
        key: "k",
        plan: () => {
          planned++;
          return [version(A, "2026-01-01T00:00:00.000Z")];
        },
      };
      expect(await store.publishStixVersions(publication)).toBe(1);
      expect(await store.publishStixVersions(publication)).toBe(0);
      expect(planned).toBe(1);
      expect(await store.stixPublishState()).toMatchObject({
        publishedGeneration: afterIngest.generation,
        publishedKey: "k",
      });
      await store.importStixObjects([
        { id: C, version: "2026-01-01T00:00:00.000Z", body: version(C, "2026-01-01T00:00:00.000Z").body },
      ]);
      expect((await store.stixPublishState()).generation).toBeGreaterThan(afterIngest.generation);
    });

    it("adds versions with strictly increasing date_added at microsecond precision, each version once", async () => {
      expect(
        await store.addStixVersions("inbox", [
          version(A, "2026-01-01T00:00:00.000Z"),
          version(B, "2026-01-01T00:00:00.000Z", "amber"),
        ]),
      ).toBe(2);
      expect(
        await store.addStixVersions("inbox", [
          version(A, "2026-01-01T00:00:00.000Z"),
          version(A, "2026-02-01T00:00:00.000Z"),
        ]),
      ).toBe(1);
      const page = await store.findStixVersions({
        collection: "inbox",
        tlps: ["clear", "amber"],
        versions: ["all"],
        limit: 10,
      });
      const added = page.records.map((r) => r.dateAdded);
      for (const d of added) expect(d).toMatch(MICROS);
      expect([...added].sort()).toEqual(added);
      expect(new Set(added).size).toBe(3);
      expect(JSON.stringify(page.records[0]?.body)).toBe(JSON.stringify(version(A, "2026-01-01T00:00:00.000Z").body));
    });

    it("finds the first, last, all or named versions, by type, id and TLP, after a time or a cursor", async () => {
      const find = (q: Partial<Parameters<Store["findStixVersions"]>[0]>) =>
        store.findStixVersions({ collection: "inbox", tlps: ["clear", "amber"], versions: ["last"], limit: 10, ...q });
      const pairs = async (q: Partial<Parameters<Store["findStixVersions"]>[0]>) =>
        (await find(q)).records.map((r) => `${r.id.slice(10, 12)}@${r.version.slice(5, 7)}`);
      expect(await pairs({})).toEqual(["0b@01", "0a@02"]);
      expect(await pairs({ versions: ["first"] })).toEqual(["0a@01", "0b@01"]);
      expect(await pairs({ versions: ["2026-02-01T00:00:00Z"] })).toEqual(["0a@02"]);
      expect(await pairs({ tlps: ["clear"] })).toEqual(["0a@02"]);
      expect(await pairs({ ids: [B], versions: ["all"] })).toEqual(["0b@01"]);
      expect(await pairs({ types: ["report"] })).toEqual([]);
      const all = (await find({ versions: ["all"] })).records;
      expect(await pairs({ versions: ["all"], addedAfter: all[0]?.dateAdded ?? "" })).toEqual(["0b@01", "0a@02"]);
      const first = await find({ versions: ["all"], limit: 2 });
      expect(first.more).toBe(true);
      const last = first.records.at(-1);
      if (!last) throw new Error("no record");
      expect(await pairs({ versions: ["all"], after: last })).toEqual(["0a@02"]);
      expect((await find({ versions: ["all"], after: last })).more).toBe(false);
    });

    it("gives the latest version of every object of a collection", async () => {
      const latest = await store.latestStixVersions("inbox");
      expect(latest.map((r) => [r.id, r.version])).toEqual([
        [A, "2026-02-01T00:00:00.000Z"],
        [B, "2026-01-01T00:00:00.000Z"],
      ]);
    });

    it("keeps imported objects once per version and lists the latest of each, as written", async () => {
      const later = version(C, "2026-03-01T00:00:00.000Z", "clear", { description: "later" }).body;
      expect(await store.importStixObjects([{ id: C, version: "2026-03-01T00:00:00.000Z", body: later }])).toBe(1);
      expect(await store.importStixObjects([{ id: C, version: "2026-03-01T00:00:00.000Z", body: later }])).toBe(0);
      const listed = await store.listImportedStixObjects();
      expect(listed).toHaveLength(1);
      expect(JSON.stringify(listed[0])).toBe(JSON.stringify(later));
    });

    it("saves and reads TAXII status resources", async () => {
      await store.saveTaxiiStatus("s1", { id: "s1", status: "complete" });
      expect(await store.getTaxiiStatus("s1")).toEqual({ id: "s1", status: "complete" });
      expect(await store.getTaxiiStatus("nope")).toBeNull();
    });
  });
}
