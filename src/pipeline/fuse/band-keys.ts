// The keys under which a fingerprint is indexed. Two reports that share a key are candidates for comparison;
// reports that share none are never compared. A store keeps `band_key → report_id` rows with these strings:
//   h:<sha256>            exact content or body hash
//   d:<band>:<hash>       a band of the document signature (LSH)
//   p:<band>:<hash>       a band of a paragraph signature (paragraphs of minParagraphWords or more)
//   s:<hash>              a normalised sentence (minSentenceWords or more)
import type { ReportFingerprint } from "./fingerprint.ts";
import { FUSE_DEFAULTS, type FuseOptions } from "./options.ts";
import { combineHashes } from "./text-hash.ts";

export interface BandKeys {
  readonly exact: readonly string[];
  readonly document: readonly string[];
  /** Per paragraph index, its band keys (none for short paragraphs). */
  readonly paragraphs: readonly (readonly string[])[];
  /** Per sentence index, its key (null for short sentences). */
  readonly sentences: readonly (string | null)[];
}

/** The same keys as numbers (band × 2^32 + hash; sentence hashes as they are), for in-memory maps. */
export interface NumericBandKeys {
  readonly exact: readonly string[];
  readonly document: readonly number[];
  readonly paragraphs: readonly (readonly number[])[];
  readonly sentences: readonly number[];
}

const BAND = 2 ** 32;

function bandsOf(signature: readonly number[], banding: { bands: number; rows: number }): number[] {
  const keys: number[] = [];
  for (let b = 0; b < banding.bands; b++) {
    const from = b * banding.rows;
    const to = from + banding.rows;
    if (to > signature.length) break;
    keys.push(b * BAND + combineHashes(signature, from, to));
  }
  return keys;
}

/** Every key of a fingerprint as numbers; a sentence too short to compare has key 0. */
export function numericBandKeysOf(
  fingerprint: ReportFingerprint,
  options: FuseOptions = FUSE_DEFAULTS,
): NumericBandKeys {
  return {
    exact: [...new Set([fingerprint.contentHash, fingerprint.bodyHash])],
    document: fingerprint.words > 0 ? bandsOf(fingerprint.signature, options.documentBands) : [],
    paragraphs: fingerprint.paragraphs.map((p) =>
      p.words >= options.minParagraphWords ? bandsOf(p.signature, options.paragraphBands) : [],
    ),
    sentences: fingerprint.sentences.map((s) => s.hash),
  };
}

const bandString = (prefix: string, key: number) => `${prefix}:${Math.floor(key / BAND)}:${(key % BAND).toString(36)}`;

/** Every key of a fingerprint, by part, as the strings a store keeps. */
export function bandKeysOf(fingerprint: ReportFingerprint, options: FuseOptions = FUSE_DEFAULTS): BandKeys {
  const keys = numericBandKeysOf(fingerprint, options);
  return {
    exact: keys.exact.map((hash) => `h:${hash}`),
    document: keys.document.map((key) => bandString("d", key)),
    paragraphs: keys.paragraphs.map((list) => list.map((key) => bandString("p", key))),
    sentences: keys.sentences.map((hash) => (hash !== 0 ? `s:${hash.toString(36)}` : null)),
  };
}

/** All keys of a fingerprint, flat and unique: the rows a store writes for one report. */
export function allBandKeys(fingerprint: ReportFingerprint, options: FuseOptions = FUSE_DEFAULTS): string[] {
  const keys = bandKeysOf(fingerprint, options);
  const all = new Set<string>([...keys.exact, ...keys.document]);
  for (const list of keys.paragraphs) for (const key of list) all.add(key);
  for (const key of keys.sentences) if (key !== null) all.add(key);
  return [...all];
}
