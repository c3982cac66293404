// Every event, latest first.
import { api } from "../../api.ts";
import { Show, Title } from "../../components/status.tsx";
import { Link, paths } from "../../router.tsx";
import { useLoad } from "../../use-load.ts";

export function EventsPage() {
  const loaded = useLoad((signal) => api.events({ limit: 1000 }, signal), []);
  return (
    <>
      <Title>Events</Title>
      <h1>Events</h1>
      <Show loaded={loaded}>
        {(list) => (
          <table>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">What</th>
                <th scope="col">Actors</th>
                <th scope="col" className="hide-narrow">
                  Reports
                </th>
              </tr>
            </thead>
            <tbody>
              {list.events.map((e) => (
                <tr key={e.id}>
                  <td>{e.from ?? "undated"}</td>
                  <td>
                    <Link to={paths.event(e.id)}>{e.types.join(", ")}</Link>
                  </td>
                  <td>{e.actors.map((a) => a.name).join(", ") || "—"}</td>
                  <td className="hide-narrow">{e.reports}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Show>
    </>
  );
}
