// The stored reports, newest ingested first.
import { api } from "../../api.ts";
import { Show, Title } from "../../components/status.tsx";
import { Link, paths } from "../../router.tsx";
import { useLoad } from "../../use-load.ts";

export function DocumentsPage() {
  const loaded = useLoad((signal) => api.reports(1000, signal), []);
  return (
    <>
      <Title>Documents</Title>
      <h1>Documents</h1>
      <Show loaded={loaded}>
        {(list) => (
          <table>
            <thead>
              <tr>
                <th scope="col">Title</th>
                <th scope="col">Published</th>
                <th scope="col" className="hide-narrow">
                  Ingested
                </th>
              </tr>
            </thead>
            <tbody>
              {list.reports.map((r) => (
                <tr key={r.id}>
                  <td>
                    <Link to={paths.document(r.id)}>{r.title ?? r.origin}</Link>
                  </td>
                  <td>{r.published ?? "undated"}</td>
                  <td className="hide-narrow">{r.ingested_at.slice(0, 10)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Show>
    </>
  );
}
