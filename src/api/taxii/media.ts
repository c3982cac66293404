// TAXII 2.1 on the wire: its media type on every answer (errors included), the Accept and Content-Type checks
// (406 and 415), RFC 3339 timestamps, and errors as TAXII error message resources (spec §3.6.1).
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { EspialError, errorTable, toEspialError } from "../../core/index.ts";

export const TAXII_MEDIA_TYPE = "application/taxii+json;version=2.1";
/** Where the TAXII server answers: every path under it gets TAXII answers, the app's own errors included. */
export const TAXII_ROOT = "/taxii2";

/** Whether a request path is the TAXII server's (so its errors are TAXII error messages). */
export function isTaxiiPath(path: string): boolean {
  return path === TAXII_ROOT || path.startsWith(`${TAXII_ROOT}/`);
}
export const STIX_MEDIA_TYPE = "application/stix+json;version=2.1";

interface MediaRange {
  readonly type: string;
  readonly version: string | null;
}

/** The media ranges of an Accept or Content-Type header, lower-cased, with their `version` parameter. */
function mediaRanges(header: string): MediaRange[] {
  return header
    .split(",")
    .map((part) => {
      const [type = "", ...params] = part.split(";").map((p) => p.trim().toLowerCase());
      const version =
        params
          .find((p) => p.startsWith("version="))
          ?.slice("version=".length)
          .replace(/"/g, "") ?? null;
      return { type, version };
    })
    .filter((r) => r.type !== "");
}

const isTaxii21 = (r: MediaRange) => r.type === "application/taxii+json" && (r.version === null || r.version === "2.1");

/**
 * Whether an Accept header lets us answer with TAXII 2.1: `application/taxii+json` with version 2.1 or none,
 * or a wildcard (what curl sends). No header at all is taken as a wildcard.
 */
export function acceptsTaxii(accept: string | undefined): boolean {
  if (accept === undefined || accept.trim() === "") return true;
  return mediaRanges(accept).some((r) => isTaxii21(r) || r.type === "*/*" || r.type === "application/*");
}

/** Whether a Content-Type is a TAXII 2.1 envelope (version 2.1 or none). */
export function isTaxiiContentType(contentType: string | undefined): boolean {
  const first = contentType ? mediaRanges(contentType)[0] : undefined;
  return first !== undefined && isTaxii21(first);
}

/** The checks every TAXII request passes: 406 unless the client accepts TAXII 2.1. */
export function checkAccept(accept: string | undefined): void {
  if (!acceptsTaxii(accept)) {
    throw new EspialError(
      "not-acceptable",
      `this TAXII server answers ${TAXII_MEDIA_TYPE} only; the Accept header asked for "${accept ?? ""}"`,
    );
  }
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})$/;

/** Whether a string is an RFC 3339 timestamp with a time zone (what TAXII parameters and headers carry). */
export function isRfc3339(value: string): boolean {
  return RFC3339.test(value) && !Number.isNaN(Date.parse(value.toUpperCase()));
}

/** A JSON answer in the TAXII media type. */
export function taxiiJson(c: Context, body: unknown, status: ContentfulStatusCode = 200): Response {
  return c.body(JSON.stringify(body), status, { "Content-Type": TAXII_MEDIA_TYPE });
}

const TITLES: Readonly<Record<number, string>> = {
  400: "Bad request",
  401: "Authentication required",
  403: "Forbidden",
  404: "Not found",
  406: "Not acceptable",
  413: "Request too large",
  415: "Unsupported media type",
  422: "Unprocessable entity",
  429: "Too many requests",
  500: "Internal server error",
};

/** A TAXII error message resource for an error; internal ones are logged and answered without details. */
export function taxiiErrorResponse(c: Context, err: unknown, log: (line: string) => void): Response {
  const error = toEspialError(err);
  if (error.code === "internal" || error.code === "store-failure") {
    log(
      `${c.req.method} ${c.req.path}: ${error.code}: ${error.message}${err instanceof Error && err.stack ? `\n${err.stack}` : ""}`,
    );
  }
  const status = errorTable[error.code].http;
  const description =
    error.code === "internal" ? "internal error: please report it with the request that caused it" : error.message;
  const response = taxiiJson(
    c,
    { title: TITLES[status] ?? error.code, description, error_code: error.code, http_status: String(status) },
    status as ContentfulStatusCode,
  );
  if (error.code === "unauthorized") {
    response.headers.set("WWW-Authenticate", 'Basic realm="espial", Bearer realm="espial"');
  }
  return response;
}
