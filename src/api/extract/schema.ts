// The extraction of one report on the wire: the `espial extract --json` contract (docs/evaluation.md) with
// Espial's extras. Objects are strict so that a field added to the presenter without being documented here
// fails the API tests instead of drifting silently out of the OpenAPI document.
import { z } from "@hono/zod-openapi";
import { list } from "../wire.ts";
import { extractedArsenalSchema } from "./arsenal-schema.ts";
import {
  ACTION_KINDS,
  ACTION_TYPES,
  CERTAINTIES,
  PERSON_ROLES,
  SPONSOR_LEVELS,
  STATUSES,
  STIX_SECTORS,
} from "../../core/index.ts";

const nullableString = z.string().nullable();
const spanSchema = z.strictObject({ start: z.number().int(), end: z.number().int() });

const MENTION_VIAS = ["exact", "forgiving", "typo", "expansion", "scheme", "coreference", "rule"] as const;

const extractedActorSchema = z.strictObject({
  id: z.string().openapi({
    description: "The actor's key: catalogue key, or a normalised name for an actor discovered in the text",
  }),
  name: z.string(),
  aliases: list(z.string()).openapi({ description: "Every known name of the actor" }),
  mentions: list(z.string()).openapi({ description: "Each distinct way this text names it" }),
  attributed_to: list(z.string()),
  sponsors: list(
    z.strictObject({
      name: z.string(),
      level: z.enum(SPONSOR_LEVELS),
      country: nullableString,
      parent: nullableString,
    }),
  ),
  unconfirmed: z.boolean(),
  naming_vendor: nullableString,
  country: nullableString,
  confidence: z.number(),
  spans: list(
    z.strictObject({ start: z.number().int(), end: z.number().int(), surface: z.string(), via: z.enum(MENTION_VIAS) }),
  ),
});

export const extractionSchema = z
  .strictObject({
    source: z.strictObject({ title: nullableString, url: nullableString, published: nullableString }),
    actors: list(extractedActorSchema),
    persons: list(
      z.strictObject({
        name: z.string(),
        role: z.enum(PERSON_ROLES),
        title: nullableString,
        affiliation: nullableString,
        evidence: spanSchema,
      }),
    ),
    victim_countries: list(
      z.strictObject({ code: z.string(), name: z.string(), surface: z.string(), quantity: nullableString }),
    ),
    victim_sectors: list(
      z.strictObject({
        name: z.string(),
        sector: z.enum(STIX_SECTORS).nullable(),
        quantity: nullableString,
        access_path: z.boolean(),
      }),
    ),
    victim_organizations: list(
      z.strictObject({ name: z.string(), quantity: nullableString, access_path: z.boolean() }),
    ),
    actions: list(
      z.strictObject({
        type: z.enum(ACTION_TYPES),
        kind: z.enum(ACTION_KINDS),
        by: list(z.string()),
        against: list(z.string()),
        date: nullableString.openapi({ description: "YYYY, YYYY-MM or YYYY-MM-DD, as precise as the text allows" }),
        certainty: z.enum(CERTAINTIES),
        status: z.enum(STATUSES),
        negated: z.boolean(),
        asserted_by: nullableString,
        evidence: z.string().openapi({ description: "The sentence the action rests on" }),
        span: spanSchema,
      }),
    ),
    periods: list(z.strictObject({ from: z.string(), to: nullableString, evidence: z.string(), span: spanSchema })),
    unattributed: list(
      z.strictObject({ description: z.string(), suspected_sponsor: nullableString, evidence: z.string() }),
    ),
    arsenal: extractedArsenalSchema,
  })
  .openapi("Extraction", { description: "What Espial reads in one report; every offset is into the report's text" });
export type ExtractionBody = z.infer<typeof extractionSchema>;
