// The dashboard: what the store holds, where the victims are (shaded) and which states sponsor the actors
// (marked), the latest events and the most reported actors.
import { api, type ActorProfile } from "../../api.ts";
import { Show, Title } from "../../components/status.tsx";
import { WorldMap, type MapVictim } from "../../components/world-map.tsx";
import { countryName } from "../../components/names.ts";
import { Link, paths } from "../../router.tsx";
import { useLoad } from "../../use-load.ts";

/** How many of the most reported actors the map sums over (one profile request each). */
const MAP_ACTORS = 15;

async function loadDashboard(signal: AbortSignal) {
  const [health, actors, events] = await Promise.all([
    api.health(signal),
    api.actors(1000, signal),
    api.events({ limit: 8 }, signal),
  ]);
  const profiles = await Promise.all(
    actors.actors.slice(0, MAP_ACTORS).map((a) => api.actor(a.key, signal).catch(() => null)),
  );
  const victims = new Map<string, MapVictim>();
  const sponsors = new Map<string, string>();
  for (const p of profiles.filter((x): x is ActorProfile => x !== null)) {
    for (const v of p.victim_countries) {
      if (!v.code) continue;
      const had = victims.get(v.code);
      victims.set(v.code, { name: v.name, count: (had?.count ?? 0) + v.reports });
    }
    for (const s of p.attributed_to) {
      if (typeof s.country === "string" && !s.negated) sponsors.set(s.country, countryName(s.country));
    }
  }
  for (const a of actors.actors) if (a.country && a.reports > 0) sponsors.set(a.country, countryName(a.country));
  return { health, actors, events, victims, sponsors };
}

export function Dashboard() {
  const loaded = useLoad(loadDashboard, []);
  return (
    <>
      <Title>Dashboard</Title>
      <h1>Dashboard</h1>
      <Show loaded={loaded}>
        {({ health, actors, events, victims, sponsors }) => (
          <>
            <ul className="counts" aria-label="What the store holds">
              <li>
                <strong>{health.store.reports}</strong> reports
              </li>
              <li>
                <strong>{actors.total}</strong> actors
              </li>
              <li>
                <strong>{events.total}</strong> events
              </li>
              <li>
                <strong>{health.store.claims}</strong> claims
              </li>
              <li>
                <strong>{victims.size}</strong> victim countries
              </li>
            </ul>
            {health.store.reports === 0 && (
              <p className="panel">
                The store is empty. <Link to="/ingest">Ingest a report</Link> or run <code>espial quickstart</code>.
              </p>
            )}
            <section aria-labelledby="d-map">
              <h2 id="d-map">Where the victims are</h2>
              <WorldMap
                label={`World map: ${victims.size} victim countries shaded, ${sponsors.size} sponsor states marked`}
                victims={victims}
                sponsors={sponsors}
              />
            </section>
            <div className="grid">
              <section className="panel" aria-labelledby="d-events">
                <h2 id="d-events">Latest events</h2>
                <ul className="plain">
                  {events.events.map((e) => (
                    <li key={e.id}>
                      <Link to={paths.event(e.id)}>
                        {e.from ?? "undated"} — {e.types.join(", ")}
                      </Link>
                      <div className="small muted">
                        {e.actors.map((a) => a.name).join(", ") || "no named actor"} · {e.reports} report
                        {e.reports === 1 ? "" : "s"}
                      </div>
                    </li>
                  ))}
                  {events.events.length === 0 && <li className="muted">No events yet.</li>}
                </ul>
                <Link to="/events">All events</Link>
              </section>
              <section className="panel" aria-labelledby="d-actors">
                <h2 id="d-actors">Most reported actors</h2>
                <table>
                  <thead>
                    <tr>
                      <th scope="col">Actor</th>
                      <th scope="col">Sponsor state</th>
                      <th scope="col">Reports</th>
                      <th scope="col" className="hide-narrow">
                        Mentions
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {actors.actors.slice(0, 10).map((a) => (
                      <tr key={a.key}>
                        <td>
                          <Link to={paths.actor(a.key)}>{a.name}</Link>
                        </td>
                        <td>{a.country ? countryName(a.country) : "—"}</td>
                        <td>{a.reports}</td>
                        <td className="hide-narrow">{a.mentions}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </section>
            </div>
          </>
        )}
      </Show>
    </>
  );
}
