// Watchlists over HTTP: the user (named by the token) follows actors, sectors and countries, and reads the
// notifications new facts about them produced. Every route needs a token: a watchlist is someone's.
import { createRoute, type z } from "@hono/zod-openapi";
import { EspialError } from "../../core/index.ts";
import { presentNotification, presentWatch } from "../../present/review.ts";
import { resolveWatchEntity } from "../../present/watch-entity.ts";
import { requireWriter } from "../auth.ts";
import type { ApiApp, ApiDeps } from "../deps.ts";
import { errorResponses } from "../errors.ts";
import {
  notificationListSchema,
  notificationQuerySchema,
  watchBodySchema,
  watchListSchema,
  watchParamSchema,
  watchSchema,
} from "./schema.ts";

const json = <S extends z.ZodType>(schema: S, description: string) => ({
  description,
  content: { "application/json": { schema } },
});
const errors = errorResponses("bad-usage", "unauthorized", "forbidden", "not-found", "store-failure");

export const listWatchesRoute = createRoute({
  method: "get",
  path: "/api/watches",
  operationId: "listWatches",
  tags: ["watchlists"],
  summary: "What the token's user follows",
  security: [{ bearer: [] }],
  responses: { 200: json(watchListSchema, "The watches"), ...errors },
});

export const addWatchRoute = createRoute({
  method: "post",
  path: "/api/watches",
  operationId: "addWatch",
  tags: ["watchlists"],
  summary: "Follow an actor, a sector or a country",
  security: [{ bearer: [] }],
  request: { body: { content: { "application/json": { schema: watchBodySchema } }, required: true } },
  responses: { 200: json(watchSchema, "The watch (the same one if it was there)"), ...errors },
});

export const removeWatchRoute = createRoute({
  method: "delete",
  path: "/api/watches/{watch}",
  operationId: "removeWatch",
  tags: ["watchlists"],
  summary: "Stop following",
  security: [{ bearer: [] }],
  request: { params: watchParamSchema },
  responses: { 204: { description: "Removed" }, ...errors },
});

export const listNotificationsRoute = createRoute({
  method: "get",
  path: "/api/notifications",
  operationId: "listNotifications",
  tags: ["watchlists"],
  summary: "The new facts about what the token's user follows, oldest first",
  security: [{ bearer: [] }],
  request: { query: notificationQuerySchema },
  responses: { 200: json(notificationListSchema, "A page of notifications"), ...errors },
});

export function registerWatchRoutes(app: ApiApp, deps: ApiDeps): void {
  const { store } = deps;
  app.use("/api/watches", requireWriter(deps.auth));
  app.use("/api/watches/*", requireWriter(deps.auth));
  app.use(listNotificationsRoute.getRoutingPath(), requireWriter(deps.auth));
  app.openapi(listWatchesRoute, async (c) => {
    const watches = await store.listWatches(c.get("user").name);
    return c.json({ watches: watches.map(presentWatch) }, 200);
  });
  app.openapi(addWatchRoute, async (c) => {
    const { kind, entity } = c.req.valid("json");
    const { key, name } = await resolveWatchEntity(kind, entity, { catalogue: deps.pipeline.catalogue, store });
    return c.json(presentWatch(await store.addWatch({ user: c.get("user").name, kind, key, name })), 200);
  });
  app.openapi(removeWatchRoute, async (c) => {
    const { watch } = c.req.valid("param");
    if (!(await store.removeWatch({ user: c.get("user").name, id: watch }))) {
      throw new EspialError("not-found", `you have no watch ${watch} (see GET /api/watches)`);
    }
    return c.body(null, 204);
  });
  app.openapi(listNotificationsRoute, async (c) => {
    const { after, limit } = c.req.valid("query");
    const found = await store.listNotifications({ user: c.get("user").name, after, limit });
    return c.json({ notifications: found.map(presentNotification) }, 200);
  });
}
