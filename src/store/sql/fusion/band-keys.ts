// The band keys of reports (see pipeline/fuse band-keys.ts), kept as `band_key → report` rows. A key is
// hashed to 64 bits: a collision only adds a candidate that verification drops. Each key is read back
// through the (band_key, report_seq) key, at most `maxBucket + 1` postings of it, the earliest ingested:
// a key more reports share is boilerplate, and saying so is all the extra posting is for.
import { createHash } from "node:crypto";
import { sql } from "kysely";
import { allBandKeys, type FuseOptions, type ReportFingerprint } from "../../../pipeline/fuse/index.ts";
import type { Db } from "./context.ts";

/** A band key as a signed 64-bit integer in decimal: the first 8 bytes of its sha256. */
export function encodeBandKey(key: string): string {
  return createHash("sha256").update(key).digest().readBigInt64BE(0).toString();
}

/** A fingerprint's keys, and each encoded: looked up, then written, for one report. */
export interface EncodedKeys {
  readonly keys: readonly string[];
  readonly encoded: readonly string[];
}

const encodedCache = new WeakMap<ReportFingerprint, EncodedKeys>();

/** The keys of a fingerprint, encoded once per fingerprint value. */
export function encodedKeysOf(fingerprint: ReportFingerprint, options: FuseOptions): EncodedKeys {
  let found = encodedCache.get(fingerprint);
  if (found === undefined) {
    const keys = allBandKeys(fingerprint, options);
    found = { keys, encoded: keys.map(encodeBandKey) };
    encodedCache.set(fingerprint, found);
  }
  return found;
}

/** Writes a report's keys (a collision of two keys of one report keeps one row). */
export async function writeBandKeys(db: Db, report: { seq: string }, keys: EncodedKeys) {
  if (keys.encoded.length === 0) return;
  await sql`insert into report_band_keys (band_key, report_seq)
            select unnest(${keys.encoded}::bigint[]), ${report.seq}::bigint
            on conflict do nothing`.execute(db);
}

export async function deleteBandKeys(db: Db, report: { seq: string }, keys: EncodedKeys) {
  if (keys.encoded.length === 0) return;
  await sql`delete from report_band_keys
            where band_key = any(${keys.encoded}::bigint[]) and report_seq = ${report.seq}::bigint`.execute(db);
}

export interface Postings {
  /** Reports (by `seq`) per key (as given), earliest ingested first, at most maxBucket of them. */
  readonly byKey: ReadonlyMap<string, readonly string[]>;
  /** Keys shared by more than maxBucket reports. */
  readonly saturated: ReadonlySet<string>;
}

/** The reports under each key, as the index would hold them. */
export async function postingsOf(db: Db, keys: EncodedKeys, maxBucket: number): Promise<Postings> {
  const byKey = new Map<string, string[]>();
  const saturated = new Set<string>();
  if (keys.keys.length === 0) return { byKey, saturated };
  const original = new Map(keys.encoded.map((code, i) => [code, keys.keys[i] ?? ""]));
  const { rows } = await sql<{ key: string; seq: string }>`
    select q.key::text as key, b.report_seq::text as seq
    from unnest(${[...original.keys()]}::bigint[]) as q(key)
    cross join lateral (
      select report_seq from report_band_keys k
      where k.band_key = q.key order by k.report_seq limit ${maxBucket + 1}
    ) as b`.execute(db);
  for (const row of rows) {
    const key = original.get(row.key);
    if (key === undefined) continue;
    const list = byKey.get(key) ?? [];
    if (list.length < maxBucket) list.push(row.seq);
    else saturated.add(key);
    byKey.set(key, list);
  }
  return { byKey, saturated };
}
