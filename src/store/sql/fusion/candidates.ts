// The reports a new one is compared with, read from the store: the reports sharing its band keys (the most
// shared first, at most MAX_CANDIDATES), their fingerprints and timings, in a passage index of their own.
// The index answers as the whole store would: a sentence whose key the store holds for more than maxBucket
// reports is boilerplate, however few of those reports were loaded.
import {
  bandKeysOf,
  createPassageIndex,
  parseFingerprint,
  type PassageIndex,
  type ReportFingerprint,
  type ReportTiming,
} from "../../../pipeline/fuse/index.ts";
import { encodedKeysOf, probeBandKeys } from "./band-keys.ts";
import { inFusion, schemeOf, type Db, type FusionContext } from "./context.ts";

/** Reports compared with one new report at most: past this, the keys it shares with more are boilerplate. */
export const MAX_CANDIDATES = 300;

export interface LoadedReport {
  readonly id: string;
  readonly fingerprint: ReportFingerprint;
  readonly timing: ReportTiming;
}

/** When each of these reports was published and ingested. */
async function timingsOf(db: Db, ids: readonly string[]) {
  const timings = new Map<string, ReportTiming>();
  if (ids.length === 0) return timings;
  const rows = await db
    .selectFrom("reports")
    .select(["id", "published", "seq"])
    .where("id", "in", [...ids])
    .execute();
  for (const row of rows) timings.set(row.id, { published: row.published, ingestedSeq: Number(row.seq) });
  return timings;
}

/** The stored fingerprints of these reports made under `scheme`, with their timings, oldest ingest first. */
export async function loadFingerprints(
  db: Db,
  ctx: FusionContext,
  ids: readonly string[],
  scheme: string,
  known?: ReadonlyMap<string, ReportTiming>,
): Promise<LoadedReport[]> {
  const timings = known ?? (await timingsOf(db, ids));
  const missing = ids.filter((id) => ctx.fingerprints.get(id) === undefined && timings.has(id));
  if (missing.length > 0) {
    const rows = await db
      .selectFrom("report_fingerprints")
      .select(["report_id", "fingerprint"])
      .where("report_id", "in", missing)
      .execute();
    for (const row of rows) {
      ctx.fingerprints.set(
        row.report_id,
        inFusion("reading a stored fingerprint", () => parseFingerprint(row.fingerprint)),
      );
    }
  }
  const loaded: LoadedReport[] = [];
  for (const id of ids) {
    const fingerprint = ctx.fingerprints.get(id);
    const timing = timings.get(id);
    if (fingerprint && timing && schemeOf(fingerprint) === scheme) loaded.push({ id, fingerprint, timing });
  }
  return loaded.sort((a, b) => a.timing.ingestedSeq - b.timing.ingestedSeq);
}

/** A passage index over the stored reports that share keys with this fingerprint. */
export async function candidateIndexFor(
  db: Db,
  ctx: FusionContext,
  report: { readonly id: string; readonly fingerprint: ReportFingerprint },
): Promise<{ index: PassageIndex; timings: Map<string, ReportTiming> }> {
  const postings = await probeBandKeys(db, encodedKeysOf(report.fingerprint, ctx.options), {
    self: report.id,
    maxBucket: ctx.options.maxBucket,
    limit: MAX_CANDIDATES,
  });
  const timings = new Map<string, ReportTiming>();
  for (const c of postings.candidates) timings.set(c.id, { published: c.published, ingestedSeq: Number(c.seq) });
  const loaded = await loadFingerprints(db, ctx, [...timings.keys()], schemeOf(report.fingerprint), timings);
  const fresh = createPassageIndex(ctx.options);
  for (const other of loaded) fresh.add(other.id, other.fingerprint, other.timing);
  const sentenceKeys = bandKeysOf(report.fingerprint, ctx.options).sentences;
  const index: PassageIndex = {
    options: fresh.options,
    get size() {
      return fresh.size;
    },
    add: (id, fingerprint, meta) => fresh.add(id, fingerprint, meta),
    get: (id) => fresh.get(id),
    query(fingerprint) {
      const found = fresh.query(fingerprint);
      if (fingerprint !== report.fingerprint || postings.saturated.size === 0) return found;
      const sentences = found.sentences.map((hit) => {
        const key = sentenceKeys[hit.newSentence];
        return key && postings.saturated.has(key) ? { ...hit, saturated: true } : hit;
      });
      return { ...found, sentences };
    },
  };
  return { index, timings };
}
