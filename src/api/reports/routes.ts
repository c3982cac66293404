// GET /api/reports and GET /api/reports/{id}.
import { createRoute } from "@hono/zod-openapi";
import { EspialError } from "../../core/index.ts";
import { presentExtraction } from "../../present/extract-contract.ts";
import { pageQuerySchema } from "../actors/schema.ts";
import type { ApiApp, ApiDeps } from "../deps.ts";
import { errorResponses } from "../errors.ts";
import { reportIdParamSchema, reportListSchema, storedReportSchema } from "./schema.ts";

export const listReportsRoute = createRoute({
  method: "get",
  path: "/api/reports",
  operationId: "listReports",
  tags: ["reports"],
  summary: "The stored reports, newest ingested first",
  request: { query: pageQuerySchema },
  responses: {
    200: { description: "A page of reports", content: { "application/json": { schema: reportListSchema } } },
    ...errorResponses("bad-usage", "store-failure"),
  },
});

export const getReportRoute = createRoute({
  method: "get",
  path: "/api/reports/{id}",
  operationId: "getReport",
  tags: ["reports"],
  summary: "One stored report: its text as ingested and what was read in it",
  request: { params: reportIdParamSchema },
  responses: {
    200: { description: "The report", content: { "application/json": { schema: storedReportSchema } } },
    ...errorResponses("bad-usage", "not-found", "store-failure"),
  },
});

export function registerReportRoutes(app: ApiApp, deps: ApiDeps): void {
  app.openapi(listReportsRoute, async (c) => {
    const { limit, offset } = c.req.valid("query");
    const all = await deps.store.listReports();
    const reports = all.slice(offset, offset + limit).map((r) => ({
      id: r.id,
      title: r.title,
      origin: r.origin,
      published: r.published,
      ingested_at: r.ingestedAt,
      length: r.length,
    }));
    return c.json({ total: all.length, reports }, 200);
  });
  app.openapi(getReportRoute, async (c) => {
    const { id } = c.req.valid("param");
    const report = await deps.store.getReport(id);
    if (!report) throw new EspialError("not-found", `no report with id ${id} (see GET /api/reports)`);
    return c.json(
      {
        id: report.id,
        content_hash: report.contentHash,
        source: report.source,
        ingested_at: report.ingestedAt,
        text: report.text,
        extraction: presentExtraction(report.source, report.extraction),
      },
      200,
    );
  });
}
