// The review API as the review page calls it: the queue of claims, decisions on claims and on actors, undo,
// and the audit log. Writes carry the tab's bearer token; the wire types come from the API's schemas.
import type { z } from "zod";
import type {
  claimEditSchema,
  decisionListSchema,
  decisionResultSchema,
  reviewClaimListSchema,
} from "../../../../src/api/review/schema.ts";
import type { DecisionPayload } from "../../../../src/review/decisions.ts";
import { ApiError, get, post } from "../../api.ts";
import { readToken } from "../../token.ts";

export type ClaimList = z.infer<typeof reviewClaimListSchema>;
export type Claim = ClaimList["claims"][number];
export type ClaimEdit = z.infer<typeof claimEditSchema>;
export type DecisionList = z.infer<typeof decisionListSchema>;
export type Decision = DecisionList["decisions"][number];
export type DecisionResult = z.infer<typeof decisionResultSchema>;

export const REVIEW_FILTERS = ["pending", "accepted", "rejected", "edited", "all"] as const;
export type ReviewFilter = (typeof REVIEW_FILTERS)[number];

const write = (path: string, body: object) =>
  post<DecisionResult>(path, JSON.stringify(body), "application/json", readToken());
const claimPath = (claim: string, verb: string) => `/review/claims/${encodeURIComponent(claim)}/${verb}`;

export const review = {
  claims: (query: { actor: string; status: ReviewFilter; limit: number }, signal?: AbortSignal) => {
    const params = new URLSearchParams({ limit: String(query.limit) });
    if (query.actor.trim()) params.set("actor", query.actor.trim());
    if (query.status !== "all") params.set("status", query.status);
    return get<ClaimList>(`/review/claims?${params}`, signal);
  },
  decisions: (limit: number, signal?: AbortSignal) => get<DecisionList>(`/review/decisions?limit=${limit}`, signal),
  decide: (claim: string, verdict: "accept" | "reject", why: string) => write(claimPath(claim, verdict), { why }),
  edit: (claim: string, changes: ClaimEdit, why: string) => write(claimPath(claim, "edit"), { why, changes }),
  merge: (into: string, from: string, why: string) => write("/review/merges", { into, from, why }),
  split: (actor: string, from: string, why: string) => write("/review/splits", { actor, from, why }),
  undo: (decision: number, why: string) => write(`/review/decisions/${decision}/undo`, { why }),
};

/** An error as the page shows it: the API's message and code, or the browser's. */
export const errorText = (e: unknown): string =>
  e instanceof ApiError ? `${e.message} (${e.code})` : e instanceof Error ? e.message : String(e);

type Payload<K extends Decision["kind"]> = DecisionPayload<K>;

/** What a decision did, in a few words (the payload was checked by the server when it was recorded). */
export function summariseDecision(d: Decision): string {
  switch (d.kind) {
    case "accept-claim":
    case "reject-claim":
    case "edit-claim": {
      const { claim } = d.payload as Payload<"accept-claim">;
      return `${claim.subject.name} ${claim.predicate} ${claim.object.name}`;
    }
    case "merge-actors": {
      const { from, into } = d.payload as Payload<"merge-actors">;
      return `${from.name} merged into ${into.name}`;
    }
    case "split-actors": {
      const { actor, from } = d.payload as Payload<"split-actors">;
      return `${from.name} separated from ${actor.name}`;
    }
    case "undo": {
      const { decision, kind } = d.payload as Payload<"undo">;
      return `undid decision ${decision} (${kind})`;
    }
  }
}

/** The outcome of a write, in one sentence. */
export const describeResult = (r: DecisionResult): string =>
  `Decision ${r.decision.id} recorded (${r.decision.kind} by ${r.decision.user}): ${summariseDecision(r.decision)}; ` +
  `${r.facts_recomputed} fact${r.facts_recomputed === 1 ? "" : "s"} recomputed.`;
