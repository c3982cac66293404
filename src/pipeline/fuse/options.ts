// The parameters of fusion, in one place. A fingerprint records the scheme it was made with, so that
// fingerprints made under other parameters are never compared by mistake.

export interface FuseOptions {
  /** Words per shingle. */
  readonly shingle: number;
  /** MinHash permutations per signature. */
  readonly permutations: number;
  /** LSH banding of document signatures: bands × rows ≤ permutations. Two rows catch Jaccard ≈ 0.2 and up. */
  readonly documentBands: { readonly bands: number; readonly rows: number };
  /**
   * LSH banding of paragraph signatures: three rows catch Jaccard ≈ 0.4 and up; 28 bands find a pair at
   * passageJaccard (0.5) with probability 0.98, for a third fewer band keys to store and probe than 42.
   */
  readonly paragraphBands: { readonly bands: number; readonly rows: number };
  /** A paragraph shorter than this has no signature of its own (too little to tell copying from chance). */
  readonly minParagraphWords: number;
  /** A sentence shorter than this is not hashed ("He declined to comment."). */
  readonly minSentenceWords: number;
  /** A copied passage made of whole sentences needs at least this many words. */
  readonly minPassageWords: number;
  /** Paragraphs at least this similar (verified Jaccard) are one passage copied. */
  readonly passageJaccard: number;
  /** Documents at least this similar are candidates for near duplicates ... */
  readonly nearDuplicateJaccard: number;
  /**
   * ... and are near duplicates when Jaccard + residual resemblance reaches this. The residual is how much the
   * paragraphs that were NOT copied whole still resemble the other document (the lower of the two sides): a
   * rewrite spreads its likeness over every paragraph, a report that lifts two paragraphs has none elsewhere.
   */
  readonly nearDuplicateScore: number;
  /** A paragraph with this share of its shingles in the other document was copied whole. */
  readonly wholeParagraph: number;
  /** Documents at least this similar are duplicates: one is the other, lightly edited. */
  readonly duplicateJaccard: number;
  /** An index bucket keeps at most this many entries; a fuller bucket marks boilerplate. */
  readonly maxBucket: number;
}

export const FUSE_DEFAULTS: FuseOptions = Object.freeze({
  shingle: 5,
  permutations: 128,
  documentBands: Object.freeze({ bands: 64, rows: 2 }),
  paragraphBands: Object.freeze({ bands: 28, rows: 3 }),
  minParagraphWords: 12,
  minSentenceWords: 6,
  minPassageWords: 12,
  passageJaccard: 0.5,
  nearDuplicateJaccard: 0.15,
  nearDuplicateScore: 0.5,
  wholeParagraph: 0.8,
  duplicateJaccard: 0.8,
  maxBucket: 64,
});
