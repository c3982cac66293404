// Events on the wire: the list (latest first, optionally for one actor) and one event with its actions as
// each report tells them and every report that describes it (the shapes of present/event.ts).
import { z } from "@hono/zod-openapi";
import { ACTION_KINDS, ACTION_TYPES, CERTAINTIES, STATUSES } from "../../core/index.ts";
import { list } from "../wire.ts";

export const eventIdParamSchema = z.strictObject({
  id: z
    .string()
    .min(1)
    .max(128)
    .regex(/^[A-Za-z0-9_-]+$/, "an event id is letters, digits, - and _")
    .openapi({ param: { name: "id", in: "path" }, description: "The event's id (see GET /api/events)" }),
});

export const eventListQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(1000).default(100).openapi({ description: "Most events (default 100)" }),
  offset: z.coerce.number().int().min(0).default(0).openapi({ description: "Events skipped first (default 0)" }),
  actor: z.string().min(1).max(200).optional().openapi({
    description: "Only the events naming the actor with this key, and those its reports tell that name no actor",
    example: "attack:G0045",
  }),
});

const eventActor = z.strictObject({ key: z.string(), name: z.string() });
const dates = {
  from: z.string().nullable().openapi({ description: "The first date of the event (YYYY-MM-DD), null if undated" }),
  to: z.string().nullable(),
};

export const eventSummarySchema = z
  .strictObject({
    id: z.string(),
    ...dates,
    types: list(z.enum(ACTION_TYPES)),
    actors: list(eventActor),
    targets: list(z.string()),
    actions: z.number().int(),
    reports: z.number().int(),
    relation: z.enum(["names-actor", "in-actor-reports"]).optional().openapi({
      description:
        "With ?actor only: the event names the actor, or names no actor and is told by a report that names it",
    }),
  })
  .openapi("EventSummary");

export const eventListSchema = z
  .strictObject({ total: z.number().int(), events: list(eventSummarySchema) })
  .openapi("EventList", { description: "Events, latest first (undated last)" });

export const eventSchema = z
  .strictObject({
    id: z.string(),
    ...dates,
    types: list(z.enum(ACTION_TYPES)),
    actors: list(eventActor),
    targets: list(z.string()),
    actions: list(
      z.strictObject({
        type: z.enum(ACTION_TYPES),
        kind: z.enum(ACTION_KINDS),
        by: list(z.string()),
        against: list(z.string()),
        date: z.string().nullable(),
        certainty: z.enum(CERTAINTIES),
        status: z.enum(STATUSES),
        negated: z.boolean(),
        asserted_by: z.string().nullable(),
        actors: list(z.string()).openapi({ description: "Keys of the actors the action concerns" }),
        document: z.string().openapi({ description: "The report that tells it" }),
        evidence: z.string(),
        span: z.strictObject({ start: z.number().int(), end: z.number().int() }),
      }),
    ),
    reports: list(
      z.strictObject({
        document: z.string(),
        title: z.string().nullable(),
        published: z.string().nullable(),
        origin: z.string(),
      }),
    ),
  })
  .openapi("Event", { description: "One happening with its actions as each report tells them" });
