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

/** The keys of a fingerprint, encoded once per fingerprint value; two keys with one code are kept once. */
export function encodedKeysOf(fingerprint: ReportFingerprint, options: FuseOptions): EncodedKeys {
  let found = encodedCache.get(fingerprint);
  if (found === undefined) {
    const byCode = new Map<string, string>();
    for (const key of allBandKeys(fingerprint, options)) {
      const code = encodeBandKey(key);
      if (!byCode.has(code)) byCode.set(code, key);
    }
    found = { keys: [...byCode.values()], encoded: [...byCode.keys()] };
    encodedCache.set(fingerprint, found);
  }
  return found;
}

/**
 * Writes a report's keys. A plain insert: the codes are unique and the report's `seq` is new (the writer
 * holds the fusion lock), so no row can conflict, and `on conflict` would only cost a speculative insertion
 * per row.
 */
export async function writeBandKeys(db: Db, report: { seq: string }, keys: EncodedKeys) {
  if (keys.encoded.length === 0) return;
  await sql`insert into report_band_keys (band_key, report_seq)
            select unnest(${keys.encoded}::bigint[]), ${report.seq}::bigint`.execute(db);
}

export async function deleteBandKeys(db: Db, report: { seq: string }, keys: EncodedKeys) {
  if (keys.encoded.length === 0) return;
  await sql`delete from report_band_keys
            where band_key = any(${keys.encoded}::bigint[]) and report_seq = ${report.seq}::bigint`.execute(db);
}

/** A stored report that shares keys with the one probed. */
export interface Candidate {
  readonly id: string;
  readonly seq: string;
  readonly published: string | null;
  /** How many of the probed keys it shares (each key counted over its first maxBucket reports). */
  readonly shared: number;
}

export interface Probe {
  /** At most `limit` reports, the most shared first, then the earliest ingested. */
  readonly candidates: readonly Candidate[];
  /** Keys (as given) shared by more than maxBucket reports: boilerplate. */
  readonly saturated: ReadonlySet<string>;
}

/**
 * In one statement: the first maxBucket + 1 postings of each key (through the (band_key, report_seq) key),
 * the keys that have more than maxBucket, and the reports other than `self` sharing most keys, with their
 * timings.
 */
export async function probeBandKeys(
  db: Db,
  keys: EncodedKeys,
  options: { readonly self: string; readonly maxBucket: number; readonly limit: number },
): Promise<Probe> {
  const saturated = new Set<string>();
  const candidates: Candidate[] = [];
  if (keys.keys.length === 0) return { candidates, saturated };
  const original = new Map(keys.encoded.map((code, i) => [code, keys.keys[i] ?? ""]));
  const { rows } = await sql<{
    key: string | null;
    id: string | null;
    seq: string | null;
    published: string | null;
    shared: number;
  }>`
    with p as (
      select q.key, b.report_seq, b.rn
      from unnest(${keys.encoded}::bigint[]) as q(key)
      cross join lateral (
        select report_seq, row_number() over (order by report_seq) as rn
        from (select report_seq from report_band_keys k
              where k.band_key = q.key order by k.report_seq limit ${options.maxBucket + 1}) as first
      ) as b
    ),
    s as (select report_seq, count(*)::int as shared from p where rn <= ${options.maxBucket} group by report_seq)
    select p.key::text as key, null::text as id, null::text as seq, null::text as published, 0 as shared
    from p where p.rn > ${options.maxBucket}
    union all
    select * from (
      select null::text, r.id, r.seq::text, r.published, s.shared
      from s join reports r on r.seq = s.report_seq
      where r.id <> ${options.self}
      order by s.shared desc, s.report_seq
      limit ${options.limit}
    ) as c`.execute(db);
  for (const row of rows) {
    if (row.key !== null) {
      const key = original.get(row.key);
      if (key !== undefined) saturated.add(key);
    } else if (row.id !== null && row.seq !== null) {
      candidates.push({ id: row.id, seq: row.seq, published: row.published, shared: Number(row.shared) });
    }
  }
  return { candidates, saturated };
}
