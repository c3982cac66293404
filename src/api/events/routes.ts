// GET /api/events and GET /api/events/{id}.
import { createRoute } from "@hono/zod-openapi";
import { EspialError } from "../../core/index.ts";
import { presentEvent, presentEventSummary } from "../../present/event.ts";
import type { ApiApp, ApiDeps } from "../deps.ts";
import { errorResponses } from "../errors.ts";
import { eventIdParamSchema, eventListQuerySchema, eventListSchema, eventSchema } from "./schema.ts";

export const listEventsRoute = createRoute({
  method: "get",
  path: "/api/events",
  operationId: "listEvents",
  tags: ["events"],
  summary: "Events (indictments, sanctions, condemnations… grouped across reports), latest first",
  request: { query: eventListQuerySchema },
  responses: {
    200: { description: "A page of events", content: { "application/json": { schema: eventListSchema } } },
    ...errorResponses("bad-usage", "store-failure"),
  },
});

export const getEventRoute = createRoute({
  method: "get",
  path: "/api/events/{id}",
  operationId: "getEvent",
  tags: ["events"],
  summary: "One event: its actions as each report tells them, with the evidence sentence of each",
  request: { params: eventIdParamSchema },
  responses: {
    200: { description: "The event", content: { "application/json": { schema: eventSchema } } },
    ...errorResponses("bad-usage", "not-found", "store-failure"),
  },
});

export function registerEventRoutes(app: ApiApp, deps: ApiDeps): void {
  app.openapi(listEventsRoute, async (c) => {
    const { limit, offset, actor } = c.req.valid("query");
    const all = await deps.store.listEvents();
    if (actor === undefined) {
      return c.json({ total: all.length, events: all.slice(offset, offset + limit).map(presentEventSummary) }, 200);
    }
    // The events naming the actor, and those its reports tell that name no actor at all.
    const told = new Set(await deps.store.eventIdsOfActorReports(actor));
    type Relation = "names-actor" | "in-actor-reports";
    const chosen: (ReturnType<typeof presentEventSummary> & { relation: Relation })[] = [];
    for (const e of all) {
      const relation: Relation | null = e.actors.some((a) => a.key === actor)
        ? "names-actor"
        : e.actors.length === 0 && told.has(e.id)
          ? "in-actor-reports"
          : null;
      if (relation) chosen.push({ ...presentEventSummary(e), relation });
    }
    return c.json({ total: chosen.length, events: chosen.slice(offset, offset + limit) }, 200);
  });
  app.openapi(getEventRoute, async (c) => {
    const { id } = c.req.valid("param");
    const event = await deps.store.getEvent(id);
    if (!event) throw new EspialError("not-found", `no event with id ${id} (see GET /api/events)`);
    return c.json(presentEvent(event), 200);
  });
}
