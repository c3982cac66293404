// The answer of POST /api/ingest: one outcome per report found in the body, and the counts.
import { z } from "@hono/zod-openapi";
import type { ImportedBundle } from "../../stix/index.ts";
import { list } from "../wire.ts";

const kept = z.strictObject({
  origin: z.string(),
  status: z
    .enum(["stored", "unchanged"])
    .openapi({ description: "stored: new; unchanged: the same text was already there" }),
  id: z.string().openapi({ description: "The report's id: GET /api/reports/{id}" }),
  title: z.string().nullable(),
});
const dropped = (status: "skipped" | "rejected") =>
  z.strictObject({ origin: z.string(), status: z.literal(status), reason: z.string() });

export const ingestResultSchema = z
  .discriminatedUnion("status", [kept, dropped("skipped"), dropped("rejected")])
  .openapi("IngestResult");

export const stixImportSchema = z
  .strictObject({
    origin: z.string(),
    bundle_id: z.string().nullable().openapi({ description: "The bundle's id, when it gives one" }),
    objects: z.number().int().openapi({ description: "Objects in the bundle with an id and a version (kept as sent)" }),
    added: z.number().int().openapi({ description: "Of these, the versions the store did not hold yet" }),
    reports: z.number().int().openapi({ description: "Reports Espial reads in the bundle" }),
    actors: z.number().int().openapi({ description: "Intrusion sets and threat actors Espial reads in the bundle" }),
    ids: list(z.string()).openapi({ description: "The ids of the objects kept, each once, in the bundle's order" }),
    skipped: list(z.strictObject({ id: z.string(), reason: z.string() })).openapi({
      description: "Objects Espial does not map onto its knowledge (kept all the same), with why",
    }),
  })
  .openapi("StixImport");
export type StixImportAnswer = z.infer<typeof stixImportSchema>;

/** A bundle kept, on the wire. */
export function presentStixImport(b: ImportedBundle): StixImportAnswer {
  const { origin, bundleId, objects, added, reports, actors, ids, skipped } = b;
  return { origin, bundle_id: bundleId, objects, added, reports, actors, ids, skipped };
}

export const ingestResponseSchema = z
  .strictObject({
    results: list(ingestResultSchema),
    stored: z.number().int(),
    unchanged: z.number().int(),
    skipped: z.number().int(),
    rejected: z.number().int(),
    stix: list(stixImportSchema)
      .optional()
      .openapi({ description: "What each STIX bundle of the body held; absent when the body held none" }),
  })
  .openapi("IngestResponse");
