// GET /api/search?q=: actors by any name, forgivingly; reports by title.
import { createRoute } from "@hono/zod-openapi";
import type { ApiApp, ApiDeps } from "../deps.ts";
import { errorResponses } from "../errors.ts";
import { searchQuerySchema, searchResultSchema } from "./schema.ts";
import { searchStore } from "./search.ts";

export const searchRoute = createRoute({
  method: "get",
  path: "/api/search",
  operationId: "search",
  tags: ["search"],
  summary: "Find actors by any name (forgiving case, spacing, typos) and reports by title",
  request: { query: searchQuerySchema },
  responses: {
    200: {
      description: "Actors and reports, best first",
      content: { "application/json": { schema: searchResultSchema } },
    },
    ...errorResponses("bad-usage", "store-failure"),
  },
});

export function registerSearchRoutes(app: ApiApp, deps: ApiDeps): void {
  app.openapi(searchRoute, async (c) => {
    const { q, limit } = c.req.valid("query");
    return c.json(await searchStore(q, { store: deps.store, catalogue: deps.pipeline.catalogue }, limit), 200);
  });
}
