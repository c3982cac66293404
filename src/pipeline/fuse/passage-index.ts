// An in-memory index of fingerprints by their band keys (LSH over MinHash signatures, exact hashes of
// contents and sentences). A query touches only the buckets of the new report's keys, so its cost depends on
// how many reports resemble it, not on how many are indexed. A bucket keeps its first maxBucket entries
// (the earliest ingested) and is then marked saturated: a key that many reports share is boilerplate.
import { numericBandKeysOf } from "./band-keys.ts";
import type { ReportFingerprint } from "./fingerprint.ts";
import { FUSE_DEFAULTS, type FuseOptions } from "./options.ts";

/** When a report was published and in which order it was ingested: together they say which came first. */
export interface ReportTiming {
  readonly published: string | null;
  readonly ingestedSeq: number;
}

export interface IndexedReport {
  readonly reportId: string;
  readonly fingerprint: ReportFingerprint;
  readonly meta: ReportTiming;
}

export interface IndexCandidates {
  /** Reports with the same content or body hash. */
  readonly exact: readonly string[];
  /** Reports sharing document bands, with how many. */
  readonly documents: readonly { readonly reportId: string; readonly bands: number }[];
  /** Paragraph pairs sharing paragraph bands: `paragraph` is the candidate's, `newParagraph` the query's. */
  readonly paragraphs: readonly {
    readonly reportId: string;
    readonly paragraph: number;
    readonly newParagraph: number;
  }[];
  /** Sentence pairs with the same normalised words; `saturated` when the sentence is boilerplate. */
  readonly sentences: readonly {
    readonly reportId: string;
    readonly sentence: number;
    readonly newSentence: number;
    readonly saturated: boolean;
  }[];
}

export interface PassageIndex {
  readonly options: FuseOptions;
  readonly size: number;
  /** Indexes a report; adding an id again does nothing. */
  add(reportId: string, fingerprint: ReportFingerprint, meta: ReportTiming): void;
  /** The reports that share any key with this fingerprint. */
  query(fingerprint: ReportFingerprint): IndexCandidates;
  get(reportId: string): IndexedReport | undefined;
}

const PART = 0x10000;
const BAND = 2 ** 32;
/** Sentence hashes are bucketed by their low 30 bits, in one band. */
const SLOT = 2 ** 30;

/**
 * Postings (doc × PART + part) under numeric keys, one map per band, each keyed by 30 bits of the hash so
 * that keys stay small integers; a collision only adds a candidate that verification drops. A key with one
 * posting holds it directly (most keys do), so millions of keys do not mean millions of arrays.
 */
function createBuckets(maxBucket: number) {
  const bands: Map<number, number | number[]>[] = [];
  const saturated = new Set<number>();
  const mapOf = (key: number) => {
    const band = Math.floor(key / BAND);
    return bands[band] ?? (bands[band] = new Map<number, number | number[]>());
  };
  const slotOf = (key: number) => (key % BAND) & 0x3fffffff;
  return {
    post(key: number, doc: number, part: number) {
      const map = mapOf(key);
      const slot = slotOf(key);
      const posting = doc * PART + Math.min(part, PART - 1);
      const held = map.get(slot);
      if (held === undefined) map.set(slot, posting);
      else if (typeof held === "number") map.set(slot, [held, posting]);
      else if (held.length < maxBucket) held.push(posting);
      else saturated.add(key);
    },
    get(key: number): readonly number[] {
      const held = mapOf(key).get(slotOf(key));
      return held === undefined ? [] : typeof held === "number" ? [held] : held;
    },
    isSaturated: (key: number) => saturated.has(key),
  };
}

function createExactBuckets() {
  const map = new Map<string, number[]>();
  return {
    post(key: string, doc: number) {
      const list = map.get(key);
      if (list) list.push(doc * PART);
      else map.set(key, [doc * PART]);
    },
    get: (key: string): readonly number[] => map.get(key) ?? [],
  };
}

/** Makes an empty index. */
export function createPassageIndex(options: FuseOptions = FUSE_DEFAULTS): PassageIndex {
  const reports: IndexedReport[] = [];
  const byId = new Map<string, number>();
  const exactBuckets = createExactBuckets();
  const documentBuckets = createBuckets(options.maxBucket);
  const paragraphBuckets = createBuckets(options.maxBucket);
  const sentenceBuckets = createBuckets(options.maxBucket);
  const idOf = (posting: number) => reports[Math.floor(posting / PART)]?.reportId ?? "";

  return {
    options,
    get size() {
      return reports.length;
    },
    add(reportId, fingerprint, meta) {
      if (byId.has(reportId)) return;
      const doc = reports.length;
      reports.push(Object.freeze({ reportId, fingerprint, meta: Object.freeze({ ...meta }) }));
      byId.set(reportId, doc);
      const keys = numericBandKeysOf(fingerprint, options);
      for (const key of keys.exact) exactBuckets.post(key, doc);
      for (const key of keys.document) documentBuckets.post(key, doc, 0);
      keys.paragraphs.forEach((list, paragraph) => list.forEach((key) => paragraphBuckets.post(key, doc, paragraph)));
      keys.sentences.forEach((key, sentence) => key !== 0 && sentenceBuckets.post(key % SLOT, doc, sentence));
    },
    query(fingerprint) {
      const keys = numericBandKeysOf(fingerprint, options);
      const exact = new Set<string>();
      for (const key of keys.exact) for (const p of exactBuckets.get(key)) exact.add(idOf(p));
      const documents = new Map<number, number>();
      for (const key of keys.document)
        for (const p of documentBuckets.get(key)) documents.set(p, (documents.get(p) ?? 0) + 1);
      const paragraphs = new Map<string, { reportId: string; paragraph: number; newParagraph: number }>();
      keys.paragraphs.forEach((list, newParagraph) => {
        for (const key of list)
          for (const p of paragraphBuckets.get(key))
            paragraphs.set(`${p}:${newParagraph}`, { reportId: idOf(p), paragraph: p % PART, newParagraph });
      });
      const sentences: IndexCandidates["sentences"][number][] = [];
      keys.sentences.forEach((key, newSentence) => {
        if (key === 0) return;
        const saturated = sentenceBuckets.isSaturated(key % SLOT);
        for (const p of sentenceBuckets.get(key % SLOT)) {
          // Buckets are keyed by 30 bits: keep only sentences whose full hash agrees.
          const other = reports[Math.floor(p / PART)]?.fingerprint.sentences[p % PART];
          if (other?.hash === key) sentences.push({ reportId: idOf(p), sentence: p % PART, newSentence, saturated });
        }
      });
      return {
        exact: [...exact],
        documents: [...documents].map(([p, bands]) => ({ reportId: idOf(p), bands })),
        paragraphs: [...paragraphs.values()],
        sentences,
      };
    },
    get(reportId) {
      const doc = byId.get(reportId);
      return doc === undefined ? undefined : reports[doc];
    },
  };
}
