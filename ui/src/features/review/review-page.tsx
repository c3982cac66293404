// The review queue: the claims read in the reports, newest first, filtered by actor and status; accept,
// reject or edit each with a reason (audited with the user and time, and reflected at once in the pages).
import { useState } from "react";
import type { z } from "zod";
import type { reviewClaimListSchema } from "../../../../src/api/review/schema.ts";
import { ApiError, get, post } from "../../api.ts";
import { Show, Title, percent } from "../../components/status.tsx";
import { TokenField } from "../../components/token-field.tsx";
import { Link, paths } from "../../router.tsx";
import { readToken } from "../../token.ts";
import { useLoad } from "../../use-load.ts";

type ClaimList = z.infer<typeof reviewClaimListSchema>;
type Claim = ClaimList["claims"][number];
const STATUSES = ["pending", "accepted", "rejected", "edited", "all"] as const;

function ClaimRow({ claim, onDecided }: { claim: Claim; onDecided: () => void }) {
  const [why, setWhy] = useState("");
  const [error, setError] = useState<string | null>(null);
  const decide = (verdict: "accept" | "reject") => {
    setError(null);
    post(
      `/review/claims/${encodeURIComponent(claim.id)}/${verdict}`,
      JSON.stringify({ why: why.trim() || `${verdict}ed in the review queue` }),
      "application/json",
      readToken(),
    ).then(onDecided, (e: unknown) => setError(e instanceof ApiError ? `${e.message} (${e.code})` : String(e)));
  };
  const label = `${claim.subject.name} ${claim.negated ? "not " : ""}${claim.predicate} ${claim.object.name}`;
  return (
    <li data-claim={claim.id}>
      <div>
        <strong>{claim.subject.name}</strong> — {claim.negated ? "not " : ""}
        {claim.predicate} → <strong>{claim.object.name}</strong> <span className="tag">{claim.review}</span>
        <span className="tag">
          {claim.certainty}, {claim.status}
        </span>
        <span className="tag">confidence {percent(claim.confidence)}</span>
      </div>
      <ul className="plain evidence">
        {claim.evidence.map((e) => (
          <li key={e.start} className="sentence">
            <Link to={paths.document(claim.report, e)}>“{e.sentence.replace(/\s+/g, " ").trim()}”</Link>{" "}
            <span className="small muted">— {claim.title ?? claim.report}</span>
          </li>
        ))}
      </ul>
      {claim.decision && (
        <p className="small muted">
          {claim.review} by {claim.decision.user} on {claim.decision.created_at.slice(0, 10)}: {claim.decision.reason}
        </p>
      )}
      <div>
        <label htmlFor={`why-${claim.id}`} className="small">
          Reason (kept in the audit log)
        </label>
        <input id={`why-${claim.id}`} type="text" value={why} onChange={(e) => setWhy(e.target.value)} size={40} />{" "}
        <button type="button" onClick={() => decide("accept")} aria-label={`Accept: ${label}`}>
          Accept
        </button>{" "}
        <button type="button" className="secondary" onClick={() => decide("reject")} aria-label={`Reject: ${label}`}>
          Reject
        </button>
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}

export function ReviewPage() {
  const [actor, setActor] = useState("");
  const [status, setStatus] = useState<(typeof STATUSES)[number]>("pending");
  const [round, setRound] = useState(0);
  const loaded = useLoad(
    (signal) => {
      const params = new URLSearchParams({ limit: "100" });
      if (actor.trim()) params.set("actor", actor.trim());
      if (status !== "all") params.set("status", status);
      return get<ClaimList>(`/review/claims?${params}`, signal).catch((e: unknown) => {
        if (e instanceof ApiError && e.status === 404 && e.message.startsWith("no route"))
          throw new Error("This server has no review API yet.");
        throw e;
      });
    },
    [actor, status, round],
  );
  return (
    <>
      <Title>Review</Title>
      <h1>Review queue</h1>
      <TokenField />
      <form className="panel" onSubmit={(e) => e.preventDefault()} aria-label="Filter the claims">
        <label htmlFor="r-actor">Actor (any name)</label>
        <input id="r-actor" type="search" value={actor} onChange={(e) => setActor(e.target.value)} />
        <label htmlFor="r-status">Status</label>
        <select id="r-status" value={status} onChange={(e) => setStatus(e.target.value as (typeof STATUSES)[number])}>
          {STATUSES.map((s) => (
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
                <ClaimRow key={c.id} claim={c} onDecided={() => setRound((r) => r + 1)} />
              ))}
            </ul>
          </section>
        )}
      </Show>
    </>
  );
}
