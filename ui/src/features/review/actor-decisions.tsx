// Decisions on actors: merge one actor into another (its reports, names and facts then read as the other's),
// or separate a merged actor again. Actors go by any of their names; the reason is kept in the audit log.
import { useState, type FormEvent } from "react";
import { errorText, review, type DecisionResult } from "./review-api.ts";

type Verb = "merge" | "split";

const TEXT = {
  merge: {
    title: "Merge two actors",
    first: "Actor that remains (any name)",
    second: "Actor merged into it (any name)",
    submit: "Merge",
  },
  split: {
    title: "Separate a merged actor",
    first: "Actor others were merged into",
    second: "Actor to separate from it",
    submit: "Separate",
  },
} as const satisfies Record<Verb, Record<string, string>>;

function ActorForm({ verb, onDecided }: { verb: Verb; onDecided: (result: DecisionResult) => void }) {
  const [first, setFirst] = useState("");
  const [second, setSecond] = useState("");
  const [why, setWhy] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const text = TEXT[verb];
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setBusy(true);
    const pending =
      verb === "merge"
        ? review.merge(first.trim(), second.trim(), why.trim())
        : review.split(first.trim(), second.trim(), why.trim());
    pending.then(
      (result) => {
        setBusy(false);
        setWhy("");
        onDecided(result);
      },
      (err: unknown) => {
        setBusy(false);
        setError(errorText(err));
      },
    );
  };
  const id = (field: string) => `${verb}-${field}`;
  return (
    <form className="panel" onSubmit={onSubmit} aria-labelledby={id("title")}>
      <h3 id={id("title")}>{text.title}</h3>
      <label htmlFor={id("first")}>{text.first}</label>
      <input id={id("first")} type="text" required value={first} onChange={(e) => setFirst(e.target.value)} />
      <label htmlFor={id("second")}>{text.second}</label>
      <input id={id("second")} type="text" required value={second} onChange={(e) => setSecond(e.target.value)} />
      <label htmlFor={id("why")}>Why (kept in the audit log)</label>
      <input id={id("why")} type="text" required value={why} onChange={(e) => setWhy(e.target.value)} size={40} />
      <p>
        <button type="submit" disabled={busy || !first.trim() || !second.trim() || !why.trim()}>
          {text.submit}
        </button>
      </p>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

export function ActorDecisions({ onDecided }: { onDecided: (result: DecisionResult) => void }) {
  return (
    <section aria-labelledby="r-actors">
      <h2 id="r-actors">Actors</h2>
      <div className="grid">
        <ActorForm verb="merge" onDecided={onDecided} />
        <ActorForm verb="split" onDecided={onDecided} />
      </div>
    </section>
  );
}
