// Events: one happening, however many actions and reports describe it. Two actions belong together when
//   - both are dated (to the day or month), within ±7 days of each other, and they share a threat actor or
//     a target ("APT10", "China"); or
//   - either is undated (or dated only to the year), they come from the same report and share a target, or
//     one of them names no party at all ("Sanctions are also expected") and stands within a few sentences
//     of the other: an action without parties is elliptical and refers to the story around it.
// An event is a connected group under that relation. Sharing only the acting government is not enough: the
// same government indicts, sanctions and arrests in unrelated cases the same week.
import { createHash } from "node:crypto";
import type { ActionFinding, ActionType } from "../../core/index.ts";
import { datesWithin, dayRange } from "./event-dates.ts";
import { sharesTarget, targetWords } from "./event-targets.ts";

/** An action as read in one report, with the threat actors it concerns (named in its sentence or target). */
export interface ActionObservation extends ActionFinding {
  readonly reportId: string;
  readonly actorKeys: readonly string[];
}

export interface Event {
  readonly id: string;
  readonly actions: readonly ActionObservation[];
  readonly reports: readonly string[];
  readonly actorKeys: readonly string[];
  /** Targets as the texts name them, each once. */
  readonly targets: readonly string[];
  readonly types: readonly ActionType[];
  /** Earliest and latest dates of its dated actions. */
  readonly from: string | null;
  readonly to: string | null;
}

/** The days ±window within which dated actions of one event fall. */
export const EVENT_WINDOW_DAYS = 7;
/** How near (in characters between evidence sentences) an action naming no party must be to join another. */
export const ELLIPSIS_REACH = 600;

const namesNoParty = (a: ActionObservation) => a.against.length === 0 && a.actorKeys.length === 0;

/** Whether two actions describe one happening. */
export function belongTogether(a: ActionObservation, b: ActionObservation): boolean {
  const da = dayRange(a.date);
  const db = dayRange(b.date);
  const targets = sharesTarget(a.against.map(targetWords), b.against.map(targetWords));
  if (da && db) {
    const actors = a.actorKeys.some((k) => b.actorKeys.includes(k));
    return datesWithin(da, db, EVENT_WINDOW_DAYS) && (actors || targets);
  }
  if (a.reportId !== b.reportId) return false;
  const gap = Math.max(a.evidence.start, b.evidence.start) - Math.min(a.evidence.end, b.evidence.end);
  return targets || ((namesNoParty(a) || namesNoParty(b)) && gap <= ELLIPSIS_REACH);
}

const unique = <T>(items: readonly T[]) => [...new Set(items)];

function eventOf(id: string, actions: readonly ActionObservation[]): Event {
  const dated = actions.map((a) => a.date).filter((d): d is string => d !== null && dayRange(d) !== null);
  const sorted = [...dated].sort();
  return Object.freeze({
    id,
    actions: Object.freeze([...actions]),
    reports: unique(actions.map((a) => a.reportId)),
    actorKeys: unique(actions.flatMap((a) => a.actorKeys)),
    targets: unique(actions.flatMap((a) => a.against)),
    types: unique(actions.map((a) => a.type)),
    from: sorted[0] ?? null,
    to: sorted[sorted.length - 1] ?? null,
  });
}

const idFor = (a: ActionObservation) =>
  `event-${createHash("sha256")
    .update(`${a.reportId}|${a.evidence.start}|${a.evidence.end}|${a.kind}|${a.against.join(",")}`)
    .digest("hex")
    .slice(0, 16)}`;

const KEYS = new WeakMap<ActionObservation, readonly string[]>();

/** Keys under which an action can meet another: its actors, its target words, its report (made once per action). */
function meetingKeys(a: ActionObservation): readonly string[] {
  const known = KEYS.get(a);
  if (known) return known;
  const keys = [
    ...a.actorKeys.map((k) => `a:${k}`),
    ...a.against.flatMap((t) => [...targetWords(t)].map((w) => `t:${w}`)),
    `r:${a.reportId}`,
  ];
  KEYS.set(a, keys);
  return keys;
}

/**
 * Adds actions to a list of events: each joins every event it belongs with (merging them, the oldest
 * event's id kept) or starts its own. Events untouched by the new actions are returned as they were, and
 * only events that share an actor, a target word or a report with a new action are examined.
 */
export function addToEvents(events: readonly Event[], newActions: readonly ActionObservation[]): Event[] {
  const out: (Event | null)[] = [...events];
  const byKey = new Map<string, Set<number>>();
  const remember = (event: Event, i: number) => {
    for (const action of event.actions)
      for (const key of meetingKeys(action)) {
        const seen = byKey.get(key);
        if (seen) seen.add(i);
        else byKey.set(key, new Set([i]));
      }
  };
  out.forEach((event, i) => event && remember(event, i));
  for (const action of newActions) {
    const candidates = new Set<number>();
    for (const key of meetingKeys(action)) for (const i of byKey.get(key) ?? []) candidates.add(i);
    const linked = [...candidates]
      .filter((i) => out[i]?.actions.some((other) => belongTogether(action, other)))
      .sort((x, y) => x - y);
    const first = linked[0];
    const merged = linked.flatMap((i) => out[i]?.actions ?? []);
    const event = eventOf(first === undefined ? idFor(action) : (out[first]?.id ?? idFor(action)), [...merged, action]);
    for (const i of linked) out[i] = null;
    const at = first ?? out.length;
    out[at] = event;
    remember(event, at);
  }
  return out.filter((e): e is Event => e !== null);
}

/** Groups actions into events. */
export function groupEvents(actions: readonly ActionObservation[]): Event[] {
  return addToEvents([], actions);
}
