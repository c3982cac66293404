// Review on the wire: the claims an analyst reviews (one report's assertion of one subject–predicate–object,
// with its evidence sentences and where it stands), the decisions taken on them and on actors (merge,
// split, undo), the audit log, and watchlists with their notifications. Strict objects: an undocumented
// field fails the API tests. The UI's review queue is built on these shapes.
import { z } from "@hono/zod-openapi";
import { CERTAINTIES, ENTITY_KINDS, PREDICATES, STATUSES } from "../../core/index.ts";
import { DECISION_KINDS, REVIEW_STATUSES, WATCH_KINDS } from "../../review/vocabulary.ts";
import { list } from "../wire.ts";

/** A claim's id: its report's id, then 12 hex digits of the hash of its subject, predicate and object. */
export const CLAIM_ID_PATTERN = /^[0-9a-f]{16}-[0-9a-f]{12}$/;

export const claimParamSchema = z.strictObject({
  claim: z
    .string()
    .regex(CLAIM_ID_PATTERN)
    .openapi({
      param: { name: "claim", in: "path" },
      description: "The claim's id, as listed by GET /api/review/claims",
      example: "064259ea347745e2-3f2a9c81d04e",
    }),
});

export const decisionParamSchema = z.strictObject({
  decision: z.coerce
    .number()
    .int()
    .min(1)
    .openapi({ param: { name: "decision", in: "path" }, description: "The decision's id", example: 12 }),
});

const page = {
  limit: z.coerce.number().int().min(1).max(500).default(50).openapi({ description: "Most items (default 50)" }),
  offset: z.coerce.number().int().min(0).default(0).openapi({ description: "Items skipped first (default 0)" }),
};

export const reviewQuerySchema = z.strictObject({
  actor: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .openapi({ description: "Only claims about this actor (any of its names), as subject or object" }),
  status: z
    .enum(REVIEW_STATUSES)
    .optional()
    .openapi({ description: "Only claims in this review status (default: all)" }),
  ...page,
});

const entitySchema = z
  .strictObject({ kind: z.enum(ENTITY_KINDS), key: z.string(), name: z.string() })
  .openapi("ReviewEntity", { description: "An entity: its kind, key (catalogue key or folded name) and name" });

const claimValues = {
  subject: entitySchema,
  predicate: z.enum(PREDICATES),
  object: entitySchema,
  certainty: z.enum(CERTAINTIES),
  status: z.enum(STATUSES).openapi({ description: "Where the claimed action stands (expected, announced, done)" }),
  negated: z.boolean(),
};

export const reviewClaimSchema = z
  .strictObject({
    id: z.string().openapi({ description: "The claim's id: stable across re-ingest and reprocessing" }),
    report: z.string().openapi({ description: "The report asserting it (the latest version of its document)" }),
    title: z.string().nullable(),
    published: z.string().nullable(),
    ...claimValues,
    asserted_by: z.string().nullable(),
    confidence: z.number().openapi({ description: "The recogniser's confidence in the highest-rated sentence" }),
    evidence: list(z.strictObject({ start: z.number().int(), end: z.number().int(), sentence: z.string() })).openapi({
      description: "Every sentence of the report making this claim, offsets into the report's text",
    }),
    review: z.enum(REVIEW_STATUSES),
    decision: z
      .strictObject({ id: z.number().int(), user: z.string(), reason: z.string(), created_at: z.string() })
      .nullable()
      .openapi({ description: "The decision in force on this claim, null while pending" }),
    edited: z
      .strictObject({
        subject: entitySchema.optional(),
        predicate: z.enum(PREDICATES).optional(),
        object: entitySchema.optional(),
        certainty: z.enum(CERTAINTIES).optional(),
        status: z.enum(STATUSES).optional(),
        negated: z.boolean().optional(),
      })
      .nullable()
      .openapi({ description: "The values an edit replaced (the claim's own fields stay as the report said)" }),
  })
  .openapi("ReviewClaim");

export const reviewClaimListSchema = z
  .strictObject({ total: z.number().int(), claims: list(reviewClaimSchema) })
  .openapi("ReviewClaimList", { description: "Claims of the latest version of each document, newest report first" });

const why = z
  .string()
  .trim()
  .min(1)
  .max(2000)
  .openapi({ description: "Why: kept in the audit log with the user and time", example: "the report names APT3" });

export const decideBodySchema = z.strictObject({ why }).openapi("DecideClaim");

