// Helpers for response schemas.
import { z } from "@hono/zod-openapi";

/** An array in a response: readonly, so the presenters' readonly arrays fit it. */
export const list = <T extends z.ZodType>(item: T) => z.array(item).readonly();
