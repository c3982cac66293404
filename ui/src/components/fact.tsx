// One fact as the analyst checks it: confidence, how many independent sources, and each citing sentence with
// its report — copied ones marked with where they came from. "Why" loads the confidence explained.
import { useState } from "react";
import { api, type FactView } from "../api.ts";
import { Link, paths } from "../router.tsx";
import { percent } from "./status.tsx";

export interface FactEvidence {
  readonly document: string;
  readonly start: number;
  readonly end: number;
  readonly sentence: string;
  readonly copied_from: string | null;
}

export interface FactSummary {
  readonly fact: string;
  readonly confidence: number;
  readonly independent_sources: number;
  readonly copies: number;
  readonly evidence: readonly FactEvidence[];
  /** How many sentences support it, when `evidence` holds only the first of them (an actor's profile). */
  readonly evidence_total?: number;
}

function Sentence({ e }: { e: FactEvidence }) {
  return (
    <li className={`sentence${e.copied_from ? " copied" : ""}`}>
      <Link to={paths.document(e.document, e)} className="cite" data-document={e.document}>
        “{e.sentence.replace(/\s+/g, " ").trim()}”
      </Link>{" "}
      <span className="small muted">— {e.document}</span>
      {e.copied_from && (
        <>
          {" "}
          <span className="tag copied">
            copied from <Link to={paths.document(e.copied_from)}>{e.copied_from}</Link>
          </span>
        </>
      )}
    </li>
  );
}

/**
 * The citing sentences: the first two shown, the others one click away. When the page holds only some of
 * them (`total` more than given), opening the rest reads the whole fact.
 */
export function Evidence({
  evidence,
  total = evidence.length,
  factId,
}: {
  evidence: readonly FactEvidence[];
  total?: number | undefined;
  factId?: string;
}) {
  const key = (e: FactEvidence) => `${e.document}:${e.start}`;
  const shown = evidence.slice(0, 2);
  const [all, setAll] = useState<readonly FactEvidence[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const seen = new Set(shown.map(key));
  const more = (all ?? evidence).filter((e) => !seen.has(key(e)));
  const hidden = Math.max(total, evidence.length) - shown.length;
  const open = (event: React.SyntheticEvent<HTMLDetailsElement>) => {
    if (!event.currentTarget.open || all || !factId || total <= evidence.length) return;
    api.fact(factId).then(
      (f) => setAll(f.evidence),
      (e: unknown) => setError((e as Error).message),
    );
  };
  return (
    <>
      <ul className="plain evidence">
        {shown.map((e) => (
          <Sentence key={key(e)} e={e} />
        ))}
      </ul>
      {hidden > 0 && (
        <details onToggle={open}>
          <summary className="small">
            {hidden} more sentence{hidden === 1 ? "" : "s"}
          </summary>
          <ul className="plain evidence">
            {more.map((e) => (
              <Sentence key={key(e)} e={e} />
            ))}
          </ul>
          {error && <p className="error">{error}</p>}
          {!all && !error && total > evidence.length && <p className="small muted">Loading the rest…</p>}
        </details>
      )}
    </>
  );
}

function Why({ id }: { id: string }) {
  const [fact, setFact] = useState<FactView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const toggle = () => {
    setOpen(!open);
    if (!fact && !open) api.fact(id).then(setFact, (e: unknown) => setError((e as Error).message));
  };
  return (
    <>
      <button type="button" className="secondary small" aria-expanded={open} onClick={toggle}>
        Why this confidence?
      </button>
      {open && (
        <div className="small" role="region" aria-label="Confidence explained">
          {error && <p className="error">{error}</p>}
          {!fact && !error && <p className="muted">Loading…</p>}
          {fact && (
            <table>
              <tbody>
                {fact.explanation.map((c, i) => (
                  <tr key={`${c.factor}-${i}`}>
                    <td>{c.factor}</td>
                    <td>{c.value}</td>
                    <td>{c.why}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {fact?.contradicted_by && <p>Contradicted by {fact.contradicted_by}.</p>}
        </div>
      )}
    </>
  );
}

/** The confidence line and evidence of a fact; `children` says what the fact is. */
export function FactBlock({ fact, children }: { fact: FactSummary; children: React.ReactNode }) {
  return (
    <li className="fact" data-fact={fact.fact}>
      <div>
        {children}{" "}
        <span className="tag" title="Confidence fused from independent sources">
          confidence {percent(fact.confidence)}
        </span>
        <span className="tag">
          {fact.independent_sources} independent source{fact.independent_sources === 1 ? "" : "s"}
        </span>
        {fact.copies > 0 && <span className="tag copied">{fact.copies} copied, not counted</span>}{" "}
        <Why id={fact.fact} />
      </div>
      <Evidence evidence={fact.evidence} total={fact.evidence_total} factId={fact.fact} />
    </li>
  );
}
