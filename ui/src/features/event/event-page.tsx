// One event: its dates, types, actors and targets, each action as its report tells it (with the sentence,
// linked to the document), and every report that describes it.
import { api } from "../../api.ts";
import { Evidence } from "../../components/fact.tsx";
import { Show, Title } from "../../components/status.tsx";
import { Link, paths } from "../../router.tsx";
import { useLoad } from "../../use-load.ts";

export function EventPage({ id }: { id: string }) {
  const loaded = useLoad((signal) => api.event(id, signal), [id]);
  return (
    <Show loaded={loaded}>
      {(e) => {
        const dates = e.from === null ? "undated" : e.from === e.to || !e.to ? e.from : `${e.from} – ${e.to}`;
        return (
          <>
            <Title>{`${e.types.join(", ")} ${dates}`}</Title>
            <h1>
              {e.types.join(", ")} — {dates}
            </h1>
            <p>
              Actors:{" "}
              {e.actors.length === 0
                ? "none named"
                : e.actors.map((a, i) => (
                    <span key={a.key}>
                      {i > 0 && ", "}
                      <Link to={paths.actor(a.key)}>{a.name}</Link>
                    </span>
                  ))}
              <br />
              Against: {e.targets.join("; ") || "—"}
            </p>
            <section className="panel" aria-labelledby="e-actions">
              <h2 id="e-actions">Actions ({e.actions.length})</h2>
              <ul className="plain facts">
                {e.actions.map((a, i) => (
                  <li key={`${a.document}-${a.span.start}-${i}`}>
                    <strong>
                      {a.date ?? "undated"} {a.type}
                    </strong>{" "}
                    <span className="tag">{a.kind}</span>
                    <span className="tag">
                      {a.certainty}, {a.status}
                    </span>
                    {a.negated && <span className="tag">denied</span>}
                    {a.by.length > 0 && <span className="small"> by {a.by.join(", ")}</span>}
                    {a.against.length > 0 && <span className="small"> against {a.against.join(", ")}</span>}
                    {a.asserted_by && <span className="small muted"> per {a.asserted_by}</span>}
                    <Evidence
                      evidence={[{ document: a.document, ...a.span, sentence: a.evidence, copied_from: null }]}
                    />
                  </li>
                ))}
              </ul>
            </section>
            <section className="panel" aria-labelledby="e-reports">
              <h2 id="e-reports">Reports ({e.reports.length})</h2>
              <ul className="plain">
                {e.reports.map((r) => (
                  <li key={r.document}>
                    <Link to={paths.document(r.document)}>{r.title ?? r.origin}</Link>{" "}
                    <span className="small muted">{r.published ?? "undated"}</span>
                  </li>
                ))}
              </ul>
            </section>
          </>
        );
      }}
    </Show>
  );
}
