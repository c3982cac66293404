// What every object Espial makes shares: who made it, when, under which marking.
import type { TlpLevel } from "../core/index.ts";
import { TLP_MARKING_IDS } from "./markings.ts";
import type { StixObject } from "./objects.ts";

/** When and under which marking an object was made. */
export interface Usage {
  readonly created: string;
  readonly modified: string;
  readonly tlp: TlpLevel;
}

export interface Provenance extends Usage {
  /** The id of the identity of the Espial instance making the export. */
  readonly createdBy: string;
}

/** The common properties, in the order STIX lists them. */
export function common(type: string, id: string, p: Provenance): StixObject {
  return {
    type,
    spec_version: "2.1",
    id,
    created_by_ref: p.createdBy,
    created: p.created,
    modified: p.modified,
    object_marking_refs: [TLP_MARKING_IDS[p.tlp]],
  };
}
