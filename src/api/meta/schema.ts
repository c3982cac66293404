// GET /api/health and GET /api/openapi.json.
import { z } from "@hono/zod-openapi";

export const healthSchema = z
  .strictObject({
    status: z.literal("ok"),
    version: z.string(),
    time: z.string().openapi({ description: "The server's clock, ISO 8601" }),
    writes: z.boolean().openapi({ description: "Whether this server takes writes (it was started with a token)" }),
    store: z.strictObject({ reports: z.number().int(), mentions: z.number().int(), claims: z.number().int() }),
  })
  .openapi("Health");

export const openApiDocumentSchema = z
  .looseObject({
    openapi: z.string(),
    info: z.looseObject({ title: z.string(), version: z.string() }),
    paths: z.record(z.string(), z.unknown()),
  })
  .openapi("OpenApiDocument", { description: "This API's OpenAPI 3 document" });
export type OpenApiDocument = z.infer<typeof openApiDocumentSchema>;
