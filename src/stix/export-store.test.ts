import { beforeAll, describe, expect, it } from "vitest";
import { fixtureCatalogue, fixtureReports } from "./fixtures/reports.ts";
import { exportActorBundle, exportStoreBundle, type ExportStore } from "./export-store.ts";
import type { ReportInput } from "./snapshot-from-store.ts";
import { checkStixBundle } from "./check.ts";
import type { StixBundle } from "./objects.ts";

/** The four reads an export makes, over reports held in memory (an older version of one is superseded). */
function memoryStore(reports: readonly ReportInput[], superseded: ReportInput): ExportStore {
  const all = [...reports, superseded];
  const mentions = (r: ReportInput, key: string) => r.extraction.actors.some((a) => a.entity.key === key);
  return {
    listReports: () => Promise.resolve(all.map((r) => ({ id: r.id, latest: r !== superseded }))),
    getReport: (id) => Promise.resolve(all.find((r) => r.id === id) ?? null),
    listActors: () =>
      Promise.resolve([
        ...new Map(
          reports.flatMap((r) =>
            r.extraction.actors.map((a) => [a.entity.key, { key: a.entity.key, name: a.entity.name }]),
          ),
        ).values(),
      ]),
    reportsMentioningActor: (key) => Promise.resolve(reports.filter((r) => mentions(r, key))),
  };
}

const titles = (bundle: StixBundle) => bundle.objects.filter((o) => o.type === "report").map((o) => o["name"]);

let store: ExportStore;

beforeAll(() => {
  const reports = fixtureReports();
  const old = { ...reports[0]!, id: "apt10-charges-v1", source: { ...reports[0]!.source, title: "An older version" } };
  store = memoryStore(reports, old);
});

describe("exportStoreBundle", () => {
  it("exports the latest version of every stored document", async () => {
    const bundle = await exportStoreBundle(store, fixtureCatalogue());
    expect(titles(bundle)).toHaveLength(5);
    expect(titles(bundle)).not.toContain("An older version");
    expect(checkStixBundle(bundle)).toEqual([]);
  });
});

describe("exportActorBundle", () => {
  it("exports the reports that mention an actor found by any of its names", async () => {
    const bundle = await exportActorBundle(store, fixtureCatalogue(), "stone panda");
    expect(titles(bundle)).toEqual(["Two men charged over hacks of cloud providers"]);
    expect(bundle.objects.some((o) => o.type === "intrusion-set" && o["name"] === "APT10")).toBe(true);
    expect(checkStixBundle(bundle)).toEqual([]);
  });

  it("finds an actor the catalogue lacks by its name in the store", async () => {
    const bundle = await exportActorBundle(store, fixtureCatalogue(), "Mossy Typhoon", { maxTlp: "red" });
    expect(titles(bundle)).toEqual(["Vendor names new cluster"]);
  });

  it("fails with not-found for a name no actor has", async () => {
    await expect(exportActorBundle(store, fixtureCatalogue(), "Nobody Anywhere Zzyzx")).rejects.toMatchObject({
      code: "not-found",
    });
  });
});
