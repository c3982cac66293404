// Review over HTTP: the claims to review, decisions on them and on actors (merge, split, undo), the audit
// log. Every write needs a token naming its user (401 without); reads of the queue and log are like any read.
import { createRoute, type z } from "@hono/zod-openapi";
import { squashName } from "../../catalogue/index.ts";
import { findActor, identifyActor } from "../../present/identify-actor.ts";
import { presentDecision, presentReviewClaim } from "../../present/review.ts";
import type { DecisionOutcome } from "../../store/store.ts";
import { EspialError } from "../../core/index.ts";
import { requireWriter } from "../auth.ts";
import type { ApiApp, ApiDeps } from "../deps.ts";
import { errorResponses } from "../errors.ts";
import {
  claimParamSchema,
  decideBodySchema,
  decisionListQuerySchema,
  decisionListSchema,
  decisionParamSchema,
  decisionResultSchema,
  editBodySchema,
  mergeBodySchema,
  reviewClaimListSchema,
  reviewClaimSchema,
  reviewQuerySchema,
  splitBodySchema,
  undoBodySchema,
} from "./schema.ts";
import { registerWatchRoutes } from "./watch-routes.ts";

const json = <S extends z.ZodType>(schema: S, description: string) => ({
  description,
  content: { "application/json": { schema } },
});
const body = <S extends z.ZodType>(schema: S) => ({
  body: { content: { "application/json": { schema } }, required: true },
});
const writeErrors = errorResponses("bad-usage", "unauthorized", "forbidden", "not-found", "conflict", "store-failure");

export const listClaimsRoute = createRoute({
  method: "get",
  path: "/api/review/claims",
  operationId: "listReviewClaims",
  tags: ["review"],
  summary: "The claims of the stored reports to review, newest report first",
  request: { query: reviewQuerySchema },
  responses: {
    200: json(reviewClaimListSchema, "A page of claims"),
    ...errorResponses("bad-usage", "not-found", "store-failure"),
  },
});

export const getClaimRoute = createRoute({
  method: "get",
  path: "/api/review/claims/{claim}",
  operationId: "getReviewClaim",
  tags: ["review"],
  summary: "One claim with its evidence and review",
  request: { params: claimParamSchema },
  responses: {
    200: json(reviewClaimSchema, "The claim"),
    ...errorResponses("bad-usage", "not-found", "store-failure"),
  },
});

const decideRoute = (verb: "accept" | "reject") =>
  createRoute({
    method: "post",
    path: `/api/review/claims/{claim}/${verb}`,
    operationId: `${verb}Claim`,
    tags: ["review"],
    summary: verb === "reject" ? "Reject a claim: it supports no fact any more" : "Accept a claim as checked",
    security: [{ bearer: [] }],
    request: { params: claimParamSchema, ...body(decideBodySchema) },
    responses: { 200: json(decisionResultSchema, "The decision, recorded and applied"), ...writeErrors },
  });
export const acceptClaimRoute = decideRoute("accept");
export const rejectClaimRoute = decideRoute("reject");

export const editClaimRoute = createRoute({
  method: "post",
  path: "/api/review/claims/{claim}/edit",
  operationId: "editClaim",
  tags: ["review"],
  summary: "Replace a claim's values (the report's own reading is kept)",
  security: [{ bearer: [] }],
  request: { params: claimParamSchema, ...body(editBodySchema) },
  responses: { 200: json(decisionResultSchema, "The decision, recorded and applied"), ...writeErrors },
});

export const mergeRoute = createRoute({
  method: "post",
  path: "/api/review/merges",
  operationId: "mergeActors",
  tags: ["review"],
  summary: "Merge an actor into another: its reports, names and facts read as the other's",
  security: [{ bearer: [] }],
  request: body(mergeBodySchema),
  responses: { 200: json(decisionResultSchema, "The merge, recorded and applied"), ...writeErrors },
});

export const splitRoute = createRoute({
  method: "post",
  path: "/api/review/splits",
  operationId: "splitActors",
  tags: ["review"],
  summary: "Separate an actor merged into another",
  security: [{ bearer: [] }],
  request: body(splitBodySchema),
  responses: { 200: json(decisionResultSchema, "The split, recorded and applied"), ...writeErrors },
});

export const undoRoute = createRoute({
  method: "post",
  path: "/api/review/decisions/{decision}/undo",
  operationId: "undoDecision",
  tags: ["review"],
  summary: "Undo a decision (the log keeps both)",
  security: [{ bearer: [] }],
  request: { params: decisionParamSchema, ...body(undoBodySchema) },
  responses: { 200: json(decisionResultSchema, "The undo, recorded and applied"), ...writeErrors },
});

