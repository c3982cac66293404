// PGlite runs no checkpointer process: left alone, its write-ahead log grows for as long as the store stays
// open (7.4 GB of pg_wal, on the way from 10,000 to 100,000 reports written in one session of `bench
// --scale-reads --store pglite`). The store checkpoints after large writes once enough log has gathered,
// which lets PostgreSQL recycle the segments past max_wal_size (1 GB), as its checkpointer would.
import type { PGlite } from "@electric-sql/pglite";

/** Log written since the last checkpoint past which the store checkpoints. */
export const WAL_BEFORE_CHECKPOINT = 256 * 1024 * 1024;

/** Bytes of log written since the last checkpoint began. */
export async function logSinceCheckpoint(pglite: PGlite): Promise<number> {
  const { rows } = await pglite.query<{ behind: string }>(
    "select pg_wal_lsn_diff(pg_current_wal_lsn(), redo_lsn)::bigint::text as behind from pg_control_checkpoint()",
  );
  return Number(rows[0]?.behind ?? 0);
}

/** Checkpoints when more than `threshold` bytes of log were written since the last one; says whether it did. */
export async function checkpointIfDue(pglite: PGlite, threshold = WAL_BEFORE_CHECKPOINT): Promise<boolean> {
  if ((await logSinceCheckpoint(pglite)) <= threshold) return false;
  await pglite.query("checkpoint");
  return true;
}
