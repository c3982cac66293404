// The audit log, newest first: who decided what, when and why, which decisions were undone — and an undo
// for each decision still in force (the log keeps both).
import { useState } from "react";
import { Show } from "../../components/status.tsx";
import { useLoad } from "../../use-load.ts";
import { errorText, review, summariseDecision, type DecisionResult } from "./review-api.ts";

const SHOWN = 20;

export function DecisionLog({ round, onDecided }: { round: number; onDecided: (result: DecisionResult) => void }) {
  const loaded = useLoad((signal) => review.decisions(SHOWN, signal), [round]);
  const [why, setWhy] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const undo = (decision: number) => {
    setError(null);
    setBusy(true);
    review.undo(decision, why.trim()).then(
      (result) => {
        setBusy(false);
        setWhy("");
        onDecided(result);
      },
      (e: unknown) => {
        setBusy(false);
        setError(errorText(e));
      },
    );
  };
  return (
    <section aria-labelledby="r-log">
      <h2 id="r-log">Decision log</h2>
      <label htmlFor="undo-why">Why undo (kept in the audit log)</label>
      <input id="undo-why" type="text" value={why} onChange={(e) => setWhy(e.target.value)} size={40} />
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <Show loaded={loaded}>
        {(log) => (
          <div className="scroll">
            <table data-testid="decision-log">
              <caption className="small muted">
                The latest {Math.min(SHOWN, log.decisions.length)} of {log.total} decisions
              </caption>
              <thead>
                <tr>
                  <th scope="col">#</th>
                  <th scope="col">When</th>
                  <th scope="col">Who</th>
                  <th scope="col">Decision</th>
                  <th scope="col">Why</th>
                  <th scope="col">In force</th>
                </tr>
              </thead>
              <tbody>
                {log.decisions.map((d) => (
                  <tr key={d.id} data-decision={d.id} data-kind={d.kind}>
                    <td>{d.id}</td>
                    <td>{d.created_at.slice(0, 16).replace("T", " ")}</td>
                    <td>{d.user}</td>
                    <td>
                      <span className="tag">{d.kind}</span> {summariseDecision(d)}
                    </td>
                    <td>{d.reason}</td>
                    <td>
                      {d.undone_by !== null ? (
                        `undone by ${d.undone_by}`
                      ) : d.kind === "undo" ? (
                        "yes"
                      ) : (
                        <button
                          type="button"
                          className="secondary"
                          disabled={busy || !why.trim()}
                          onClick={() => undo(d.id)}
                          aria-label={`Undo decision ${d.id}`}
                        >
                          Undo
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
                {log.decisions.length === 0 && (
                  <tr>
                    <td colSpan={6} className="muted">
                      No decision yet.
                    </td>
                  </tr>
                )}
              </tbody>
            </table>
          </div>
        )}
      </Show>
    </section>
  );
}
