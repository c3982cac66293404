// The schema of Espial's STIX extension, once: zod schemas that check what an import reads, whose types the
// import uses, and from which the published JSON Schema (espial-extension.schema.json) is generated.
import { z } from "zod";
import {
  ACTION_KINDS,
  ACTION_TYPES,
  CERTAINTIES,
  PERSON_ROLES,
  SOURCE_KINDS,
  SPONSOR_LEVELS,
  STATUSES,
} from "../core/index.ts";
import { FACT_PREDICATES } from "./snapshot.ts";
import { ESPIAL_ACTION_TYPE, ESPIAL_EXTENSION_SCHEMA_URL, ESPIAL_EXTENSION_VERSION } from "./extension.ts";

const stixRef = z
  .string()
  .regex(/^[a-z][a-z0-9-]+[a-z0-9]--[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
const percent = z.int().min(0).max(100);
const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/);
const nonEmpty = z.array(z.string()).min(1);

/** The sentence a statement rests on: UTF-16 offsets into the report's text, and the sentence. */
export const evidenceSchema = z.strictObject({
  start: z.int().min(0),
  end: z.int().min(0),
  sentence: z.string(),
});

const modality = {
  certainty: z.enum(CERTAINTIES),
  status: z.enum(STATUSES),
  negated: z.boolean(),
  asserted_by: z.string().optional(),
};

/** One sentence of a report stating a relationship, and how sure it is. */
export const claimSchema = z.strictObject({
  ...modality,
  confidence: percent,
  quantity: z.string().optional(),
  evidence: evidenceSchema.optional(),
});

/** On a relationship: Espial's predicate and the claims that make it. */
export const relationshipExtensionSchema = z.strictObject({
  extension_type: z.literal("property-extension"),
  predicate: z.enum(FACT_PREDICATES),
  claims: z.array(claimSchema).min(1),
});

/** The x-espial-action SDO's own properties (the common ones are STIX's). */
export const actionSchema = z.looseObject({
  type: z.literal(ESPIAL_ACTION_TYPE),
  name: z.string(),
  action_type: z.enum(ACTION_TYPES),
  action_kind: z.enum(ACTION_KINDS),
  action_date: partialDate.optional(),
  taken_by: nonEmpty.optional(),
  against: nonEmpty.optional(),
  against_refs: z.array(stixRef).min(1).optional(),
  ...modality,
  evidence: evidenceSchema.optional(),
});

/** On a report: its source, how it names each actor, its periods of activity, its unattributed activity. */
export const reportExtensionSchema = z.strictObject({
  extension_type: z.literal("property-extension"),
  source_kind: z.enum(SOURCE_KINDS),
  outlet: z.string().optional(),
  byline: z.string().optional(),
  actor_mentions: z
    .array(z.strictObject({ actor_ref: stixRef, names: nonEmpty.optional(), confidence: percent }))
    .min(1)
    .optional(),
  activity_periods: z
    .array(
      z.strictObject({
        actor_ref: stixRef.optional(),
        period_start: partialDate,
        period_end: partialDate.optional(),
        evidence: evidenceSchema.optional(),
      }),
    )
    .min(1)
    .optional(),
  unattributed: z
    .array(
      z.strictObject({
        description: z.string(),
        suspected_sponsor: z.string().optional(),
        evidence: evidenceSchema.optional(),
      }),
    )
    .min(1)
    .optional(),
});

/** On an intrusion set: where each of its names comes from, and what the catalogue or reports say of it. */
export const intrusionSetExtensionSchema = z.strictObject({
  extension_type: z.literal("property-extension"),
  names: z
    .array(
      z.strictObject({
        name: z.string(),
        sources: z
          .array(
            z.strictObject({
              dataset: z.enum(["misp", "attack", "reports"]),
              source_id: z.string().optional(),
              vendor: z.string().optional(),
            }),
          )
          .min(1)
          .optional(),
      }),
    )
    .min(1),
  unconfirmed: z.boolean(),
  naming_vendor: z.string().optional(),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
});

/** On a sponsor's identity, or a person's identity or threat-actor. */
export const entityExtensionSchema = z.strictObject({
  extension_type: z.literal("property-extension"),
  sponsor_level: z.enum(SPONSOR_LEVELS).optional(),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  person_role: z.enum(PERSON_ROLES).optional(),
  titles: nonEmpty.optional(),
});

export type ReportExtension = z.infer<typeof reportExtensionSchema>;
export type ActionProperties = z.infer<typeof actionSchema>;

/** The JSON Schema (2020-12) of the extension, one definition per object it adds or extends. */
export function espialExtensionJsonSchema(): Record<string, unknown> {
  const defs = {
    evidence: evidenceSchema,
    claim: claimSchema,
    "x-espial-action": actionSchema,
    "relationship-extension": relationshipExtensionSchema,
    "report-extension": reportExtensionSchema,
    "intrusion-set-extension": intrusionSetExtensionSchema,
    "entity-extension": entityExtensionSchema,
  };
  const $defs = Object.fromEntries(
    Object.entries(defs).map(([name, schema]) => {
      const { $schema: _drop, ...json } = z.toJSONSchema(schema);
      return [name, json];
    }),
  );
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: ESPIAL_EXTENSION_SCHEMA_URL,
    title: `Espial STIX 2.1 extension ${ESPIAL_EXTENSION_VERSION}`,
    description: "The x-espial-action SDO and Espial's property extensions; see docs/stix-extension.md.",
    $defs,
  };
}
