// The closed vocabularies of analysts' decisions: what a decision does, where a claim stands in review, and
// what an analyst can follow.

/** What a decision does. `undo` cancels an earlier decision (which stays in the log, marked undone). */
export const DECISION_KINDS = [
  "accept-claim",
  "reject-claim",
  "edit-claim",
  "merge-actors",
  "split-actors",
  "undo",
] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

/** Where a claim stands: nobody decided yet, or the latest decision still in force about it. */
export const REVIEW_STATUSES = ["pending", "accepted", "rejected", "edited"] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** What an analyst can follow on a watchlist. */
export const WATCH_KINDS = ["actor", "sector", "country"] as const;
export type WatchKind = (typeof WATCH_KINDS)[number];
