// What the store's fusion code shares for the life of one opened store: the fuse parameters, a cache of
// fingerprints read back from the database (parsing one recomputes its MinHash signatures), and the key of
// the advisory lock that serialises writers, so that two of them never fuse against each other's
// uncommitted reports or overwrite each other's facts.
import type { Kysely } from "kysely";
import { FUSE_DEFAULTS, type FuseOptions, type ReportFingerprint } from "../../../pipeline/fuse/index.ts";
import type { StoreDatabase } from "../schema.ts";

export type Db = Kysely<StoreDatabase>;

/** Fingerprints kept in memory: enough for the candidates of a long batch, bounded in memory. */
const CACHE_SIZE = 4000;

export interface FingerprintCache {
  get(reportId: string): ReportFingerprint | undefined;
  set(reportId: string, fingerprint: ReportFingerprint): void;
  clear(): void;
}

export interface FusionContext {
  readonly options: FuseOptions;
  readonly fingerprints: FingerprintCache;
  /** Names the store's advisory lock (per schema: stores in other schemas do not wait for this one). */
  readonly lockKey: string;
}

/** A least-recently-used cache over a Map (whose iteration order is insertion order). */
function createFingerprintCache(size: number): FingerprintCache {
  const map = new Map<string, ReportFingerprint>();
  return {
    get(reportId) {
      const found = map.get(reportId);
      if (found !== undefined) {
        map.delete(reportId);
        map.set(reportId, found);
      }
      return found;
    },
    set(reportId, fingerprint) {
      map.delete(reportId);
      map.set(reportId, fingerprint);
      if (map.size > size) map.delete(map.keys().next().value as string);
    },
    clear: () => map.clear(),
  };
}

export function createFusionContext(schema: string, options: FuseOptions = FUSE_DEFAULTS): FusionContext {
  return { options, fingerprints: createFingerprintCache(CACHE_SIZE), lockKey: `espial:fusion:${schema}` };
}

/** The scheme a fingerprint was made with, as the store records it. */
export function schemeOf(fingerprint: Pick<ReportFingerprint, "scheme">): string {
  return `${fingerprint.scheme.shingle}/${fingerprint.scheme.permutations}`;
}

/** A failure of fusion's own code on one report: that report is refused, the batch goes on. */
export class FusionFault extends Error {
  override readonly name = "FusionFault";
}

/** Runs pure fusion code, turning what it throws into a FusionFault naming the step. */
export function inFusion<T>(step: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw new FusionFault(`${step} failed: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
}
