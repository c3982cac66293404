// A report's legal and diplomatic actions as fusion observes them: each with the threat actors it concerns,
// those named in the action's own sentence or in its target, and those the claims stage tied to it (a
// subject-of-action claim on the same evidence). An actor named elsewhere in the report does not leak onto
// an action: a report on APT10 may mention, in passing, an arrest that has nothing to do with it.
import type { ActionFinding, Extraction } from "../../../core/index.ts";
import type { ActionObservation } from "../../../pipeline/fuse/index.ts";

export interface ObservedAction {
  readonly observation: ActionObservation;
  /** Its position in `extraction.actions`. */
  readonly ordinal: number;
}

const folded = (s: string) => s.toLowerCase().replace(/\s+/g, " ");

function actorKeysOf(action: ActionFinding, extraction: Extraction): string[] {
  const keys = new Set<string>();
  const { start, end } = action.evidence;
  const targets = action.against.map(folded);
  for (const actor of extraction.actors) {
    for (const mention of actor.mentionSpans) {
      const inSentence = mention.start < end && mention.end > start;
      const inTarget = mention.via !== "coreference" && targets.some((t) => t.includes(folded(mention.surface)));
      if (inSentence || inTarget) keys.add(actor.entity.key);
    }
  }
  for (const claim of extraction.claims) {
    const same = claim.evidence.start === start && claim.evidence.end === end;
    if (same && claim.predicate === "subject-of-action" && claim.detail?.["kind"] === action.kind)
      keys.add(claim.subject.key);
  }
  return [...keys].sort();
}

/** Every action of a report, observed. */
export function actionObservationsOf(reportId: string, extraction: Extraction): ObservedAction[] {
  return extraction.actions.map((action, ordinal) => ({
    observation: { ...action, reportId, actorKeys: actorKeysOf(action, extraction) },
    ordinal,
  }));
}
