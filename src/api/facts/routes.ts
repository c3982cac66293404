// GET /api/facts/{id}: one fact with its explanation (what `espial why` prints).
import { createRoute } from "@hono/zod-openapi";
import { EspialError } from "../../core/index.ts";
import { presentFact } from "../../present/facts.ts";
import type { ApiApp, ApiDeps } from "../deps.ts";
import { errorResponses } from "../errors.ts";
import { factIdParamSchema, factSchema } from "./schema.ts";

export const getFactRoute = createRoute({
  method: "get",
  path: "/api/facts/{id}",
  operationId: "getFact",
  tags: ["facts"],
  summary: "One fact: its confidence explained, its conflicts and its evidence sentences",
  request: { params: factIdParamSchema },
  responses: {
    200: { description: "The fact", content: { "application/json": { schema: factSchema } } },
    ...errorResponses("bad-usage", "not-found", "store-failure"),
  },
});

export function registerFactRoutes(app: ApiApp, deps: ApiDeps): void {
  app.openapi(getFactRoute, async (c) => {
    const { id } = c.req.valid("param");
    const fact = await deps.store.getFact(id);
    if (!fact) throw new EspialError("not-found", `no fact with id ${id} (facts are listed in actor profiles)`);
    return c.json(presentFact(fact), 200);
  });
}
