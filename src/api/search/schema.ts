// GET /api/search: actors by any name (forgiving), reports by title.
import { z } from "@hono/zod-openapi";
import { list } from "../wire.ts";

export const searchQuerySchema = z.strictObject({
  q: z.string().trim().min(1).max(200).openapi({ description: "A name or words of a title", example: "cloud hopper" }),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(100)
    .default(20)
    .openapi({ description: "Most actors and most reports returned (default 20 each)" }),
});

export const actorHitSchema = z
  .strictObject({
    key: z.string(),
    name: z.string(),
    matched: z.string().openapi({ description: "The name that matched the query" }),
    how: z.enum(["exact", "id", "forgiving", "typo", "partial"]),
    score: z.number().openapi({ description: "In (0, 1]: 1 for the exact name or id" }),
    in_catalogue: z.boolean(),
    reports: z.number().int().openapi({ description: "Stored reports that name it (0: known to the catalogue only)" }),
    mentions: z.number().int(),
  })
  .openapi("ActorHit");

export const reportHitSchema = z
  .strictObject({ id: z.string(), title: z.string().nullable(), origin: z.string(), published: z.string().nullable() })
  .openapi("ReportHit");

export const searchResultSchema = z
  .strictObject({ query: z.string(), actors: list(actorHitSchema), reports: list(reportHitSchema) })
  .openapi("SearchResult");
export type SearchResult = z.infer<typeof searchResultSchema>;
