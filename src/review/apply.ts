// Decisions applied on top of what reports assert: a rejected claim supports nothing, an edited claim says
// what the analyst wrote, and every actor merged into another reads as that one (its names kept as
// mentions). The reports' own readings are never changed: these functions make new values.
import type { ActorFinding, Claim, EntityRef, Extraction } from "../core/index.ts";
import { claimIdOf } from "./claim-id.ts";
import type { ClaimReview } from "./decisions.ts";

/** What applying decisions needs: the reviews of the claims concerned and the merged actors. */
export interface ReviewState {
  /** Claim id → its review. */
  readonly claims: ReadonlyMap<string, ClaimReview>;
  /** Merged actor key → the actor it now reads as. */
  readonly merges: ReadonlyMap<string, { readonly key: string; readonly name: string }>;
}

export const EMPTY_REVIEW: ReviewState = { claims: new Map(), merges: new Map() };

/** The entity as merges read it. */
export function canonicalEntity<E extends Pick<EntityRef, "kind" | "key" | "name">>(entity: E, state: ReviewState): E {
  if (entity.kind !== "actor") return entity;
  const into = state.merges.get(entity.key);
  return into ? { ...entity, key: into.key, name: into.name } : entity;
}

/** A claim of report `reportId` with the decisions on it applied, or null when it is rejected. */
export function reviewClaim<C extends Claim>(reportId: string, claim: C, state: ReviewState): C | null {
  const review = state.claims.size === 0 ? undefined : state.claims.get(claimIdOf(reportId, claim));
  if (review?.review === "rejected") return null;
  const edit = review?.edit;
  const edited: C = edit
    ? {
        ...claim,
        subject: edit.subject ?? claim.subject,
        predicate: edit.predicate ?? claim.predicate,
        object: edit.object ?? claim.object,
        modality: {
          ...claim.modality,
          certainty: edit.certainty ?? claim.modality.certainty,
          status: edit.status ?? claim.modality.status,
          negated: edit.negated ?? claim.modality.negated,
        },
      }
    : claim;
  if (state.merges.size === 0) return edited;
  return {
    ...edited,
    subject: canonicalEntity(edited.subject, state),
    object: canonicalEntity(edited.object, state),
  };
}

/** Every actor reference inside a value (`{ kind: "actor", key, name }`) as merges read it. */
function canonicalDeep(value: unknown, state: ReviewState): unknown {
  if (Array.isArray(value)) return value.map((v) => canonicalDeep(v, state));
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = canonicalDeep(v, state);
  if (out.kind === "actor" && typeof out.key === "string" && typeof out.name === "string") {
    const into = state.merges.get(out.key);
    if (into) return { ...out, key: into.key, name: into.name };
  }
  return out;
}

const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];

/** Two findings of actors a merge made one. */
function joinFindings(a: ActorFinding, b: ActorFinding): ActorFinding {
  return {
    ...a,
    aliases: union(a.aliases, b.aliases),
    mentions: union(a.mentions, b.mentions),
    mentionSpans: [...a.mentionSpans, ...b.mentionSpans].sort((x, y) => x.start - y.start),
    attributedTo: [...a.attributedTo, ...b.attributedTo],
    unconfirmed: a.unconfirmed && b.unconfirmed,
    namingVendor: a.namingVendor ?? b.namingVendor,
    country: a.country ?? b.country,
    confidence: Math.max(a.confidence, b.confidence),
  };
}

/** The extraction of report `reportId` as the decisions in force read it. */
export function reviewExtraction(reportId: string, extraction: Extraction, state: ReviewState): Extraction {
  if (state.claims.size === 0 && state.merges.size === 0) return extraction;
  const claims = extraction.claims.flatMap((c) => {
    const reviewed = reviewClaim(reportId, c, { claims: state.claims, merges: new Map() });
    return reviewed ? [reviewed] : [];
  });
  if (state.merges.size === 0) return { ...extraction, claims };
  const merged = canonicalDeep({ ...extraction, claims }, state) as Extraction;
  const actors = new Map<string, ActorFinding>();
  for (const finding of merged.actors) {
    const seen = actors.get(finding.entity.key);
    actors.set(finding.entity.key, seen ? joinFindings(seen, finding) : finding);
  }
  return { ...merged, actors: [...actors.values()] };
}
