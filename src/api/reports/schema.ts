// Stored reports on the wire: the list, and one report with its text as ingested and its extraction.
import { z } from "@hono/zod-openapi";
import { list } from "../wire.ts";
import { SOURCE_KINDS, TLP_LEVELS } from "../../core/index.ts";
import { extractionSchema } from "../extract/schema.ts";

export const reportIdParamSchema = z.strictObject({
  id: z
    .string()
    .min(1)
    .max(128)
    .regex(/^[A-Za-z0-9_-]+$/, "a report id is letters, digits, - and _")
    .openapi({
      param: { name: "id", in: "path" },
      description: "The report's id (see GET /api/reports)",
      example: "3f9c2a7d51e08b64",
    }),
});

export const reportSummarySchema = z
  .strictObject({
    id: z.string(),
    title: z.string().nullable(),
    origin: z.string(),
    published: z.string().nullable(),
    ingested_at: z.string(),
    length: z
      .number()
      .int()
      .openapi({ description: "Length of the text in UTF-16 code units, the unit of every offset" }),
  })
  .openapi("ReportSummary");

export const reportListSchema = z
  .strictObject({ total: z.number().int(), reports: list(reportSummarySchema) })
  .openapi("ReportList", { description: "Stored reports, newest ingested first" });

const nullableString = z.string().nullable();

export const reportSourceSchema = z
  .strictObject({
    origin: z.string().openapi({ description: "Where it came from: a file path, a URL, stdin, api" }),
    url: nullableString,
    title: nullableString,
    published: nullableString,
    outlet: nullableString,
    byline: nullableString,
    guid: z.string().optional().openapi({ description: "A feed item's own id" }),
    kind: z.enum(SOURCE_KINDS),
    tlp: z.enum(TLP_LEVELS),
  })
  .openapi("ReportSource");

export const storedReportSchema = z
  .strictObject({
    id: z.string(),
    content_hash: z.string().openapi({ description: "sha256 of the text after normalising quotes and whitespace" }),
    source: reportSourceSchema,
    ingested_at: z.string(),
    text: z.string().openapi({ description: "The text exactly as ingested: every offset points into it" }),
    extraction: extractionSchema,
  })
  .openapi("StoredReport");
