// A report's fingerprint as stored: the serialised fingerprint and its band keys.
import { parseFingerprint, serialiseFingerprint, type ReportFingerprint } from "../../../pipeline/fuse/index.ts";
import { sql } from "kysely";
import { deleteBandKeys, encodedKeysOf } from "./band-keys.ts";
import { inFusion, schemeOf, type Db, type FusionContext } from "./context.ts";

export async function writeFingerprint(
  db: Db,
  ctx: FusionContext,
  report: { readonly id: string; readonly seq: string; readonly fingerprint: ReportFingerprint },
): Promise<void> {
  const stored = inFusion("serialising the fingerprint", () => serialiseFingerprint(report.fingerprint));
  const keys = encodedKeysOf(report.fingerprint, ctx.options);
  // One statement for both (see writeBandKeys for why the keys need no `on conflict`).
  await sql`with fingerprint as (
              insert into report_fingerprints (report_id, scheme, fingerprint)
              values (${report.id}, ${schemeOf(report.fingerprint)}, ${JSON.stringify(stored)}::jsonb))
            insert into report_band_keys (band_key, report_seq)
            select unnest(${keys.encoded}::bigint[]), ${report.seq}::bigint`.execute(db);
  ctx.fingerprints.set(report.id, report.fingerprint);
}

/** Deletes the band keys of these reports (found from their stored fingerprints) and the fingerprints. */
export async function deleteFingerprints(db: Db, ctx: FusionContext, reportIds: readonly string[]): Promise<void> {
  if (reportIds.length === 0) return;
  const rows = await db
    .selectFrom("report_fingerprints as f")
    .innerJoin("reports as r", "r.id", "f.report_id")
    .select(["r.seq", "f.fingerprint"])
    .where("f.report_id", "in", [...reportIds])
    .execute();
  for (const row of rows) {
    const fingerprint = inFusion("reading a stored fingerprint", () => parseFingerprint(row.fingerprint));
    await deleteBandKeys(db, { seq: String(row.seq) }, encodedKeysOf(fingerprint, ctx.options));
  }
  await db
    .deleteFrom("report_fingerprints")
    .where("report_id", "in", [...reportIds])
    .execute();
  ctx.fingerprints.clear();
}
