import { describe, expect, it } from "vitest";
import type { StixVersionRecord } from "../store/stix-versions.ts";
import type { StixObject } from "./objects.ts";
import { newVersionOf, planVersions, stabiliseObjects } from "./versions.ts";

const NOW = new Date("2026-11-25T12:00:00.000Z");
const GREEN = "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb";

function actor(name: string, modified = "2026-01-02T00:00:00.000Z"): StixObject {
  return {
    type: "intrusion-set",
    spec_version: "2.1",
    id: "intrusion-set--6f1c2b3a-0d4e-4f5a-8b6c-7d8e9f0a1b2c",
    created: "2026-01-01T00:00:00.000Z",
    modified,
    name,
    object_marking_refs: [GREEN],
  };
}

const published = (o: StixObject, revoked = false): StixVersionRecord => ({
  ...newVersionOf(o, revoked),
  dateAdded: "2026-11-24T00:00:00.000000Z",
});

describe("planVersions", () => {
  it("adds a new object as exported, with its TLP and version", () => {
    expect(planVersions([actor("APT10")], [], NOW)).toEqual([
      expect.objectContaining({
        id: actor("APT10").id,
        version: "2026-01-02T00:00:00.000Z",
        tlp: "green",
        revoked: false,
      }),
    ]);
  });

  it("adds nothing for an object whose content is unchanged, even when its computed modified moved", () => {
    expect(planVersions([actor("APT10", "2026-06-01T00:00:00.000Z")], [published(actor("APT10"))], NOW)).toEqual([]);
  });

  it("adds a changed object as a new version: same created, modified now", () => {
    const [v] = planVersions([actor("Stone Panda")], [published(actor("APT10"))], NOW);
    expect(v?.body).toMatchObject({
      name: "Stone Panda",
      created: "2026-01-01T00:00:00.000Z",
      modified: NOW.toISOString(),
    });
    expect(v?.version).toBe(NOW.toISOString());
  });

  it("keeps modified later than the version before even when the clock is behind", () => {
    const ahead = published(actor("APT10", "2027-01-01T00:00:00.000Z"));
    const [v] = planVersions([actor("Stone Panda")], [ahead], NOW);
    expect(v?.version).toBe("2027-01-01T00:00:00.001Z");
  });

  it("revokes a published object that disappeared, once", () => {
    const [v] = planVersions([], [published(actor("APT10"))], NOW);
    expect(v).toMatchObject({ revoked: true, version: NOW.toISOString(), body: { revoked: true, name: "APT10" } });
    expect(planVersions([], [published(v?.body as StixObject, true)], NOW)).toEqual([]);
  });

  it("never revises an object without modified (a marking definition)", () => {
    const marking = {
      type: "marking-definition",
      spec_version: "2.1" as const,
      id: GREEN,
      created: "2022-10-01T00:00:00.000Z",
      name: "TLP:GREEN",
    };
    expect(planVersions([{ ...marking, name: "changed" }], [published(marking)], NOW)).toEqual([]);
  });
});

describe("stabiliseObjects", () => {
  it("gives an unchanged object its published created and modified, in the export's key order", () => {
    const [o] = stabiliseObjects([actor("APT10", "2026-06-01T00:00:00.000Z")], [published(actor("APT10"))]);
    expect(o?.modified).toBe("2026-01-02T00:00:00.000Z");
    expect(Object.keys(o ?? {})).toEqual(Object.keys(actor("APT10")));
  });

  it("leaves a changed object as computed", () => {
    expect(stabiliseObjects([actor("Stone Panda")], [published(actor("APT10"))])).toEqual([actor("Stone Panda")]);
  });
});
