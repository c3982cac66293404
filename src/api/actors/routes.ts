// GET /api/actors and GET /api/actors/{name}.
import { createRoute } from "@hono/zod-openapi";
import { presentActorReport, readActorProfile } from "../../present/actor-profile.ts";
import { identifyActor } from "../../present/identify-actor.ts";
import type { ApiApp, ApiDeps } from "../deps.ts";
import { errorResponses } from "../errors.ts";
import {
  actorListSchema,
  actorNameParamSchema,
  actorProfileSchema,
  actorReportsSchema,
  pageQuerySchema,
  profileQuerySchema,
} from "./schema.ts";

export const listActorsRoute = createRoute({
  method: "get",
  path: "/api/actors",
  operationId: "listActors",
  tags: ["actors"],
  summary: "The actors in the store, with how many reports and mentions name them",
  request: { query: pageQuerySchema },
  responses: {
    200: { description: "A page of actors", content: { "application/json": { schema: actorListSchema } } },
    ...errorResponses("bad-usage", "store-failure"),
  },
});

export const actorProfileRoute = createRoute({
  method: "get",
  path: "/api/actors/{name}",
  operationId: "getActorProfile",
  tags: ["actors"],
  summary: "One actor's profile, found by any of its names",
  description: "Names are forgiving: case, spacing, hyphens and small typos (`stone panda`, `APT-10`, `ATP10`).",
  request: { params: actorNameParamSchema, query: profileQuerySchema },
  responses: {
    200: { description: "The profile", content: { "application/json": { schema: actorProfileSchema } } },
    ...errorResponses("bad-usage", "not-found", "store-failure"),
  },
});

export const actorReportsRoute = createRoute({
  method: "get",
  path: "/api/actors/{name}/reports",
  operationId: "listActorReports",
  tags: ["actors"],
  summary: "One page of the reports naming an actor, newest first",
  description: "The profile lists the first page; this reads the next ones however many reports there are.",
  request: { params: actorNameParamSchema, query: pageQuerySchema },
  responses: {
    200: { description: "A page of reports", content: { "application/json": { schema: actorReportsSchema } } },
    ...errorResponses("bad-usage", "not-found", "store-failure"),
  },
});

export function registerActorRoutes(app: ApiApp, deps: ApiDeps): void {
  app.openapi(listActorsRoute, async (c) => {
    const { limit, offset } = c.req.valid("query");
    const all = await deps.store.listActors();
    const actors = all.slice(offset, offset + limit).map((a) => ({
      key: a.key,
      name: a.name,
      country: deps.pipeline.catalogue.actor(a.key)?.country ?? null,
      reports: a.reports,
      mentions: a.mentions,
    }));
    return c.json({ total: all.length, actors }, 200);
  });
  app.openapi(actorProfileRoute, async (c) => {
    const { name } = c.req.valid("param");
    const { reports_limit: limit, reports_offset: offset } = c.req.valid("query");
    const identity = await identifyActor(name, deps.pipeline.catalogue, deps.store);
    return c.json(await readActorProfile(identity, deps.store, { limit, offset }), 200);
  });
  app.openapi(actorReportsRoute, async (c) => {
    const { name } = c.req.valid("param");
    const page = c.req.valid("query");
    const identity = await identifyActor(name, deps.pipeline.catalogue, deps.store);
    const found = await deps.store.actorReports(identity.key, page);
    return c.json({ total: found.total, reports: found.reports.map(presentActorReport) }, 200);
  });
}
