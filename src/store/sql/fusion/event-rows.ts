// Events as rows: `events` (dates, types, actors, targets and the days they cover), `event_actions` (each
// action as observed, by report and position) and `event_reports`. Read back, an event is regrouped from its
// actions, so what the store returns is always what groupEvents makes of them.
import { sql } from "kysely";
import { EVENT_WINDOW_DAYS, groupEvents, type ActionObservation, type Event } from "../../../pipeline/fuse/index.ts";
import { inFusion, type Db } from "./context.ts";

/** Rows per INSERT statement (PostgreSQL takes at most 65,535 parameters in one). */
const ROWS_PER_INSERT = 1000;

function* slices<T>(rows: readonly T[]): Generator<T[]> {
  for (let from = 0; from < rows.length; from += ROWS_PER_INSERT) yield rows.slice(from, from + ROWS_PER_INSERT);
}

const DAY = 86_400_000;

/** The first and last day (days since 1970) an ISO date covers; null for a year alone or no date. */
export function daysOf(date: string | null): { first: number; last: number } | null {
  const full = date === null ? null : /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (full) {
    const day = Date.UTC(Number(full[1]), Number(full[2]) - 1, Number(full[3])) / DAY;
    return Number.isFinite(day) ? { first: day, last: day } : null;
  }
  const month = date === null ? null : /^(\d{4})-(\d{2})$/.exec(date);
  if (!month) return null;
  const first = Date.UTC(Number(month[1]), Number(month[2]) - 1, 1) / DAY;
  const last = Date.UTC(Number(month[1]), Number(month[2]), 1) / DAY - 1;
  return Number.isFinite(first) ? { first, last } : null;
}

/** Events, and where each of their actions sits in its report. */
export interface LoadedEvents {
  readonly events: Event[];
  readonly ordinals: Map<ActionObservation, number>;
}

/** The events whose dated actions fall within the window of one of these (dated) actions, loaded (one query). */
export async function loadEventsNear(db: Db, actions: readonly ActionObservation[]): Promise<LoadedEvents> {
  const ranges = actions.flatMap((a) => {
    const days = daysOf(a.date);
    return days ? [[days.first - EVENT_WINDOW_DAYS, days.last + EVENT_WINDOW_DAYS] as const] : [];
  });
  if (ranges.length === 0) return { events: [], ordinals: new Map() };
  const { rows } = await sql<EventActionRow>`
    select a.event_id, a.ordinal, a.action
    from event_actions a join reports r on r.id = a.report_id
    where a.event_id in (
      select e.id from unnest(${ranges.map((r) => r[0])}::int[], ${ranges.map((r) => r[1])}::int[]) q(lo, hi)
      join events e on e.days && int4range(q.lo, q.hi, '[]'))
    order by r.seq, a.ordinal`.execute(db);
  return eventsFrom(rows);
}

interface EventActionRow {
  readonly event_id: string;
  readonly ordinal: number;
  readonly action: unknown;
}

/** Events regrouped from their action rows (in ingest order), ids kept. */
function eventsFrom(rows: readonly EventActionRow[]): LoadedEvents {
  const ordinals = new Map<ActionObservation, number>();
  const byEvent = new Map<string, ActionObservation[]>();
  for (const row of rows) {
    const action = row.action as ActionObservation;
    ordinals.set(action, row.ordinal);
    const list = byEvent.get(row.event_id);
    if (list) list.push(action);
    else byEvent.set(row.event_id, [action]);
  }
  const events = [...byEvent].flatMap(([id, list]) => regroup(id, list));
  return { events, ordinals };
}

/** The events with these ids, regrouped from their actions (in ingest order), ids kept. */
export async function loadEvents(db: Db, ids: readonly string[]): Promise<LoadedEvents> {
  if (ids.length === 0) return { events: [], ordinals: new Map() };
  const rows = await db
    .selectFrom("event_actions as a")
    .innerJoin("reports as r", "r.id", "a.report_id")
    .select(["a.event_id", "a.ordinal", "a.action"])
    .where("a.event_id", "in", [...ids])
    .orderBy("r.seq")
    .orderBy("a.ordinal")
    .execute();
  return eventsFrom(rows);
}

/** Groups actions that were one event; the group holding the first action keeps the event's id. */
export function regroup(id: string, actions: readonly ActionObservation[]): Event[] {
  const groups = inFusion("grouping actions into events", () => groupEvents(actions));
  return groups.map((event) => (event.actions.includes(actions[0] as ActionObservation) ? { ...event, id } : event));
}

export async function deleteEvents(db: Db, ids: readonly string[]): Promise<void> {
  if (ids.length > 0)
    await db
      .deleteFrom("events")
      .where("id", "in", [...ids])
      .execute();
}

/** Writes these events, their actions and their reports: three statements however many events there are. */
export async function insertEvents(
  db: Db,
  events: readonly Event[],
  ordinals: ReadonlyMap<ActionObservation, number>,
): Promise<void> {
  if (events.length === 0) return;
  const rows = events.map((event) => {
    const first = daysOf(event.from);
    const last = daysOf(event.to);
    const days = first && last ? sql`int4range(${first.first}, ${last.last}, '[]')` : sql`null::int4range`;
    return sql`(${event.id}, ${event.from}, ${event.to}, ${days}, ${JSON.stringify(event.types)}::jsonb,
                ${JSON.stringify(event.actorKeys)}::jsonb, ${JSON.stringify(event.targets)}::jsonb)`;
  });
  await sql`insert into events (id, from_date, to_date, days, types, actor_keys, targets)
            values ${sql.join(rows)}`.execute(db);
  const actions = events.flatMap((event) =>
    event.actions.map((action) => {
      const ordinal = ordinals.get(action);
      if (ordinal === undefined) throw new Error(`an action of event ${event.id} has no position in its report`);
      return { event_id: event.id, report_id: action.reportId, ordinal, action: JSON.stringify(action) };
    }),
  );
  for (const slice of slices(actions)) await db.insertInto("event_actions").values(slice).execute();
  const reports = events.flatMap((event) => event.reports.map((report_id) => ({ event_id: event.id, report_id })));
  for (const slice of slices(reports)) await db.insertInto("event_reports").values(slice).execute();
}
