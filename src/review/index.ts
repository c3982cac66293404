// Analysts' decisions on top of the reports' assertions: claim identities that survive re-ingest and
// reprocessing, the decisions' stored shapes, the state their fold leaves, and how fusion and the reads
// apply it. Pure: no I/O.
export { claimIdOf, reportOfClaim, CLAIM_ID, type ClaimKeys } from "./claim-id.ts";
export {
  claimEditSchema,
  claimTargetSchema,
  decisionPayloadSchemas,
  foldClaimDecisions,
  foldMerges,
  rootOf,
  type ActorMerge,
  type ClaimEdit,
  type ClaimReview,
  type ClaimTarget,
  type Decision,
  type DecisionPayload,
} from "./decisions.ts";
export { canonicalEntity, EMPTY_REVIEW, reviewClaim, reviewExtraction, type ReviewState } from "./apply.ts";
export * from "./vocabulary.ts";
