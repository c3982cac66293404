// POST /api/ingest: reports and STIX bundles into the store (a bearer token is needed).
import { createRoute } from "@hono/zod-openapi";
import { requireWriter } from "../auth.ts";
import { bodyInput, reportsBody } from "../body.ts";
import type { ApiApp, ApiDeps } from "../deps.ts";
import { errorResponses } from "../errors.ts";
import { createSerialQueue, ingestBody } from "./ingest.ts";
import { ingestResponseSchema } from "./schema.ts";

export const ingestRoute = createRoute({
  method: "post",
  path: "/api/ingest",
  operationId: "ingest",
  tags: ["ingest"],
  summary: "Read reports into the store",
  description:
    "Takes one report (text, HTML, JSON {text, …}) or a feed (RSS, Atom) and answers with one outcome per report. " +
    "Ingesting the same text again changes nothing (`unchanged`). Fails when nothing of the body could be kept. " +
    "A STIX 2.1 bundle (JSON with `type: bundle`, as application/json or application/stix+json) is imported like " +
    "`espial ingest bundle.json`: its objects are kept in one transaction and `stix` says what it held; a bundle " +
    "over maxStixObjects or maxJsonDepth is a 413, one that is not a STIX 2.1 bundle a 422, and nothing of it is kept.",
  security: [{ bearer: [] }],
  request: { body: reportsBody },
  responses: {
    200: {
      description: "What became of each report",
      content: { "application/json": { schema: ingestResponseSchema } },
    },
    ...errorResponses(
      "bad-usage",
      "unauthorized",
      "forbidden",
      "empty-input",
      "binary-input",
      "too-large",
      "unreadable",
      "malformed",
      "unsupported",
      "store-failure",
    ),
  },
});

export function registerIngestRoutes(app: ApiApp, deps: ApiDeps): void {
  const serially = createSerialQueue();
  app.use(ingestRoute.getRoutingPath(), requireWriter(deps.auth));
  app.openapi(ingestRoute, async (c) => {
    const body = await bodyInput(c, c.req.valid("json"));
    return c.json(await serially(() => ingestBody(body, deps)), 200);
  });
}
