// The answer of POST /api/ingest: one outcome per report found in the body, and the counts.
import { z } from "@hono/zod-openapi";
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

export const ingestResponseSchema = z
  .strictObject({
    results: list(ingestResultSchema),
    stored: z.number().int(),
    unchanged: z.number().int(),
    skipped: z.number().int(),
    rejected: z.number().int(),
  })
  .openapi("IngestResponse");
