import { beforeAll, describe, expect, it } from "vitest";
import { fixtureCatalogue, fixtureReports } from "./fixtures/reports.ts";
import { createStixSnapshot } from "./snapshot-from-store.ts";
import { toStixBundle, type StixExportOptions } from "./to-bundle.ts";
import { fromStixBundle, type StixImport } from "./from-bundle.ts";
import { matchCatalogueActor } from "./match-actors.ts";
import type { StixSnapshot } from "./snapshot.ts";

let snapshot: StixSnapshot;

beforeAll(() => {
  snapshot = createStixSnapshot({ reports: fixtureReports(), catalogue: fixtureCatalogue() });
});

/** Imports a bundle as it would arrive: JSON text. */
function read(bundle: unknown): StixImport {
  const outcome = fromStixBundle(JSON.parse(JSON.stringify(bundle)));
  if (outcome.status !== "imported") throw new Error(outcome.reason);
  return outcome;
}

describe("fromStixBundle: Espial's own bundles", () => {
  it.each<[string, StixExportOptions]>([
    ["defaults", {}],
    ["a named instance, green and below", { instanceName: "Espial (team CTI)", maxTlp: "green" }],
  ])("round-trips without loss: export → import → export gives the same bundle (%s)", (_, options) => {
    const first = toStixBundle(snapshot, options);
    const imported = read(first);
    expect(imported.skipped).toEqual([]);
    const second = toStixBundle(imported.snapshot, options);
    expect(JSON.stringify(second, null, 1)).toBe(JSON.stringify(first, null, 1));
  });

  it("gives back the actors with their names, sources, ATT&CK ids and MISP uuid", () => {
    const { snapshot: back } = read(toStixBundle(snapshot));
    const apt10 = back.actors.find((a) => a.key === "attack:G0045");
    expect(apt10).toMatchObject({
      name: "APT10",
      attackIds: ["G0045"],
      mispUuid: "56b37b05-72e7-4a89-ba8a-61ce45269a8c",
      country: "CN",
    });
    expect(
      apt10?.names
        .find((n) => n.name === "Stone Panda")
        ?.sources.map((s) => s.dataset)
        .sort(),
    ).toEqual(["attack", "misp"]);
    expect(back.actors.find((a) => a.name === "Mossy Typhoon")).toMatchObject({
      unconfirmed: true,
      namingVendor: "Microsoft",
    });
  });

  it("gives back each report's metadata without text, its facts with modality and evidence, and its actions", () => {
    const { snapshot: back } = read(toStixBundle(snapshot));
    const report = back.reports.find((r) => r.id === "apt10-charges");
    expect(report?.source).toEqual({
      url: "https://news.example.org/apt10-charges",
      title: "Two men charged over hacks of cloud providers",
      published: "2018-12-20T00:00:00.000Z",
      outlet: "Example News",
      byline: null,
      kind: "press",
      tlp: "clear",
    });
    expect(report).not.toHaveProperty("text");
    const membership = report?.facts.find((f) => f.predicate === "member-of" && f.subject.key === "zhu hua");
    expect(membership?.object).toEqual({ kind: "actor", key: "attack:G0045" });
    expect(membership?.claims[0]?.evidence?.sentence).toContain("Zhu Hua");
    const denied = back.reports.find((r) => r.id === "storm-denial")?.facts.find((f) => f.object.key === "FI");
    expect(denied?.claims[0]?.modality.negated).toBe(true);
    expect(report?.actions.map((a) => [a.type, a.date])).toEqual([["indictment", "2018-12-20"]]);
  });

  it("lists every relationship with its ends, and Espial's predicate where it has one", () => {
    const { relationships } = read(toStixBundle(snapshot));
    const membership = relationships.find((r) => r.predicate === "member-of" && r.target.name === "Zhu Hua");
    expect(membership).toMatchObject({
      relationshipType: "attributed-to",
      source: { type: "intrusion-set", name: "APT10", key: "actor:attack:G0045" },
    });
    expect(relationships.some((r) => r.relationshipType === "located-at" && r.predicate === null)).toBe(true);
  });
});

const INTRUSION_SET = "intrusion-set--6f5f2c4e-4c7b-4b8e-9d3f-0c2a7e1b9a10";
const LOCATION = "location--1d5c8a0e-3b7f-4a6d-8e2c-5f9b0a4d7c31";
const RELATIONSHIP = "relationship--9a4e1c7b-2d8f-4e3a-b6c5-7f0d1e2a3b45";
const foreign: { type: "bundle"; id: string; objects: Record<string, unknown>[] } = {
  type: "bundle",
  id: "bundle--0b7c4e2a-6d1f-4c8e-9a3b-5e7f1d2c4a68",
  objects: [
    {
      type: "intrusion-set",
      spec_version: "2.1",
      id: INTRUSION_SET,
      created: "2024-01-02T00:00:00.000Z",
      modified: "2024-01-02T00:00:00.000Z",
      name: "menuPass",
      aliases: ["APT10", "Stone Panda"],
      external_references: [
        { source_name: "mitre-attack", external_id: "G0045", url: "https://attack.mitre.org/groups/G0045" },
      ],
    },
    {
      type: "location",
      spec_version: "2.1",
      id: LOCATION,
      created: "2024-01-02T00:00:00.000Z",
      modified: "2024-01-02T00:00:00.000Z",
      country: "jp",
    },
    {
      type: "relationship",
      spec_version: "2.1",
      id: RELATIONSHIP,
      created: "2024-01-02T00:00:00.000Z",
      modified: "2024-01-02T00:00:00.000Z",
      relationship_type: "targets",
      source_ref: INTRUSION_SET,
      target_ref: LOCATION,
      confidence: 70,
    },
    {
      type: "report",
      spec_version: "2.1",
      id: "report--4c2e8a1d-7b3f-4e5a-9c6d-1f0e2d3c4b57",
      created: "2024-01-03T00:00:00.000Z",
      modified: "2024-01-03T00:00:00.000Z",
      name: "A vendor's report",
      published: "2024-01-01T00:00:00.000Z",
      object_refs: [INTRUSION_SET, LOCATION, RELATIONSHIP],
      object_marking_refs: ["marking-definition--f88d31f6-486f-44da-b317-01333bde0b82"],
      external_references: [{ source_name: "vendor", url: "https://vendor.example.com/report" }],
    },
    {
      type: "campaign",
      spec_version: "2.1",
      id: "campaign--8e1d2c3b-4a5f-4e6d-8c7b-9a0f1e2d3c4b",
      created: "2024-01-02T00:00:00.000Z",
    },
    { type: "identity", id: "not-an-id" },
  ],
};

