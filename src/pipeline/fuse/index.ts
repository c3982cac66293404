// Fuse: what is new, what is copied and what is confirmed. Fingerprints reports (content hash, MinHash of
// the document and of each paragraph, hashes of sentences), finds exact and near duplicates and copied
// passages through an LSH index whose queries touch only similar reports, orients every copy towards the
// report that came first (earlier publication, then earlier ingest), fuses claims from independent sources
// into facts with an explained confidence (docs/confidence.md), and groups legal and diplomatic actions into
// events. Pure: no I/O.
//
// What a store keeps so that it can do the same without holding every fingerprint in memory: per report,
// serialiseFingerprint(fp) (JSON) and its publication date and ingest order, and one row per key of
// allBandKeys(fp) (band_key → report_id). To check a new report: look up its keys, load the fingerprints
// of the reports found, add them to a fresh createPassageIndex(), and call detectCopies on that index.
export { contentHashOf } from "./text-hash.ts";
export { FUSE_DEFAULTS, type FuseOptions } from "./options.ts";
export {
  fingerprintReport,
  type FingerprintScheme,
  type ParagraphFingerprint,
  type ReportFingerprint,
  type SentenceFingerprint,
} from "./fingerprint.ts";
export {
  serialiseFingerprint,
  parseFingerprint,
  storedFingerprintSchema,
  type StoredFingerprint,
} from "./fingerprint-schema.ts";
export { allBandKeys, bandKeysOf, type BandKeys } from "./band-keys.ts";
export {
  createPassageIndex,
  type IndexCandidates,
  type IndexedReport,
  type PassageIndex,
  type ReportTiming,
} from "./passage-index.ts";
export { compareTiming } from "./earlier.ts";
export {
  copiedFromOf,
  detectCopies,
  type CopiedPassage,
  type CopyDetection,
  type DocumentMatch,
  type NewReport,
} from "./copies.ts";
export {
  fuseClaims,
  type ClaimObservation,
  type Fact,
  type FactConflict,
  type FactEvidence,
  type FactExplanation,
} from "./facts.ts";
export { capEvidence, evidenceTotalOf, reportsTotalOf, type CappedFact } from "./capped-facts.ts";
export { CERTAINTY_WEIGHT, SOURCE_WEIGHT, STATUS_WEIGHT, type ConfidenceComponent } from "./confidence.ts";
export {
  addToEvents,
  belongTogether,
  groupEvents,
  EVENT_WINDOW_DAYS,
  ELLIPSIS_REACH,
  type ActionObservation,
  type Event,
} from "./events.ts";
