// A stored report as a document on the wire: its text as ingested, its document's versions, the passages it
// copied (and that others copied from it), what was read in it, and where the text names each recognised
// entity and claim — for a reader that highlights them over the text.
import { z } from "@hono/zod-openapi";
import { ENTITY_KINDS, PREDICATES } from "../../core/index.ts";
import { extractionSchema } from "../extract/schema.ts";
import { reportSourceSchema } from "../reports/schema.ts";
import { list } from "../wire.ts";

const span = z.strictObject({ start: z.number().int(), end: z.number().int() });
const passage = z.strictObject({
  span: span.openapi({ description: "Where the passage is in the copy" }),
  from: z.strictObject({ document: z.string(), span }).openapi({ description: "The report and span it came from" }),
  copy: z.string(),
  similarity: z.number(),
  exact: z.boolean(),
});

export const documentSchema = z
  .strictObject({
    id: z.string(),
    document: z.string().openapi({ description: "The id of the document's first version" }),
    content_hash: z.string(),
    source: reportSourceSchema,
    ingested_at: z.string(),
    versions: list(
      z.strictObject({
        document: z.string(),
        version: z.number().int(),
        title: z.string().nullable(),
        published: z.string().nullable(),
        ingested_at: z.string(),
        latest: z.boolean(),
      }),
    ),
    copied_passages: list(passage).openapi({ description: "Passages of this report copied from earlier ones" }),
    copied_by: list(passage).openapi({ description: "Passages of later reports copied from this one" }),
    duplicates: list(
      z.strictObject({
        copy: z.string(),
        source: z.string(),
        similarity: z.number(),
        exact: z.boolean(),
        duplicate: z.boolean(),
      }),
    ),
    text: z.string().openapi({ description: "The text exactly as ingested: every offset points into it" }),
    extraction: extractionSchema,
    entities: list(
      z.strictObject({
        start: z.number().int(),
        end: z.number().int(),
        kind: z.enum(ENTITY_KINDS),
        name: z.string(),
        key: z.string().nullable(),
      }),
    ).openapi({ description: "Where the text names each recognised entity, by start" }),
    claims: list(
      z.strictObject({
        start: z.number().int(),
        end: z.number().int(),
        subject: z.string(),
        predicate: z.enum(PREDICATES),
        object: z.string(),
        negated: z.boolean(),
      }),
    ).openapi({ description: "The sentence each claim rests on, in text order" }),
  })
  .openapi("Document", { description: "A stored report with its versions, copied passages and highlights" });
