// The store's part of STIX versioning and TAXII: every version of every published STIX object with the time it
// was added, the STIX objects imported from other platforms (kept as sent, merged into exports), and TAXII
// status resources. Bodies are STIX JSON objects; the stix/ module gives them meaning.

/** A STIX object as JSON. */
export type StixJson = Readonly<Record<string, unknown>>;

/** The collections versions are kept in: Espial's published snapshot, and what TAXII clients POSTed. */
export const STIX_VERSION_COLLECTIONS = ["espial", "inbox"] as const;
export type StixVersionCollection = (typeof STIX_VERSION_COLLECTIONS)[number];

/** One version of one STIX object, as a poller sees it. */
export interface StixVersionRecord {
  readonly id: string;
  /** `modified`, else `created` (marking definitions have no `modified`). */
  readonly version: string;
  /** RFC 3339, UTC, microsecond precision: when this version was added to Espial. */
  readonly dateAdded: string;
  readonly type: string;
  readonly specVersion: string;
  readonly tlp: string;
  readonly revoked: boolean;
  readonly body: StixJson;
}

/** A version to add; the store gives it its `dateAdded`. */
export type NewStixVersion = Omit<StixVersionRecord, "dateAdded">;

/** Which versions to read. Lists are alternatives (any of); an absent list does not filter. */
export interface StixVersionQuery {
  readonly collection: StixVersionCollection;
  readonly tlps: readonly string[];
  readonly ids?: readonly string[];
  readonly types?: readonly string[];
  readonly specVersions?: readonly string[];
  /** "first", "last", "all", or RFC 3339 instants naming versions; several combine as "any of". */
  readonly versions: readonly string[];
  /** Only versions added strictly after this instant. */
  readonly addedAfter?: string;
  /** Only versions after this one in the order (dateAdded, id, version): the last one of a previous page. */
  readonly after?: { readonly dateAdded: string; readonly id: string; readonly version: string };
  readonly limit: number;
}

export interface StixVersionPage {
  readonly records: readonly StixVersionRecord[];
  /** True when more versions match after the last one returned. */
  readonly more: boolean;
}

export interface StixPublishState {
  /** Counts writes to the reports and imported objects: a publish is due when it moved. */
  readonly generation: number;
  readonly publishedGeneration: number;
  /** What else the last publish depended on (the instance name, the catalogue). */
  readonly publishedKey: string | null;
}

export interface StixPublication {
  readonly generation: number;
  readonly key: string;
  /** Given the latest version of every object already published, the versions to add. */
  readonly plan: (latest: readonly StixVersionRecord[]) => readonly NewStixVersion[];
}

export interface StixVersionStore {
  stixPublishState(): Promise<StixPublishState>;
  /**
   * Adds the versions `plan` returns, in one transaction holding a lock (two publishers never add the same
   * versions), and records the generation published. Returns how many versions were added.
   */
  publishStixVersions(publication: StixPublication): Promise<number>;
  /** The latest version of every object of a collection. */
  latestStixVersions(collection: StixVersionCollection): Promise<StixVersionRecord[]>;
  findStixVersions(query: StixVersionQuery): Promise<StixVersionPage>;
  /** Adds versions to a collection as sent; a version already there is left as it is. Returns those added. */
  addStixVersions(collection: StixVersionCollection, versions: readonly NewStixVersion[]): Promise<number>;
  /** Keeps imported STIX objects (a version already kept is left as it is); returns how many were new. */
  importStixObjects(
    objects: readonly { readonly id: string; readonly version: string; readonly body: StixJson }[],
  ): Promise<number>;
  /** The latest version of every imported object, in the order they were first imported. */
  listImportedStixObjects(): Promise<StixJson[]>;
  saveTaxiiStatus(id: string, status: StixJson): Promise<void>;
  getTaxiiStatus(id: string): Promise<StixJson | null>;
}
