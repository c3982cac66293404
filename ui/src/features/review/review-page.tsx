// The review page: the claims read in the reports, newest first, filtered by actor and status — accept,
// reject or edit each with a reason; merge two actors or separate them again; and the audit log with an
// undo for each decision in force. Each write shows what it did, and the queue and log reload at once.
import { useState } from "react";
import { ApiError } from "../../api.ts";
import { Show, Title } from "../../components/status.tsx";
import { TokenField } from "../../components/token-field.tsx";
import { useLoad } from "../../use-load.ts";
import { ActorDecisions } from "./actor-decisions.tsx";
import { ClaimRow } from "./claim-row.tsx";
import { DecisionLog } from "./decision-log.tsx";
import { REVIEW_FILTERS, describeResult, review, type DecisionResult, type ReviewFilter } from "./review-api.ts";

/** Claims shown at first, and added by each "show more". */
const PAGE = 25;

export function ReviewPage() {
  const [actor, setActor] = useState("");
  const [status, setStatus] = useState<ReviewFilter>("pending");
  const [limit, setLimit] = useState(PAGE);
  const [round, setRound] = useState(0);
  const [last, setLast] = useState<DecisionResult | null>(null);
  const loaded = useLoad(
    (signal) =>
      review.claims({ actor, status, limit }, signal).catch((e: unknown) => {
        if (e instanceof ApiError && e.status === 404 && e.message.startsWith("no route"))
          throw new Error("This server has no review API yet.");
        throw e;
      }),
    [actor, status, limit, round],
  );
  const onDecided = (result: DecisionResult) => {
    setLast(result);
    setRound((r) => r + 1);
  };
  return (
    <>
      <Title>Review</Title>
      <h1>Review</h1>
      <TokenField />
      <div role="status" aria-live="polite" data-testid="review-result">
        {last && <p className="panel result">{describeResult(last)}</p>}
      </div>
      <form className="panel" onSubmit={(e) => e.preventDefault()} aria-label="Filter the claims">
        <label htmlFor="r-actor">Actor (any name)</label>
        <input
          id="r-actor"
          type="search"
          value={actor}
          onChange={(e) => {
            setActor(e.target.value);
            setLimit(PAGE);
          }}
        />
        <label htmlFor="r-status">Status</label>
        <select
          id="r-status"
          value={status}
          onChange={(e) => {
            setStatus(e.target.value as ReviewFilter);
            setLimit(PAGE);
          }}
        >
          {REVIEW_FILTERS.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </form>
      <Show loaded={loaded}>
        {(list) => (
          <section aria-labelledby="r-claims">
            <h2 id="r-claims">
              Claims ({list.claims.length} of {list.total})
            </h2>
            <ul className="plain facts">
              {list.claims.map((c) => (
                <ClaimRow key={c.id} claim={c} onDecided={onDecided} />
              ))}
              {list.claims.length === 0 && <li className="muted">No claim to show.</li>}
            </ul>
            {list.claims.length < list.total && (
              <p>
                <button type="button" className="secondary" onClick={() => setLimit(limit + PAGE)}>
                  Show {Math.min(PAGE, list.total - list.claims.length)} more claims
                </button>
              </p>
            )}
          </section>
        )}
      </Show>
      <ActorDecisions onDecided={onDecided} />
      <DecisionLog round={round} onDecided={onDecided} />
    </>
  );
}
