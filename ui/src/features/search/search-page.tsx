// Every result for a query: actors by any name, reports by title, and events naming a matched actor.
import { api } from "../../api.ts";
import { Show, Title } from "../../components/status.tsx";
import { Link, paths } from "../../router.tsx";
import { useLoad } from "../../use-load.ts";

export function SearchPage({ q }: { q: string }) {
  const loaded = useLoad(
    async (signal) => {
      if (!q.trim()) return null;
      const [result, events] = await Promise.all([api.search(q, 50, signal), api.events({ limit: 1000 }, signal)]);
      const keys = new Set(result.actors.map((a) => a.key));
      const words = q.toLowerCase();
      const matching = events.events.filter(
        (e) => e.actors.some((a) => keys.has(a.key)) || e.targets.some((t) => t.toLowerCase().includes(words)),
      );
      return { result, events: matching };
    },
    [q],
  );
  return (
    <>
      <Title>{`Search: ${q}`}</Title>
      <h1>Search: “{q}”</h1>
      <Show loaded={loaded}>
        {(found) =>
          !found ? (
            <p>Type a name in the search box: any alias, with typos (“stone panda”, “APT-10”, “atp10”).</p>
          ) : (
            <div className="grid">
              <section className="panel" aria-labelledby="s-actors">
                <h2 id="s-actors">Actors ({found.result.actors.length})</h2>
                <ul className="plain">
                  {found.result.actors.map((a) => (
                    <li key={a.key}>
                      <Link to={paths.actor(a.key)}>{a.name}</Link>{" "}
                      <span className="small muted">
                        matched “{a.matched}” ({a.how}) · {a.reports} reports
                        {a.in_catalogue ? "" : " · not in the catalogue"}
                      </span>
                    </li>
                  ))}
                </ul>
              </section>
              <section className="panel" aria-labelledby="s-reports">
                <h2 id="s-reports">Reports ({found.result.reports.length})</h2>
                <ul className="plain">
                  {found.result.reports.map((r) => (
                    <li key={r.id}>
                      <Link to={paths.document(r.id)}>{r.title ?? r.origin}</Link>{" "}
                      <span className="small muted">{r.published ?? "undated"}</span>
                    </li>
                  ))}
                </ul>
              </section>
              <section className="panel" aria-labelledby="s-events">
                <h2 id="s-events">Events ({found.events.length})</h2>
                <ul className="plain">
                  {found.events.map((e) => (
                    <li key={e.id}>
                      <Link to={paths.event(e.id)}>
                        {e.from ?? "undated"} {e.types.join(", ")}
                      </Link>{" "}
                      <span className="small muted">{e.actors.map((a) => a.name).join(", ")}</span>
                    </li>
                  ))}
                </ul>
              </section>
            </div>
          )
        }
      </Show>
    </>
  );
}