describe("fromStixBundle: other producers' bundles", () => {
  it("reads intrusion sets by ATT&CK id, name and aliases", () => {
    const { snapshot: back } = read(foreign);
    expect(back.actors).toEqual([
      expect.objectContaining({ key: "attack:G0045", name: "menuPass", attackIds: ["G0045"], mispUuid: null }),
    ]);
    expect(back.actors[0]?.names.map((n) => n.name)).toEqual(["menuPass", "APT10", "Stone Panda"]);
  });

  it("finds the catalogue actor an imported one is, by ATT&CK id, else by a name only it has", () => {
    const [menuPass] = read(foreign).snapshot.actors;
    expect(matchCatalogueActor(menuPass!, fixtureCatalogue())).toBe("attack:G0045");
    const byName = { ...menuPass!, key: "stix:x", attackIds: [], name: "Stone Panda", names: [] };
    expect(matchCatalogueActor(byName, fixtureCatalogue())).toBe("attack:G0045");
    expect(matchCatalogueActor({ ...byName, name: "Nobody Anywhere Zzyzx" }, fixtureCatalogue())).toBeNull();
  });

  it("reads a report's metadata and its targets relationship as a fact without a sentence", () => {
    const [report] = read(foreign).snapshot.reports;
    expect(report?.source).toMatchObject({
      title: "A vendor's report",
      url: "https://vendor.example.com/report",
      tlp: "amber",
      kind: "unknown",
    });
    expect(report?.mentions).toEqual([{ actor: "attack:G0045", names: [], confidence: 0.5 }]);
    expect(report?.entities).toEqual([{ kind: "country", key: "JP", name: "Japan" }]);
    expect(report?.facts).toEqual([
      {
        subject: { kind: "actor", key: "attack:G0045" },
        predicate: "targets",
        object: { kind: "country", key: "JP" },
        claims: [expect.objectContaining({ evidence: null, confidence: 0.7 })],
      },
    ]);
  });

  it("skips, with why, the objects it does not read", () => {
    expect(read(foreign).skipped).toEqual([
      { id: "campaign--8e1d2c3b-4a5f-4e6d-8c7b-9a0f1e2d3c4b", reason: "Espial does not read campaign objects" },
      { id: "not-an-id", reason: "not a STIX object (type and id)" },
    ]);
  });

  it("never throws on objects whose properties are of the wrong kinds", () => {
    const odd = (type: string, n: number) => `${type}--00000000-0000-4000-8000-00000000000${n}`;
    const objects = [
      {
        type: "report",
        id: odd("report", 1),
        created: 5,
        object_refs: "all",
        object_marking_refs: 7,
        external_references: [null, 3],
      },
      {
        type: "report",
        id: odd("report", 2),
        created: "2024-01-01T00:00:00Z",
        object_refs: [null, odd("relationship", 3)],
        extensions: "x",
      },
      { type: "relationship", id: odd("relationship", 3), source_ref: 1, target_ref: null, extensions: { a: null } },
      { type: "intrusion-set", id: odd("intrusion-set", 4), aliases: "APT", external_references: {} },
      { type: "identity", id: odd("identity", 5), name: 12, identity_class: "individual", roles: [1] },
      { type: "x-espial-action", id: odd("x-espial-action", 6), action_type: "indictment" },
    ];
    const outcome = fromStixBundle({ type: "bundle", id: odd("bundle", 0), objects });
    expect(outcome.status).toBe("imported");
    if (outcome.status !== "imported") return;
    expect(outcome.skipped).toEqual([{ id: odd("report", 1), reason: "a report without a valid created timestamp" }]);
    expect(outcome.snapshot.reports.map((r) => r.source.tlp)).toEqual(["clear"]);
  });

  it("rejects what is not a bundle, as a value", () => {
    expect(fromStixBundle(null)).toMatchObject({ status: "rejected" });
    const noId = fromStixBundle({ type: "bundle" });
    expect(noId.status === "rejected" ? noId.reason : "").toContain("id");
    expect(fromStixBundle({ type: "report", id: "report--4c2e8a1d-7b3f-4e5a-9c6d-1f0e2d3c4b57" })).toMatchObject({
      status: "rejected",
    });
  });
});
