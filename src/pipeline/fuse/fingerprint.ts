// The fingerprint of a report: what fusion compares instead of the text. Exact hashes for duplicates, a
// MinHash signature of the document and of each paragraph for near copies, and exact hashes of sentences
// for passages copied sentence by sentence. Every passage keeps its span into the original text.
import type { SegmentedReport, Sentence, Span } from "../../core/index.ts";
import { minhashOf, shinglesOfHashes, unionSignature } from "./minhash.ts";
import { FUSE_DEFAULTS, type FuseOptions } from "./options.ts";
import { contentHashOf, hashString, sequenceHash, wordsOf } from "./text-hash.ts";

/** The parameters a fingerprint was made with; only fingerprints of one scheme compare. */
export interface FingerprintScheme {
  readonly shingle: number;
  readonly permutations: number;
}

export interface SentenceFingerprint {
  readonly index: number;
  readonly paragraph: number;
  readonly span: Span;
  readonly words: number;
  /** 53-bit hash of the normalised words; 0 when the sentence is too short to compare. */
  readonly hash: number;
}

export interface ParagraphFingerprint {
  readonly index: number;
  readonly span: Span;
  readonly words: number;
  /** 53-bit hash of the normalised words: equal paragraphs share it whatever their quote marks. */
  readonly hash: number;
  /** Sorted unique hashes of the paragraph's word shingles. */
  readonly shingles: readonly number[];
  readonly signature: readonly number[];
  /** Its sentences: indices [from, to) into the report's sentence fingerprints. */
  readonly sentences: { readonly from: number; readonly to: number };
}

export interface ReportFingerprint {
  readonly scheme: FingerprintScheme;
  /** contentHashOf(the whole text): the store's exact-duplicate key. */
  readonly contentHash: string;
  /** contentHashOf(the body): the same article under another header is still an exact duplicate. */
  readonly bodyHash: string;
  readonly words: number;
  /** MinHash of the body's shingles (the union of the paragraphs' shingles). */
  readonly signature: readonly number[];
  readonly paragraphs: readonly ParagraphFingerprint[];
  readonly sentences: readonly SentenceFingerprint[];
}

/** The sentences of one paragraph, hashed from the paragraph's words (sentences hold whole words). */
function fingerprintSentences(
  sentences: readonly Sentence[],
  words: { readonly starts: readonly number[]; readonly hashes: readonly number[] },
  minWords: number,
): SentenceFingerprint[] {
  let from = 0;
  return sentences.map((sentence) => {
    while (from < words.starts.length && (words.starts[from] ?? 0) < sentence.start) from++;
    let to = from;
    while (to < words.starts.length && (words.starts[to] ?? 0) < sentence.end) to++;
    const count = to - from;
    const hash = count >= minWords ? sequenceHash(words.hashes, from, to) : 0;
    from = to;
    return {
      index: sentence.index,
      paragraph: sentence.paragraph,
      span: { start: sentence.start, end: sentence.end },
      words: count,
      hash,
    };
  });
}

/** Fingerprints a segmented report. Pure: the same report always gives the same fingerprint. */
export function fingerprintReport(report: SegmentedReport, options: FuseOptions = FUSE_DEFAULTS): ReportFingerprint {
  const sentences: SentenceFingerprint[] = [];
  let cursor = 0;
  let words = 0;
  const paragraphs = report.paragraphs.map((paragraph): ParagraphFingerprint => {
    const found = wordsOf(report.text.slice(paragraph.start, paragraph.end), paragraph.start);
    const hashes = found.words.map((w) => hashString(w));
    words += hashes.length;
    const own: Sentence[] = [];
    while (cursor < report.sentences.length && (report.sentences[cursor]?.paragraph ?? Infinity) <= paragraph.index) {
      const sentence = report.sentences[cursor++];
      if (sentence?.paragraph === paragraph.index) own.push(sentence);
    }
    const from = sentences.length;
    sentences.push(...fingerprintSentences(own, { starts: found.starts, hashes }, options.minSentenceWords));
    const shingles = shinglesOfHashes(hashes, options.shingle);
    return {
      index: paragraph.index,
      span: { start: paragraph.start, end: paragraph.end },
      words: hashes.length,
      hash: sequenceHash(hashes),
      shingles,
      signature: minhashOf(shingles, options.permutations),
      sentences: { from, to: sentences.length },
    };
  });
  return Object.freeze({
    scheme: Object.freeze({ shingle: options.shingle, permutations: options.permutations }),
    contentHash: contentHashOf(report.text),
    bodyHash: contentHashOf(report.text.slice(report.body.start, report.body.end)),
    words,
    signature: unionSignature(
      paragraphs.map((p) => p.signature),
      options.permutations,
    ),
    paragraphs: Object.freeze(paragraphs),
    sentences: Object.freeze(sentences),
  });
}
