// POST /api/extract: what Espial reads in one report, without storing it.
import { createRoute } from "@hono/zod-openapi";
import { EspialError, type Report } from "../../core/index.ts";
import { loadPipeline, type LoadedPipeline } from "../../pipeline/load.ts";
import { presentExtraction } from "../../present/extract-contract.ts";
import { bodyInput, oneReportBody, type BodyInput } from "../body.ts";
import type { ApiApp, ApiDeps } from "../deps.ts";
import { errorResponses } from "../errors.ts";
import { extractionSchema } from "./schema.ts";

export const extractRoute = createRoute({
  method: "post",
  path: "/api/extract",
  operationId: "extract",
  tags: ["extract"],
  summary: "Read one report without storing it",
  description: "Returns the extraction in the `espial extract --json` contract. Nothing is stored; no token is needed.",
  request: { body: oneReportBody },
  responses: {
    200: { description: "The extraction", content: { "application/json": { schema: extractionSchema } } },
    ...errorResponses(
      "bad-usage",
      "empty-input",
      "binary-input",
      "too-large",
      "unreadable",
      "malformed",
      "unsupported",
      "not-implemented",
    ),
  },
});

/** Reads the one report of a body, with the JSON form's metadata over what the text says. */
export function readOneReport(
  body: BodyInput,
  deps: Pick<ApiDeps, "limits" | "defaults">,
  readInput: LoadedPipeline["readInput"],
): Report {
  const { input, hints } = body;
  const outcomes = readInput(input, {
    limits: deps.limits,
    defaults: { kind: hints.kind ?? deps.defaults.kind, tlp: hints.tlp ?? deps.defaults.tlp },
  });
  const first = outcomes[0];
  if (!first) throw new EspialError("empty-input", "no report in the request body");
  if (outcomes.length > 1)
    throw new EspialError(
      "bad-usage",
      `the body holds ${outcomes.length} reports: /api/extract reads one (use /api/ingest for feeds)`,
    );
  switch (first.status) {
    case "rejected":
      throw first.error;
    case "skipped":
      throw new EspialError("unsupported", first.reason);
    case "stix":
      throw new EspialError(
        "not-implemented",
        "/api/extract reads a report, not a STIX bundle: POST bundles to /api/ingest",
      );
    case "read": {
      const { title, url, published } = hints;
      const source = {
        ...first.report.source,
        ...(title !== undefined ? { title } : {}),
        ...(url !== undefined ? { url } : {}),
        ...(published !== undefined ? { published } : {}),
      };
      return { ...first.report, source };
    }
  }
}

export function registerExtractRoutes(app: ApiApp, deps: ApiDeps): void {
  app.openapi(extractRoute, async (c) => {
    const body = await bodyInput(c, c.req.valid("json"));
    const { readInput, extractReport } = await loadPipeline();
    const report = readOneReport(body, deps, readInput);
    const { extraction } = extractReport(report, deps.pipeline);
    return c.json(presentExtraction(report.source, extraction), 200);
  });
}
