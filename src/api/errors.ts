// Errors on the wire: every failure is `{ "error": { "code", "message" } }` with the status errorTable gives
// its code. Validation failures become `bad-usage` naming the field; Hono's own exceptions (unsupported media
// type, malformed JSON, body too large) are mapped onto our codes; anything else is converted once, here.
// Under /taxii2 the same errors are TAXII error messages (media.ts), whichever middleware raised them.
import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { ZodError } from "zod";
import { ERROR_CODES, EspialError, errorTable, toEspialError, type ErrorCode } from "../core/index.ts";
import { isTaxiiPath, taxiiErrorResponse } from "./taxii/media.ts";

export const errorBodySchema = z
  .strictObject({
    error: z.strictObject({
      code: z.enum(ERROR_CODES).openapi({ description: "One of the closed error codes of docs/errors.md" }),
      message: z
        .string()
        .openapi({ description: "What went wrong, for a person", example: 'no actor known as "APT999"' }),
    }),
  })
  .openapi("Error");
export type ErrorBody = z.infer<typeof errorBodySchema>;

interface ErrorResponse {
  readonly description: string;
  readonly content: { readonly "application/json": { readonly schema: typeof errorBodySchema } };
}

/** The OpenAPI responses for these error codes, grouped by status: `responses: { 200: …, ...errorResponses("not-found") }`. */
export function errorResponses(...codes: readonly ErrorCode[]): Record<number, ErrorResponse> {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of [...codes, "internal" as const]) {
    const status = errorTable[code].http;
    const list = byStatus.get(status) ?? [];
    if (!list.includes(code)) list.push(code);
    byStatus.set(status, list);
  }
  const responses: Record<number, ErrorResponse> = {};
  for (const [status, list] of byStatus) {
    responses[status] = {
      description: `Error: ${list.map((c) => `\`${c}\``).join(", ")}`,
      content: { "application/json": { schema: errorBodySchema } },
    };
  }
  return responses;
}

/** The JSON response for an error; under /taxii2 a TAXII error message in the TAXII media type instead. */
export function errorResponse(c: Context, error: EspialError): Response {
  if (isTaxiiPath(c.req.path)) return taxiiErrorResponse(c, error, () => undefined);
  const body: ErrorBody = { error: { code: error.code, message: error.message } };
  const response = c.json(body, errorTable[error.code].http as ContentfulStatusCode);
  if (error.code === "unauthorized") response.headers.set("WWW-Authenticate", 'Bearer realm="espial"');
  return response;
}

const HTTP_CODES: Readonly<Record<number, ErrorCode>> = {
  400: "bad-usage",
  401: "unauthorized",
  403: "forbidden",
  404: "not-found",
  413: "too-large",
  415: "unsupported",
  501: "not-implemented",
};

/** Hono's exceptions as our errors: a body that is not JSON is `malformed`, the rest by status. */
function fromHttpException(e: HTTPException): EspialError {
  if (/malformed json/i.test(e.message)) return new EspialError("malformed", "the request body is not valid JSON");
  const code = HTTP_CODES[e.status] ?? "internal";
  const message =
    code === "unsupported" ? "unsupported Content-Type for this route (see /api/openapi.json)" : e.message || code;
  return new EspialError(code, message, { cause: e });
}

/** The one place unknown throws become errors; internal ones are logged and answered without their details. */
export function createErrorHandler(log: (line: string) => void) {
  return (err: unknown, c: Context): Response => {
    const error = err instanceof HTTPException ? fromHttpException(err) : toEspialError(err);
    if (error.code === "internal" || error.code === "store-failure") {
      log(
        `${c.req.method} ${c.req.path}: ${error.code}: ${error.message}${err instanceof Error && err.stack ? `\n${err.stack}` : ""}`,
      );
    }
    if (error.code === "internal")
      return errorResponse(
        c,
        new EspialError("internal", "internal error: please report it with the request that caused it"),
      );
    return errorResponse(c, error);
  };
}

type Issue = ZodError["issues"][number];

/** The issue to show: for a union, the branch that got furthest (fewest issues), first branch on ties. */
function deepestIssue(issue: Issue): Issue {
  if (issue.code !== "invalid_union" || issue.errors.length === 0) return issue;
  const best = issue.errors.reduce((a, b) => (b.length < a.length ? b : a));
  const inner = best[0];
  return inner ? deepestIssue({ ...inner, path: [...issue.path, ...inner.path] }) : issue;
}

const TARGETS: Readonly<Record<string, string>> = {
  json: "body",
  query: "query parameter",
  param: "path parameter",
  header: "header",
};

/** A validation failure as one `bad-usage` line naming the field: `query parameter "q": …`. */
export function validationError(target: string, error: ZodError): EspialError {
  const first = error.issues[0];
  if (!first) return new EspialError("bad-usage", `invalid ${TARGETS[target] ?? target}`);
  const issue = deepestIssue(first);
  const path = issue.path.map(String).join(".");
  const where = target === "json" ? (path ? `body field "${path}"` : "body") : `${TARGETS[target] ?? target} "${path}"`;
  return new EspialError("bad-usage", `${where}: ${issue.message}`);
}

/** OpenAPIHono's defaultHook: a failed validation throws, so the error handler answers it like any other. */
export function validationHook(result: { success: boolean; target: string; error?: ZodError }): void {
  if (!result.success && result.error) throw validationError(result.target, result.error);
}
