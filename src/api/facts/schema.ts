// One fact on the wire: a fused claim with its confidence, the explanation of that confidence factor by
// factor, the details reports disagree on, and every evidence sentence with the report it was copied from.
import { z } from "@hono/zod-openapi";
import { CERTAINTIES, ENTITY_KINDS, PREDICATES, STATUSES } from "../../core/index.ts";
import { list } from "../wire.ts";

export const factIdParamSchema = z.strictObject({
  id: z
    .string()
    .min(1)
    .max(128)
    .regex(/^[A-Za-z0-9_-]+$/, "a fact id is letters, digits, - and _")
    .openapi({
      param: { name: "id", in: "path" },
      description: "The fact's id (the `fact` field of an actor profile)",
      example: "fact-0123456789abcdef",
    }),
});

const entity = z.strictObject({ kind: z.enum(ENTITY_KINDS), key: z.string(), name: z.string() });
const detail = z.union([z.string(), z.number(), z.boolean()]).nullable();

export const factSchema = z
  .strictObject({
    id: z.string(),
    subject: entity,
    predicate: z.enum(PREDICATES),
    object: entity,
    negated: z.boolean(),
    certainty: z.enum(CERTAINTIES),
    status: z.enum(STATUSES),
    first_reported: z.string().nullable(),
    contradicted_by: z.string().nullable().openapi({ description: "The fact of opposite polarity, if any" }),
    confidence: z.number(),
    independent_sources: z.number().int(),
    copies: z.number().int().openapi({ description: "Evidence copied from another report, not counted again" }),
    conflicts: list(
      z.strictObject({
        field: z.string(),
        values: list(z.strictObject({ value: detail, documents: list(z.string()) })),
      }),
    ),
    explanation: list(z.strictObject({ factor: z.string(), value: z.number(), why: z.string() })),
    evidence: list(
      z.strictObject({
        document: z.string(),
        start: z.number().int(),
        end: z.number().int(),
        sentence: z.string(),
        copied_from: z.string().nullable(),
      }),
    ),
  })
  .openapi("Fact", { description: "A fused fact with its explained confidence and its evidence (docs/confidence.md)" });
