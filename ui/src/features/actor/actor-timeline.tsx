// The actor's timeline: periods of activity and legal or diplomatic actions, then each as a fact with its
// evidence, and the events the actions belong to.
import type { ActorProfile, EventList } from "../../api.ts";
import { FactBlock } from "../../components/fact.tsx";
import { Timeline, type TimelineEntry } from "../../components/timeline.tsx";
import { Link, paths } from "../../router.tsx";

const list = (v: string | number | boolean | null | undefined) => (v === null || v === undefined ? "" : String(v));

export function ActorTimeline({ profile, events }: { profile: ActorProfile; events: EventList["events"] }) {
  const entries: TimelineEntry[] = [
    ...profile.periods.flatMap((p) =>
      typeof p.from === "string"
        ? [{ kind: "period" as const, from: p.from, to: typeof p.to === "string" ? p.to : null, label: "active" }]
        : [],
    ),
    ...profile.actions.flatMap((a) =>
      typeof a.date === "string"
        ? [
            {
              kind: "action" as const,
              from: a.date,
              to: null,
              label: `${list(a.type)}${a.negated ? " (denied)" : ""}`,
              detail: (
                <span className="small muted">
                  {a.status}
                  {list(a.by) && ` · by ${list(a.by)}`}
                  {list(a.against) && ` · against ${list(a.against)}`}
                </span>
              ),
            },
          ]
        : [],
    ),
    // Events its reports tell that name no actor (an indictment of its members by name): shown, and marked so.
    ...events.flatMap((e) =>
      e.relation === "in-actor-reports" && e.from
        ? [
            {
              kind: "action" as const,
              from: e.from,
              to: null,
              label: e.types.join(", "),
              detail: (
                <span className="small muted">
                  told in its reports, no actor named · <Link to={paths.event(e.id)}>the event</Link>
                </span>
              ),
            },
          ]
        : [],
    ),
  ];
  return (
    <section aria-labelledby="a-timeline">
      <h2 id="a-timeline">Timeline</h2>
      <div className="panel">
        <Timeline entries={entries} label={`Timeline of ${profile.name}: periods of activity and actions`} />
      </div>
      <div className="grid">
        <section className="panel" aria-labelledby="a-actions">
          <h3 id="a-actions">Legal and diplomatic actions ({profile.actions.length})</h3>
          <ul className="plain facts">
            {profile.actions.map((a) => (
              <FactBlock key={a.fact} fact={a}>
                <strong>
                  {list(a.date) || "undated"} {list(a.type)}
                </strong>{" "}
                <span className="tag">
                  {a.certainty}, {a.status}
                </span>
                {list(a.by) && <span className="small"> by {list(a.by)}</span>}
              </FactBlock>
            ))}
          </ul>
        </section>
        <section className="panel" aria-labelledby="a-periods">
          <h3 id="a-periods">Periods of activity ({profile.periods.length})</h3>
          <ul className="plain facts">
            {profile.periods.map((p) => (
              <FactBlock key={p.fact} fact={p}>
                <strong>
                  {list(p.from)} – {list(p.to) || "…"}
                </strong>
              </FactBlock>
            ))}
          </ul>
          <h3>Events</h3>
          <ul className="plain">
            {events.map((e) => (
              <li key={e.id}>
                <Link to={paths.event(e.id)}>
                  {e.from ?? "undated"} {e.types.join(", ")}
                </Link>{" "}
                <span className="small muted">
                  {e.reports} report{e.reports === 1 ? "" : "s"}
                  {e.relation === "in-actor-reports" ? " · told in its reports, no actor named" : ""}
                </span>
              </li>
            ))}
            {events.length === 0 && <li className="muted">No events.</li>}
          </ul>
        </section>
      </div>
    </section>
  );
}
