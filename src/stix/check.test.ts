import { describe, expect, it } from "vitest";
import { checkStixBundle } from "./check.ts";
import { stixId } from "./ids.ts";
import { ESPIAL_EXTENSION_ID } from "./extension.ts";
import type { StixBundle, StixObject } from "./objects.ts";

const T = "2024-01-02T00:00:00.000Z";
const sdo = (type: string, key: string, extra: Record<string, unknown> = {}): StixObject => ({
  type,
  spec_version: "2.1",
  id: stixId(type, key),
  created: T,
  modified: T,
  ...extra,
});
const group = sdo("intrusion-set", "g", { name: "Group" });
const victim = sdo("identity", "v", { name: "Victim", identity_class: "organization" });
const link = (type: string, source: StixObject, target: StixObject, key = "r") =>
  sdo("relationship", key, { relationship_type: type, source_ref: source.id, target_ref: target.id });
const bundleOf = (...objects: StixObject[]): StixBundle => ({ type: "bundle", id: stixId("bundle", "b"), objects });

describe("checkStixBundle", () => {
  it("finds nothing wrong with a sound bundle", () => {
    expect(checkStixBundle(bundleOf(group, victim, link("targets", group, victim)))).toEqual([]);
  });

  it("finds a reference to an object not in the bundle, at any depth", () => {
    const ghost = stixId("intrusion-set", "ghost");
    const report = sdo("report", "p", {
      object_refs: [group.id, ghost],
      extensions: {
        [ESPIAL_EXTENSION_ID]: { extension_type: "property-extension", actor_mentions: [{ actor_ref: ghost }] },
      },
    });
    expect(checkStixBundle(bundleOf(group, report))).toEqual([
      `${report.id}.object_refs[1]: ${ghost} is not in the bundle`,
      `${report.id}.extensions.${ESPIAL_EXTENSION_ID}.actor_mentions[0].actor_ref: ${ghost} is not in the bundle`,
    ]);
  });

  it("finds modified before created, and last seen before first seen", () => {
    const stale = {
      ...group,
      modified: "2023-01-01T00:00:00.000Z",
      first_seen: "2020-01-01T00:00:00Z",
      last_seen: "2019-01-01T00:00:00Z",
    };
    expect(checkStixBundle(bundleOf(stale))).toEqual([
      `${group.id}: modified 2023-01-01T00:00:00.000Z is before created ${T}`,
      `${group.id}: last_seen is before first_seen`,
    ]);
  });

  it("finds ids of the wrong type or not UUIDs, twice-used ids and other spec versions", () => {
    const wrong = {
      ...victim,
      id: group.id.replace("intrusion-set", "identity").replace(/-[0-9a-f]{12}$/, "-zzzzzzzzzzzz"),
    };
    const older = { ...victim, spec_version: "2.0" } as unknown as StixObject;
    const problems = checkStixBundle(bundleOf(wrong, { ...group, type: "identity" }, older, older));
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining("not a identity--UUID id"),
        `${group.id}: not a identity--UUID id`,
        `${victim.id}: appears twice`,
        `${victim.id}: spec_version is not 2.1`,
      ]),
    );
  });

  it("finds a relationship type STIX 2.1 does not define for its source and target types", () => {
    const wrongWay = link("attributed-to", group, victim);
    expect(checkStixBundle(bundleOf(group, victim, wrongWay))).toEqual([
      `${wrongWay.id}: STIX 2.1 defines no "attributed-to" relationship from intrusion-set to identity`,
    ]);
    expect(checkStixBundle(bundleOf(group, victim, link("related-to", group, victim)))).toEqual([]);
    expect(checkStixBundle(bundleOf(group, victim, link("duplicate-of", group, victim)))).toHaveLength(1);
  });
});
