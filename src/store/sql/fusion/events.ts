// Events kept up to date: a new report's actions join the events near them in time (addToEvents over only
// those), and a report that leaves fusion (removed, or replaced by a newer version) takes its actions out of
// its events, which are regrouped from the actions left.
import type { Extraction } from "../../../core/index.ts";
import { addToEvents, type Event } from "../../../pipeline/fuse/index.ts";
import { actionObservationsOf } from "./actions.ts";
import { inFusion, type Db } from "./context.ts";
import { deleteEvents, insertEvents, loadEvents, loadEventsNear, regroup, type LoadedEvents } from "./event-rows.ts";

/** Replaces the events `before` by `after`, writing only those that changed. Returns how many were written. */
async function saveEvents(
  db: Db,
  before: readonly Event[],
  after: readonly Event[],
  ordinals: LoadedEvents["ordinals"],
) {
  const unchanged = new Set(after.filter((e) => before.includes(e)));
  const stale = before.filter((e) => !unchanged.has(e)).map((e) => e.id);
  const written = after.filter((e) => !unchanged.has(e));
  await deleteEvents(db, [...new Set([...stale, ...written.map((e) => e.id)])]);
  await insertEvents(db, written, ordinals);
  return written.length;
}

/** Adds a report's actions to the events. Returns how many events were written. */
export async function addReportToEvents(db: Db, reportId: string, extraction: Extraction): Promise<number> {
  const observed = actionObservationsOf(reportId, extraction);
  if (observed.length === 0) return 0;
  const actions = observed.map((o) => o.observation);
  const loaded = await loadEventsNear(db, actions);
  for (const o of observed) loaded.ordinals.set(o.observation, o.ordinal);
  const after = inFusion("adding actions to events", () => addToEvents(loaded.events, actions));
  return saveEvents(db, loaded.events, after, loaded.ordinals);
}

/** Takes these reports' actions out of their events, regrouping what is left of each. */
export async function retractFromEvents(db: Db, reportIds: readonly string[]): Promise<void> {
  if (reportIds.length === 0) return;
  const rows = await db
    .selectFrom("event_actions")
    .select("event_id")
    .distinct()
    .where("report_id", "in", [...reportIds])
    .execute();
  const loaded = await loadEvents(
    db,
    rows.map((row) => row.event_id),
  );
  const leaving = new Set(reportIds);
  const after = loaded.events.flatMap((event) => {
    const left = event.actions.filter((a) => !leaving.has(a.reportId));
    return left.length === 0 ? [] : regroup(event.id, left);
  });
  await saveEvents(db, loaded.events, after, loaded.ordinals);
}
