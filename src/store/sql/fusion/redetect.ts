// Detecting copies again for stored reports (after a report they borrowed from was removed): each is compared
// with the reports that share its keys now, and what it finds is recorded as for a new report, except that
// what it already holds stands unless an earlier source claims it.
import { detectCopies } from "../../../pipeline/fuse/index.ts";
import { candidateIndexFor, loadFingerprints } from "./candidates.ts";
import { inFusion, type Db, type FusionContext } from "./context.ts";
import { recordCopies } from "./copies.ts";

/** Detects again for these reports, oldest ingest first. Returns the reports whose borrowing changed. */
export async function detectAgain(db: Db, ctx: FusionContext, reportIds: readonly string[]): Promise<Set<string>> {
  const changed = new Set<string>();
  const scheme = `${ctx.options.shingle}/${ctx.options.permutations}`;
  for (const report of await loadFingerprints(db, ctx, reportIds, scheme)) {
    const { index, timings } = await candidateIndexFor(db, ctx, report);
    const detection = inFusion("detecting copies", () =>
      detectCopies({ id: report.id, fingerprint: report.fingerprint, ...report.timing }, index),
    );
    const found = await recordCopies(
      db,
      ctx,
      { id: report.id, timing: report.timing, fresh: false, timings },
      detection,
    );
    for (const id of found) changed.add(id);
  }
  return changed;
}
