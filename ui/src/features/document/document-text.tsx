// The text as ingested, with every recognised entity and claim highlighted, copied passages marked with their
// origin and the focused sentence (from a fact's evidence) in a <mark>. Text nodes only: whatever markup the
// source held is shown as characters and never parsed.
import { useEffect, useRef } from "react";
import type { DocumentView } from "../../api.ts";
import { Link, paths } from "../../router.tsx";
import { runsOf, type ClaimSpan, type CopySpan, type EntitySpan, type Run } from "./highlight.ts";

function RunView({ run }: { run: Run }) {
  const classes = [run.claims.length > 0 ? "claim" : "", run.copy ? "copied" : ""].filter(Boolean).join(" ");
  const titles = [...run.claims.map((c) => `claim: ${c.label}`), run.copy ? `copied from ${run.copy.from}` : ""].filter(
    Boolean,
  );
  let inner: React.ReactNode = run.text;
  if (run.entity) {
    const e = run.entity;
    const title = `${e.kind}: ${e.name}`;
    inner =
      e.kind === "actor" && e.key ? (
        <Link to={paths.actor(e.key)} className={`ent ent-${e.kind}`} title={title}>
          {run.text}
        </Link>
      ) : (
        <span className={`ent ent-${e.kind}`} title={title} data-kind={e.kind}>
          {run.text}
        </span>
      );
  }
  if (!classes) return <>{inner}</>;
  return (
    <span className={classes} title={titles.join("\n") || undefined}>
      {inner}
    </span>
  );
}

export function DocumentText(props: { doc: DocumentView; focus: { start: number; end: number } | null }) {
  const { doc, focus } = props;
  const marks = {
    entities: doc.entities as readonly EntitySpan[],
    claims: doc.claims.map<ClaimSpan>((c) => ({
      start: c.start,
      end: c.end,
      label: `${c.subject} ${c.negated ? "not " : ""}${c.predicate} ${c.object}`,
    })),
    copies: doc.copied_passages.map<CopySpan>((p) => ({ start: p.span.start, end: p.span.end, from: p.from.document })),
  };
  const n = doc.text.length;
  const f = focus && focus.start >= 0 && focus.end <= n && focus.end > focus.start ? focus : null;
  const focused = useRef<HTMLElement>(null);
  useEffect(() => {
    focused.current?.scrollIntoView({ block: "center" });
  }, [f?.start, f?.end]);
  const part = (from: number, to: number) =>
    runsOf(doc.text, from, to, marks).map((r) => <RunView key={r.start} run={r} />);
  return (
    <div className="doc-text" data-testid="document-text">
      {f ? (
        <>
          {part(0, f.start)}
          <mark className="focus" id="focus" ref={focused} tabIndex={-1} aria-label="The cited sentence">
            {part(f.start, f.end)}
          </mark>
          {part(f.end, n)}
        </>
      ) : (
        part(0, n)
      )}
    </div>
  );
}

export function CopiedPassages({ doc }: { doc: DocumentView }) {
  if (doc.copied_passages.length === 0 && doc.copied_by.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="d-copies">
      <h2 id="d-copies">Copied passages</h2>
      <ul className="plain">
        {doc.copied_passages.map((p) => (
          <li key={`f-${p.span.start}`}>
            <Link to={paths.document(doc.id, p.span)}>
              Here [{p.span.start}, {p.span.end})
            </Link>{" "}
            copied from <Link to={paths.document(p.from.document, p.from.span)}>{p.from.document}</Link>{" "}
            <span className="small muted">
              {Math.round(p.similarity * 100)}% similar{p.exact ? ", exact" : ""}
            </span>
          </li>
        ))}
        {doc.copied_by.map((p) => (
          <li key={`b-${p.copy}-${p.span.start}`}>
            <Link to={paths.document(doc.id, p.from.span)}>
              Here [{p.from.span.start}, {p.from.span.end})
            </Link>{" "}
            copied by <Link to={paths.document(p.copy, p.span)}>{p.copy}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
