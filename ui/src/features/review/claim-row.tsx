// One claim in the review queue: what it says, where it stands, its evidence sentences, and the analyst's
// decisions on it — accept, reject, or edit its values — each with a reason kept in the audit log.
import { useState, type FormEvent } from "react";
import { percent } from "../../components/status.tsx";
import { Link, paths } from "../../router.tsx";
import { errorText, review, type Claim, type ClaimEdit, type DecisionResult } from "./review-api.ts";

// Every value of each vocabulary: a key missing here fails the type-check when the API's list grows.
const PREDICATES = Object.keys({
  "named-as": 1,
  "attributed-to": 1,
  "part-of": 1,
  "employed-by": 1,
  "member-of": 1,
  targets: 1,
  "accessed-via": 1,
  "subject-of-action": 1,
  "active-during": 1,
  uses: 1,
  exploits: 1,
  indicates: 1,
} satisfies Record<Claim["predicate"], 1>) as Claim["predicate"][];
const CERTAINTIES = Object.keys({ alleged: 1, reported: 1, confirmed: 1 } satisfies Record<
  Claim["certainty"],
  1
>) as Claim["certainty"][];
const STATUSES = Object.keys({ expected: 1, announced: 1, done: 1 } satisfies Record<
  Claim["status"],
  1
>) as Claim["status"][];

/** The claim as it reads now: an edit in force over the report's own values. */
const current = (c: Claim) => ({
  predicate: c.edited?.predicate ?? c.predicate,
  certainty: c.edited?.certainty ?? c.certainty,
  status: c.edited?.status ?? c.status,
  negated: c.edited?.negated ?? c.negated,
});

function EditForm({ claim, why, onDone }: { claim: Claim; why: string; onDone: (p: Promise<DecisionResult>) => void }) {
  const now = current(claim);
  const [values, setValues] = useState(now);
  const changes: ClaimEdit = {
    ...(values.predicate !== now.predicate ? { predicate: values.predicate } : {}),
    ...(values.certainty !== now.certainty ? { certainty: values.certainty } : {}),
    ...(values.status !== now.status ? { status: values.status } : {}),
    ...(values.negated !== now.negated ? { negated: values.negated } : {}),
  };
  const changed = Object.keys(changes).length > 0;
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    onDone(review.edit(claim.id, changes, why.trim() || "edited in the review queue"));
  };
  const id = (field: string) => `edit-${field}-${claim.id}`;
  return (
    <form className="edit-claim" onSubmit={onSubmit} aria-label={`Edit claim ${claim.id}`}>
      <label htmlFor={id("predicate")}>Predicate</label>
      <select
        id={id("predicate")}
        value={values.predicate}
        onChange={(e) => setValues({ ...values, predicate: e.target.value as Claim["predicate"] })}
      >
        {PREDICATES.map((p) => (
          <option key={p}>{p}</option>
        ))}
      </select>
      <label htmlFor={id("certainty")}>Certainty</label>
      <select
        id={id("certainty")}
        value={values.certainty}
        onChange={(e) => setValues({ ...values, certainty: e.target.value as Claim["certainty"] })}
      >
        {CERTAINTIES.map((p) => (
          <option key={p}>{p}</option>
        ))}
      </select>
      <label htmlFor={id("status")}>Status</label>
      <select
        id={id("status")}
        value={values.status}
        onChange={(e) => setValues({ ...values, status: e.target.value as Claim["status"] })}
      >
        {STATUSES.map((p) => (
          <option key={p}>{p}</option>
        ))}
      </select>
      <label className="inline">
        <input
          type="checkbox"
          checked={values.negated}
          onChange={(e) => setValues({ ...values, negated: e.target.checked })}
        />{" "}
        Negated (the report says it did not happen)
      </label>
      <p>
        <button type="submit" disabled={!changed}>
          Save the edit
        </button>
      </p>
    </form>
  );
}

export function ClaimRow({ claim, onDecided }: { claim: Claim; onDecided: (result: DecisionResult) => void }) {
  const [why, setWhy] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // The edit form is built when opened: a queue of a hundred claims stays light to render and to read aloud.
  const [editing, setEditing] = useState(false);
  const run = (pending: Promise<DecisionResult>) => {
    setError(null);
    setBusy(true);
    pending.then(
      (result) => {
        setBusy(false);
        onDecided(result);
      },
      (e: unknown) => {
        setBusy(false);
        setError(errorText(e));
      },
    );
  };
  const decide = (verdict: "accept" | "reject") =>
    run(review.decide(claim.id, verdict, why.trim() || `${verdict}ed in the review queue`));
  const now = current(claim);
  const label = `${claim.subject.name} ${now.negated ? "not " : ""}${now.predicate} ${claim.object.name}`;
  return (
    <li data-claim={claim.id} data-review={claim.review}>
      <div>
        <strong>{claim.subject.name}</strong> — {now.negated ? "not " : ""}
        {now.predicate} → <strong>{claim.object.name}</strong> <span className="tag">{claim.review}</span>
        <span className="tag">
          {now.certainty}, {now.status}
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
        <button type="button" disabled={busy} onClick={() => decide("accept")} aria-label={`Accept: ${label}`}>
          Accept
        </button>{" "}
        <button
          type="button"
          disabled={busy}
          className="secondary"
          onClick={() => decide("reject")}
          aria-label={`Reject: ${label}`}
        >
          Reject
        </button>
      </div>
      <details onToggle={(e) => setEditing(e.currentTarget.open)}>
        <summary className="small">Edit: {label}</summary>
        {editing && <EditForm claim={claim} why={why} onDone={run} />}
      </details>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}
