// STIX 2.1 export and import: pure mapping, no I/O (the store and catalogue are passed in, schema files are
// read by callers). toStixBundle maps a snapshot of the store — reports without their text, and the actors
// they name — onto intrusion-sets, threat-actors, identities, locations, relationships, reports and Espial's
// x-espial-action, with TLP 2.0 markings and Espial's extension for what STIX cannot say (docs/stix-extension.md).
// Guarantees: the same snapshot gives the same bundle (UUIDv5 ids, times from the reports, sorted objects);
// fromStixBundle of an Espial bundle gives a snapshot that exports to the same bundle; every relationship type
// is one STIX 2.1 defines for its source and target types, else `related-to`.
export { toStixBundle, type StixExportOptions } from "./to-bundle.ts";
export {
  fromStixBundle,
  type StixImport,
  type StixImportOutcome,
  type ImportedRelationship,
  type ImportedEnd,
} from "./from-bundle.ts";
export { createStixSnapshot, type SnapshotInput, type ReportInput, type ActorLookup } from "./snapshot-from-store.ts";
export {
  exportActorBundle,
  exportStoreBundle,
  findActorKey,
  type ExportStore,
  type ExportCatalogue,
} from "./export-store.ts";
export { checkStixBundle } from "./check.ts";
export { matchCatalogueActor, type ActorDirectory } from "./match-actors.ts";
export { TLP_MARKING_IDS } from "./markings.ts";
export {
  ESPIAL_EXTENSION_ID,
  ESPIAL_EXTENSION_VERSION,
  ESPIAL_EXTENSION_SCHEMA_URL,
  ESPIAL_ACTION_TYPE,
  ESPIAL_PROJECT_IDENTITY_ID,
} from "./extension.ts";
export { espialExtensionJsonSchema } from "./extension-schema.ts";
export type { StixBundle, StixObject, StixRelationship, StixReport, StixExternalReference } from "./objects.ts";
export {
  FACT_PREDICATES,
  SNAPSHOT_ENTITY_KINDS,
  type StixSnapshot,
  type SnapshotActor,
  type SnapshotReport,
  type SnapshotEntity,
  type SnapshotFact,
  type SnapshotClaim,
  type SnapshotAction,
  type SnapshotMention,
  type SnapshotPeriod,
  type SnapshotSource,
  type SnapshotUnattributed,
  type SnapshotNameSource,
  type EntityPointer,
  type FactPredicate,
} from "./snapshot.ts";
export {
  createBundleIngester,
  importStixBundle,
  type BundleIngestResult,
  type ImportedBundle,
  type StixBundleImport,
} from "./import-store.ts";
export {
  exportPublishedBundle,
  publishStix,
  storeSnapshot,
  type PublishDeps,
  type PublishStore,
  type StableExportOptions,
} from "./publish.ts";
export { planVersions, stabiliseObjects, newVersionOf, tlpOfObject, versionOf } from "./versions.ts";
export { mergeImported } from "./import-merge.ts";