export const claimEditSchema = z
  .strictObject({
    subject: entitySchema.optional(),
    predicate: z.enum(PREDICATES).optional(),
    object: entitySchema.optional(),
    certainty: z.enum(CERTAINTIES).optional(),
    status: z.enum(STATUSES).optional(),
    negated: z.boolean().optional(),
  })
  .refine((edit) => Object.keys(edit).length > 0, { message: "an edit changes at least one field" })
  .openapi("ClaimEdit", { description: "The values that replace the claim's; fields left out keep theirs" });

export const editBodySchema = z.strictObject({ why, changes: claimEditSchema }).openapi("EditClaim");

export const mergeBodySchema = z
  .strictObject({
    into: z.string().min(1).max(200).openapi({ description: "The actor that remains (any name)", example: "APT10" }),
    from: z
      .string()
      .min(1)
      .max(200)
      .openapi({ description: "The actor merged into it (any name)", example: "Cloud Hopper Group" }),
    why,
  })
  .openapi("MergeActors");

export const splitBodySchema = z
  .strictObject({
    actor: z.string().min(1).max(200).openapi({ description: "The actor a merge joined others into" }),
    from: z.string().min(1).max(200).openapi({ description: "The actor to separate from it again" }),
    why,
  })
  .openapi("SplitActors");

export const undoBodySchema = z.strictObject({ why }).openapi("UndoDecision");

export const decisionSchema = z
  .strictObject({
    id: z.number().int(),
    kind: z.enum(DECISION_KINDS),
    target: z.string().openapi({
      description: "A claim id (claim decisions), `from→into` actor keys (merge, split), or a decision id (undo)",
    }),
    payload: z.record(z.string(), z.unknown()).openapi({ description: "What the decision holds: edits, actor names" }),
    user: z.string(),
    reason: z.string(),
    created_at: z.string().openapi({ description: "RFC 3339" }),
    undone_by: z.number().int().nullable().openapi({ description: "The undo decision that cancelled it, if any" }),
  })
  .openapi("Decision");

export const decisionListQuerySchema = z.strictObject({
  target: z.string().min(1).max(200).optional().openapi({ description: "Only decisions on this target" }),
  ...page,
});

export const decisionListSchema = z
  .strictObject({ total: z.number().int(), decisions: list(decisionSchema) })
  .openapi("DecisionList", { description: "The audit log, newest first" });

export const decisionResultSchema = z
  .strictObject({
    decision: decisionSchema,
    facts_recomputed: z.number().int().openapi({ description: "Facts fusion recomputed because of it" }),
  })
  .openapi("DecisionResult");

export const watchBodySchema = z
  .strictObject({
    kind: z.enum(WATCH_KINDS),
    entity: z
      .string()
      .min(1)
      .max(200)
      .openapi({ description: "An actor (any name), a sector key, or a country (ISO alpha-2)", example: "APT10" }),
  })
  .openapi("WatchRequest");

export const watchSchema = z
  .strictObject({
    id: z.number().int(),
    user: z.string(),
    kind: z.enum(WATCH_KINDS),
    key: z.string(),
    name: z.string(),
    created_at: z.string(),
  })
  .openapi("Watch");

export const watchListSchema = z.strictObject({ watches: list(watchSchema) }).openapi("WatchList");

export const watchParamSchema = z.strictObject({
  watch: z.coerce
    .number()
    .int()
    .min(1)
    .openapi({ param: { name: "watch", in: "path" }, description: "The watch's id" }),
});

export const notificationSchema = z
  .strictObject({
    id: z.number().int(),
    watch: z.number().int(),
    user: z.string(),
    fact: z.string().openapi({ description: "The new fact's id (GET it with espial why)" }),
    entity: z.strictObject({ kind: z.enum(WATCH_KINDS), key: z.string() }),
    summary: z.string().openapi({ description: "The fact in one line" }),
    created_at: z.string(),
    delivered_at: z.string().nullable().openapi({ description: "When the webhook took it; null if not (yet)" }),
  })
  .openapi("Notification");

export const notificationQuerySchema = z.strictObject({
  after: z.coerce.number().int().min(0).default(0).openapi({ description: "Only notifications with a larger id" }),
  ...page,
});

export const notificationListSchema = z
  .strictObject({ notifications: list(notificationSchema) })
  .openapi("NotificationList", { description: "The user's notifications, oldest first after `after`" });

export type ReviewClaimWire = z.infer<typeof reviewClaimSchema>;
export type DecisionWire = z.infer<typeof decisionSchema>;
export type WatchWire = z.infer<typeof watchSchema>;
export type NotificationWire = z.infer<typeof notificationSchema>;
