// The shapes of the STIX 2.1 objects Espial writes and reads. Optional properties are left out rather than
// set to null or to an empty list, as STIX 2.1 requires.

export interface StixExternalReference {
  readonly source_name: string;
  readonly external_id?: string;
  readonly url?: string;
  readonly description?: string;
  readonly hashes?: Readonly<Record<string, string>>;
}

/** Any STIX object: the properties every one has, and the rest by name. */
export interface StixObject {
  readonly type: string;
  readonly spec_version: "2.1";
  readonly id: string;
  readonly created?: string;
  readonly modified?: string;
  readonly created_by_ref?: string;
  readonly object_marking_refs?: readonly string[];
  readonly confidence?: number;
  readonly external_references?: readonly StixExternalReference[];
  readonly extensions?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  readonly [property: string]: unknown;
}

export interface StixMarkingDefinition extends StixObject {
  readonly type: "marking-definition";
  readonly created: string;
  readonly name: string;
}

export interface StixRelationship extends StixObject {
  readonly type: "relationship";
  readonly relationship_type: string;
  readonly source_ref: string;
  readonly target_ref: string;
}

export interface StixReport extends StixObject {
  readonly type: "report";
  readonly name: string;
  readonly published: string;
  readonly object_refs: readonly string[];
}

export interface StixBundle {
  readonly type: "bundle";
  readonly id: string;
  readonly objects: readonly StixObject[];
}

/** An object once its undefined and null properties are dropped. */
export type Defined<T> = { [K in keyof T]: Exclude<T[K], undefined | null> };

/** Drops the properties that are undefined, null or empty lists, keeping the order of the rest. */
export function compact<T extends Record<string, unknown>>(object: T): Defined<T> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(object)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    out[key] = value;
  }
  return out as Defined<T>;
}
