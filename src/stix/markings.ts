// TLP 2.0 as STIX 2.1 marking definitions: the official objects of the OASIS TLP 2.0 extension
// (cti-stix-common-objects, extension-definition--60a3c5c5-…), copied by value so that their ids match
// everyone else's. A report's `tlp` marks the report and everything only it supports.
import type { TlpLevel } from "../core/index.ts";
import type { StixMarkingDefinition } from "./objects.ts";

/** The OASIS TLP 2.0 extension definition the marking objects use. */
export const TLP2_EXTENSION_ID = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d";

/** The official marking-definition id of each TLP 2.0 level. */
export const TLP_MARKING_IDS: Readonly<Record<TlpLevel, string>> = {
  clear: "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487",
  green: "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb",
  amber: "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421",
  "amber+strict": "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003",
  red: "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1",
};

/** From least to most restrictive. */
const ORDER: readonly TlpLevel[] = ["clear", "green", "amber", "amber+strict", "red"];

export function tlpRank(level: TlpLevel): number {
  return ORDER.indexOf(level);
}

/** The least restrictive of the levels: a name any of them may share is as shareable as that one. */
export function leastRestrictive(levels: readonly TlpLevel[]): TlpLevel {
  return levels.reduce<TlpLevel>((a, b) => (tlpRank(b) < tlpRank(a) ? b : a), "red");
}

/** The TLP 2.0 marking-definition object of a level, exactly as OASIS publishes it. */
export function tlpMarking(level: TlpLevel): StixMarkingDefinition {
  return {
    type: "marking-definition",
    spec_version: "2.1",
    id: TLP_MARKING_IDS[level],
    created: "2022-10-01T00:00:00.000Z",
    name: `TLP:${level.toUpperCase()}`,
    extensions: { [TLP2_EXTENSION_ID]: { extension_type: "property-extension", tlp_2_0: level } },
  };
}

/** The level of a marking-definition id (TLP 2.0, or the TLP 1.0 ids STIX 2.1 defines), or null. */
export function tlpOfMarking(id: string): TlpLevel | null {
  for (const level of ORDER) if (TLP_MARKING_IDS[level] === id) return level;
  return TLP1_MARKING_IDS[id] ?? null;
}

/** TLP 1.0 markings of STIX 2.1 §7.2.1.4, read on import (WHITE is TLP 2.0's CLEAR). */
const TLP1_MARKING_IDS: Readonly<Record<string, TlpLevel>> = {
  "marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9": "clear",
  "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da": "green",
  "marking-definition--f88d31f6-486f-44da-b317-01333bde0b82": "amber",
  "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed": "red",
};
