// POST /api/ingest/url: fetch a report or a feed by URL, as `espial ingest URL` does — the guarded fetch
// with the same limits (time, size, redirects) and non-public addresses refused unless the server allows
// them — then ingest it like a body of POST /api/ingest. A bearer token is needed. The fetch runs before
// the ingest queue, so a slow source holds no other ingest back.
import { createRoute } from "@hono/zod-openapi";
import { EspialError } from "../../core/index.ts";
import type { RawInput } from "../../pipeline/read/index.ts";
import { loadPipeline } from "../../pipeline/load.ts";
import { requireWriter } from "../auth.ts";
import type { ApiApp, ApiDeps } from "../deps.ts";
import { errorResponses } from "../errors.ts";
import { createSerialQueue, ingestBody } from "../ingest/ingest.ts";
import { ingestUrlBodySchema, ingestUrlResponseSchema, type IngestUrlBody } from "./schema.ts";

export const ingestUrlRoute = createRoute({
  method: "post",
  path: "/api/ingest/url",
  operationId: "ingestUrl",
  tags: ["ingest"],
  summary: "Fetch a report or a feed by URL and read it into the store",
  description:
    "Fetches the URL like `espial ingest URL`: http(s) only, within fetchTimeoutMs, maxReportBytes and maxRedirects, " +
    "and refusing hosts that are or resolve to private, loopback or other non-public addresses (403 " +
    "`refused-address`) unless the server was started with --allow-private. A feed gives one report per item. " +
    "A fetch that fails is a 502 `network`; the answer otherwise is that of POST /api/ingest for the body fetched.",
  security: [{ bearer: [] }],
  request: { body: { content: { "application/json": { schema: ingestUrlBodySchema } }, required: true } },
  responses: {
    200: {
      description: "What was fetched, and what became of each report",
      content: { "application/json": { schema: ingestUrlResponseSchema } },
    },
    ...errorResponses(
      "bad-usage",
      "unauthorized",
      "forbidden",
      "refused-address",
      "network",
      "empty-input",
      "binary-input",
      "too-large",
      "unreadable",
      "malformed",
      "unsupported",
      "not-implemented",
      "store-failure",
    ),
  },
});

/** Fetches the body's URL through the server's guarded client, closing the client after. */
async function fetchBody(body: IngestUrlBody, deps: ApiDeps): Promise<RawInput> {
  const { urlFetch } = deps;
  if (!urlFetch)
    throw new EspialError("not-implemented", "this server fetches no URLs: use espial ingest URL, or POST the body");
  const client = urlFetch.open();
  try {
    const { fetchInput } = await loadPipeline();
    return await fetchInput(body.url, client, { limits: deps.limits, allowPrivate: urlFetch.allowPrivate });
  } finally {
    await client.close();
  }
}

export function registerIngestUrlRoutes(app: ApiApp, deps: ApiDeps): void {
  const serially = createSerialQueue();
  app.use(ingestUrlRoute.getRoutingPath(), requireWriter(deps.auth));
  app.openapi(ingestUrlRoute, async (c) => {
    const body = c.req.valid("json");
    const input = await fetchBody(body, deps);
    const hints = {
      ...(body.tlp !== undefined ? { tlp: body.tlp } : {}),
      ...(body.source_kind !== undefined ? { kind: body.source_kind } : {}),
    };
    const ingest = await serially(() => ingestBody({ input, hints }, deps));
    const fetched = { url: input.url ?? body.url, content_type: input.contentType ?? null, bytes: input.bytes.length };
    return c.json({ fetched, ingest }, 200);
  });
}