export const listDecisionsRoute = createRoute({
  method: "get",
  path: "/api/review/decisions",
  operationId: "listDecisions",
  tags: ["review"],
  summary: "The audit log of decisions, newest first",
  request: { query: decisionListQuerySchema },
  responses: { 200: json(decisionListSchema, "A page of the log"), ...errorResponses("bad-usage", "store-failure") },
});

const result = (o: DecisionOutcome) => ({ decision: presentDecision(o.decision), facts_recomputed: o.factsRecomputed });

export function registerReviewRoutes(app: ApiApp, deps: ApiDeps): void {
  const { store } = deps;
  // Read when a request needs it: the OpenAPI document is built without a pipeline.
  const catalogue = () => deps.pipeline.catalogue;
  for (const route of [acceptClaimRoute, rejectClaimRoute, editClaimRoute, mergeRoute, splitRoute, undoRoute]) {
    app.use(route.getRoutingPath(), requireWriter(deps.auth));
  }
  app.openapi(listClaimsRoute, async (c) => {
    const { actor, status, limit, offset } = c.req.valid("query");
    let actorKeys: string[] | undefined;
    if (actor !== undefined) {
      const found = await identifyActor(actor, catalogue(), store);
      actorKeys = [found.key, ...(await store.actorGroup(found.key)).members.map((m) => m.key)];
    }
    const page = await store.listReviewClaims({
      ...(actorKeys ? { actorKeys } : {}),
      ...(status ? { review: status } : {}),
      limit,
      offset,
    });
    return c.json({ total: page.total, claims: page.claims.map(presentReviewClaim) }, 200);
  });
  app.openapi(getClaimRoute, async (c) => {
    const { claim } = c.req.valid("param");
    const found = await store.getReviewClaim(claim);
    if (!found) throw new EspialError("not-found", `no claim ${claim} (see GET /api/review/claims)`);
    return c.json(presentReviewClaim(found), 200);
  });
  for (const [route, kind] of [
    [acceptClaimRoute, "accept-claim"],
    [rejectClaimRoute, "reject-claim"],
  ] as const) {
    app.openapi(route, async (c) => {
      const { claim } = c.req.valid("param");
      const { why } = c.req.valid("json");
      return c.json(result(await store.decideClaim({ claim, kind, user: c.get("user").name, reason: why })), 200);
    });
  }
  app.openapi(editClaimRoute, async (c) => {
    const { claim } = c.req.valid("param");
    const { why, changes } = c.req.valid("json");
    const outcome = await store.decideClaim({
      claim,
      kind: "edit-claim",
      changes,
      user: c.get("user").name,
      reason: why,
    });
    return c.json(result(outcome), 200);
  });
  app.openapi(mergeRoute, async (c) => {
    const { into, from, why } = c.req.valid("json");
    const [a, b] = [await identifyActor(into, catalogue(), store), await identifyActor(from, catalogue(), store)];
    const outcome = await store.mergeActors({
      into: { key: a.key, name: a.name },
      from: { key: b.key, name: b.name },
      user: c.get("user").name,
      reason: why,
    });
    return c.json(result(outcome), 200);
  });
  app.openapi(splitRoute, async (c) => {
    const { actor, from, why } = c.req.valid("json");
    const a = await identifyActor(actor, catalogue(), store);
    const members = (await store.actorGroup(a.key)).members;
    const b =
      members.find((m) => m.key === from || squashName(m.name) === squashName(from)) ??
      (await findActor(from, catalogue(), store));
    const outcome = await store.splitActors({
      actor: { key: a.key, name: a.name },
      from: { key: b.key, name: b.name },
      user: c.get("user").name,
      reason: why,
    });
    return c.json(result(outcome), 200);
  });
  app.openapi(undoRoute, async (c) => {
    const { decision } = c.req.valid("param");
    const { why } = c.req.valid("json");
    return c.json(result(await store.undoDecision({ decision, user: c.get("user").name, reason: why })), 200);
  });
  app.openapi(listDecisionsRoute, async (c) => {
    const { target, limit, offset } = c.req.valid("query");
    const log = await store.listDecisions({ ...(target ? { target } : {}), limit, offset });
    return c.json({ total: log.total, decisions: log.decisions.map(presentDecision) }, 200);
  });
  registerWatchRoutes(app, deps);
}
