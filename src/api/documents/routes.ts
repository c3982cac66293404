// GET /api/documents/{id}: one stored report as a document (versions, copied passages, highlights).
import { createRoute } from "@hono/zod-openapi";
import { EspialError } from "../../core/index.ts";
import { presentDocument } from "../../present/document.ts";
import { reportIdParamSchema } from "../reports/schema.ts";
import type { ApiApp, ApiDeps } from "../deps.ts";
import { errorResponses } from "../errors.ts";
import { claimMarksOf, entityMarksOf } from "./marks.ts";
import { documentSchema } from "./schema.ts";

export const getDocumentRoute = createRoute({
  method: "get",
  path: "/api/documents/{id}",
  operationId: "getDocument",
  tags: ["reports"],
  summary: "One stored report as a document: versions, copied passages, and where each entity and claim is",
  request: { params: reportIdParamSchema },
  responses: {
    200: { description: "The document", content: { "application/json": { schema: documentSchema } } },
    ...errorResponses("bad-usage", "not-found", "store-failure"),
  },
});

export function registerDocumentRoutes(app: ApiApp, deps: ApiDeps): void {
  app.openapi(getDocumentRoute, async (c) => {
    const { id } = c.req.valid("param");
    const [report, relations] = await Promise.all([deps.store.getReport(id), deps.store.reportRelations(id)]);
    if (!report || !relations) throw new EspialError("not-found", `no report with id ${id} (see GET /api/reports)`);
    return c.json(
      {
        ...presentDocument(report, relations),
        entities: entityMarksOf(report.text, report.extraction),
        claims: claimMarksOf(report.extraction),
      },
      200,
    );
  });
}
