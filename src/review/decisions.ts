// Decisions as stored: one zod schema per kind's payload gives the type and the check of the stored JSON.
// The fold of a target's decisions still in force gives the state fusion applies: a claim's review, and
// which actor each merged actor now ends in.
import { z } from "zod";
import { CERTAINTIES, ENTITY_KINDS, PREDICATES, STATUSES } from "../core/index.ts";
import type { DecisionKind, ReviewStatus } from "./vocabulary.ts";

const entity = z.strictObject({ kind: z.enum(ENTITY_KINDS), key: z.string().min(1), name: z.string().min(1) });
const actor = z.strictObject({ key: z.string().min(1), name: z.string().min(1) });

/** The values an edit replaces; fields left out keep the claim's own. */
export const claimEditSchema = z.strictObject({
  subject: entity.optional(),
  predicate: z.enum(PREDICATES).optional(),
  object: entity.optional(),
  certainty: z.enum(CERTAINTIES).optional(),
  status: z.enum(STATUSES).optional(),
  negated: z.boolean().optional(),
});
export type ClaimEdit = z.infer<typeof claimEditSchema>;

/** The claim a claim decision was taken on, as it read then. */
export const claimTargetSchema = z.strictObject({
  report: z.string(),
  content_hash: z.string(),
  subject: entity,
  predicate: z.enum(PREDICATES),
  object: entity,
});
export type ClaimTarget = z.infer<typeof claimTargetSchema>;

export const decisionPayloadSchemas = {
  "accept-claim": z.strictObject({ claim: claimTargetSchema }),
  "reject-claim": z.strictObject({ claim: claimTargetSchema }),
  "edit-claim": z.strictObject({ claim: claimTargetSchema, changes: claimEditSchema }),
  "merge-actors": z.strictObject({ from: actor, into: actor }),
  "split-actors": z.strictObject({ actor, from: actor }),
  undo: z.strictObject({ decision: z.number().int(), kind: z.string() }),
} as const satisfies Record<DecisionKind, z.ZodType>;

export type DecisionPayload<K extends DecisionKind> = z.infer<(typeof decisionPayloadSchemas)[K]>;

/** A decision as the audit log keeps it. */
export interface Decision {
  readonly id: number;
  readonly kind: DecisionKind;
  readonly target: string;
  readonly payload: Readonly<Record<string, unknown>>;
  readonly user: string;
  readonly reason: string;
  readonly createdAt: string;
  readonly undoneBy: number | null;
}

/** Where one claim stands after its decisions in force. */
export interface ClaimReview {
  readonly review: Exclude<ReviewStatus, "pending">;
  /** Every edit in force, later values over earlier ones; null when never edited. */
  readonly edit: ClaimEdit | null;
  /** The latest decision in force. */
  readonly decision: number;
}

/** The review a claim's decisions (oldest first) leave, or null when none is in force. */
export function foldClaimDecisions(decisions: readonly Decision[]): ClaimReview | null {
  let state = null as ClaimReview | null;
  for (const d of decisions) {
    if (d.undoneBy !== null) continue;
    if (d.kind === "accept-claim") state = { review: "accepted", edit: state?.edit ?? null, decision: d.id };
    else if (d.kind === "reject-claim") state = { review: "rejected", edit: state?.edit ?? null, decision: d.id };
    else if (d.kind === "edit-claim") {
      const changes = claimEditSchema.parse(d.payload.changes ?? {});
      state = { review: "edited", edit: { ...state?.edit, ...changes }, decision: d.id };
    }
  }
  return state;
}

/** A merged actor and the actor it ends in once chains of merges are followed. */
export interface ActorMerge {
  readonly from: { readonly key: string; readonly name: string };
  readonly into: { readonly key: string; readonly name: string };
  /** The merge decision that joined `from` to its group. */
  readonly decision: number;
}

/** The merges in force after every merge and split decision (oldest first): each merged actor → its group. */
export function foldMerges(decisions: readonly Decision[]): ActorMerge[] {
  const parent = new Map<string, { into: string; decision: number }>();
  const names = new Map<string, string>();
  for (const d of decisions) {
    if (d.undoneBy !== null) continue;
    if (d.kind === "merge-actors") {
      const { from, into } = decisionPayloadSchemas["merge-actors"].parse(d.payload);
      names.set(from.key, from.name);
      names.set(into.key, into.name);
      if (rootOf(parent, into.key) !== rootOf(parent, from.key))
        parent.set(from.key, { into: into.key, decision: d.id });
    } else if (d.kind === "split-actors") {
      parent.delete(decisionPayloadSchemas["split-actors"].parse(d.payload).from.key);
    }
  }
  return [...parent].map(([from, { decision }]) => {
    const root = rootOf(parent, from);
    return {
      from: { key: from, name: names.get(from) ?? from },
      into: { key: root, name: names.get(root) ?? root },
      decision,
    };
  });
}

/** The actor a chain of merges from `key` ends in. */
export function rootOf(parent: ReadonlyMap<string, { readonly into: string }>, key: string): string {
  const seen = new Set<string>();
  let at = key;
  for (let next = parent.get(at); next !== undefined && !seen.has(at); next = parent.get(at)) {
    seen.add(at);
    at = next.into;
  }
  return at;
}
