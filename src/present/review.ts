// Review on the wire (the shapes of src/api/review/schema.ts, also printed by the CLI's --json): claims
// under review, decisions, watches and notifications.
import type { Decision, NotificationRecord, ReviewClaimRecord, WatchRecord } from "../store/store.ts";

export function presentDecision(d: Decision) {
  return {
    id: d.id,
    kind: d.kind,
    target: d.target,
    payload: d.payload,
    user: d.user,
    reason: d.reason,
    created_at: d.createdAt,
    undone_by: d.undoneBy,
  };
}

export function presentReviewClaim(c: ReviewClaimRecord) {
  return {
    id: c.id,
    report: c.reportId,
    title: c.title,
    published: c.published,
    subject: c.subject,
    predicate: c.predicate,
    object: c.object,
    certainty: c.modality.certainty,
    status: c.modality.status,
    negated: c.modality.negated,
    asserted_by: c.modality.assertedBy,
    confidence: c.confidence,
    evidence: c.evidence,
    review: c.review,
    decision: c.decision
      ? { id: c.decision.id, user: c.decision.user, reason: c.decision.reason, created_at: c.decision.createdAt }
      : null,
    edited: c.edit,
  };
}

export function presentWatch(w: WatchRecord) {
  return { id: w.id, user: w.user, kind: w.kind, key: w.key, name: w.name, created_at: w.createdAt };
}

export function presentNotification(n: NotificationRecord) {
  return {
    id: n.id,
    watch: n.watch,
    user: n.user,
    fact: n.fact,
    entity: n.entity,
    summary: n.summary,
    created_at: n.createdAt,
    delivered_at: n.deliveredAt,
  };
}

/** A decision in one line, as the audit log reads on a terminal. */
export function describeDecision(d: Decision): string {
  const undone = d.undoneBy === null ? "" : `  [undone by ${d.undoneBy}]`;
  return `${String(d.id).padStart(5)}  ${d.createdAt}  ${d.user}  ${d.kind} ${d.target}: ${d.reason}${undone}`;
}
