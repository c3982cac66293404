// A stored report: its source, versions, the text with its highlights, the claims read in it and the
// passages it copied or that others copied from it.
import { api } from "../../api.ts";
import { Show, Title } from "../../components/status.tsx";
import { Link, navigate, paths } from "../../router.tsx";
import { useLoad } from "../../use-load.ts";
import { CopiedPassages, DocumentText } from "./document-text.tsx";

const LEGEND = [
  ["ent-actor", "actor"],
  ["ent-sponsor", "sponsor"],
  ["ent-person", "person"],
  ["ent-country", "victim"],
  ["claim", "claim sentence"],
  ["copied", "copied passage"],
] as const;

export function DocumentPage({ id, focus }: { id: string; focus: { start: number; end: number } | null }) {
  const loaded = useLoad((signal) => api.document(id, signal), [id]);
  return (
    <Show loaded={loaded}>
      {(doc) => (
        <>
          <Title>{doc.source.title ?? doc.id}</Title>
          <h1>{doc.source.title ?? doc.source.origin}</h1>
          <p className="muted small">
            {doc.id} · published {doc.source.published ?? "undated"}
            {doc.source.outlet && ` · ${doc.source.outlet}`} · {doc.source.kind} · TLP:{doc.source.tlp.toUpperCase()} ·
            ingested {doc.ingested_at.slice(0, 10)}
            {doc.source.url && (
              <>
                {" "}
                · source: <span className="url">{doc.source.url}</span>
              </>
            )}
          </p>
          {doc.versions.length > 1 && (
            <p className="small">
              Versions:{" "}
              {doc.versions.map((v) => (
                <span key={v.document}>
                  {v.document === doc.id ? (
                    <strong>v{v.version}</strong>
                  ) : (
                    <Link to={paths.document(v.document)}>v{v.version}</Link>
                  )}
                  {v.latest ? " (latest)" : ""}{" "}
                </span>
              ))}
            </p>
          )}
          {doc.duplicates.length > 0 && (
            <p className="small">
              {doc.duplicates.map((d) => (
                <span key={`${d.copy}-${d.source}`}>
                  {d.copy === doc.id ? "Duplicates " : "Duplicated by "}
                  <Link to={paths.document(d.copy === doc.id ? d.source : d.copy)}>
                    {d.copy === doc.id ? d.source : d.copy}
                  </Link>{" "}
                  ({Math.round(d.similarity * 100)}%){" "}
                </span>
              ))}
            </p>
          )}
          <p className="doc-legend small" aria-label="Highlight legend">
            {LEGEND.map(([cls, label]) => (
              <span key={cls} className={cls.startsWith("ent") ? `ent ${cls}` : cls}>
                {label}
              </span>
            ))}
          </p>
          <DocumentText doc={doc} focus={focus} />
          <CopiedPassages doc={doc} />
          <section className="panel" aria-labelledby="d-claims">
            <h2 id="d-claims">What the text claims ({doc.claims.length})</h2>
            <ul className="plain">
              {doc.claims.map((c, i) => (
                <li key={`${c.start}-${i}`}>
                  <button
                    type="button"
                    className="secondary"
                    onClick={() => navigate(paths.document(doc.id, c), { replace: true })}
                  >
                    Show
                  </button>{" "}
                  {c.subject} — {c.negated ? "not " : ""}
                  {c.predicate} → {c.object}
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </Show>
  );
}
