// The stored form of a fingerprint: plain JSON, with shingle sets packed as base64 of little-endian uint32 so
// a report's fingerprint stays a few kilobytes. Signatures are not stored: they follow from the shingles and
// the scheme, and parseFingerprint recomputes them. One zod schema gives its type and its runtime check;
// parseFingerprint rebuilds exactly what fingerprintReport made.
import { z } from "zod";
import { EspialError } from "../../core/index.ts";
import type { ParagraphFingerprint, ReportFingerprint, SentenceFingerprint } from "./fingerprint.ts";
import { minhashOf, unionSignature } from "./minhash.ts";

const span = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);

export const storedFingerprintSchema = z.object({
  version: z.literal(1),
  scheme: z.object({ shingle: z.number().int().positive(), permutations: z.number().int().positive() }),
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  bodyHash: z.string().regex(/^[0-9a-f]{64}$/),
  words: z.number().int().nonnegative(),
  paragraphs: z.array(
    z.object({
      span,
      words: z.number().int().nonnegative(),
      hash: z.number().int().nonnegative(),
      shingles: z.string(),
      sentences: span,
    }),
  ),
  /** [paragraph, start, end, words, hash] per sentence, in order. */
  sentences: z.array(
    z.tuple([z.number().int(), z.number().int(), z.number().int(), z.number().int(), z.number().int()]),
  ),
});

/** What a store keeps for a report's fingerprint (JSON). */
export type StoredFingerprint = z.infer<typeof storedFingerprintSchema>;

function pack(values: readonly number[]): string {
  const bytes = new Uint8Array(values.length * 4);
  const view = new DataView(bytes.buffer);
  values.forEach((v, i) => view.setUint32(i * 4, v >>> 0, true));
  return Buffer.from(bytes).toString("base64");
}

function unpack(text: string): number[] {
  const bytes = Buffer.from(text, "base64");
  if (bytes.length % 4 !== 0)
    throw new EspialError("malformed", "fingerprint: packed array length is not a multiple of 4");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: number[] = [];
  for (let i = 0; i < bytes.length; i += 4) out.push(view.getUint32(i, true));
  return out;
}

/** The plain JSON form of a fingerprint, for a store to keep. */
export function serialiseFingerprint(fingerprint: ReportFingerprint): StoredFingerprint {
  return {
    version: 1,
    scheme: { ...fingerprint.scheme },
    contentHash: fingerprint.contentHash,
    bodyHash: fingerprint.bodyHash,
    words: fingerprint.words,
    paragraphs: fingerprint.paragraphs.map((p) => ({
      span: [p.span.start, p.span.end],
      words: p.words,
      hash: p.hash,
      shingles: pack(p.shingles),
      sentences: [p.sentences.from, p.sentences.to],
    })),
    sentences: fingerprint.sentences.map((s) => [s.paragraph, s.span.start, s.span.end, s.words, s.hash]),
  };
}

/** Rebuilds a fingerprint from its stored form; throws EspialError("malformed") on anything else. */
export function parseFingerprint(value: unknown): ReportFingerprint {
  const parsed = storedFingerprintSchema.safeParse(value);
  if (!parsed.success) throw new EspialError("malformed", `fingerprint: ${parsed.error.message}`);
  const stored = parsed.data;
  const paragraphs = stored.paragraphs.map((p, index): ParagraphFingerprint => {
    const shingles = unpack(p.shingles);
    return {
      index,
      span: { start: p.span[0], end: p.span[1] },
      words: p.words,
      hash: p.hash,
      shingles,
      signature: minhashOf(shingles, stored.scheme.permutations),
      sentences: { from: p.sentences[0], to: p.sentences[1] },
    };
  });
  const sentences = stored.sentences.map(([paragraph, start, end, words, hash], index): SentenceFingerprint => ({
    index,
    paragraph,
    span: { start, end },
    words,
    hash,
  }));
  return {
    scheme: stored.scheme,
    contentHash: stored.contentHash,
    bodyHash: stored.bodyHash,
    words: stored.words,
    signature: unionSignature(
      paragraphs.map((p) => p.signature),
      stored.scheme.permutations,
    ),
    paragraphs,
    sentences,
  };
}
