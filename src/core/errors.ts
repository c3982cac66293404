// One error type with closed codes. Each code has one HTTP status and one CLI exit code (see errorTable),
// so a new code without them does not compile.

export const ERROR_CODES = [
  "bad-usage",
  "not-found",
  "empty-input",
  "binary-input",
  "too-large",
  "unreadable",
  "malformed",
  "unsupported",
  "store-locked",
  "store-failure",
  "conflict",
  "unauthorized",
  "forbidden",
  "network",
  "refused-address",
  "not-implemented",
  "rate-limited",
  "not-acceptable",
  "ambiguous",
  "internal",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const errorTable: Readonly<Record<ErrorCode, { readonly http: number; readonly exit: 1 | 2 }>> = {
  "bad-usage": { http: 400, exit: 2 },
  "not-found": { http: 404, exit: 1 },
  "empty-input": { http: 422, exit: 1 },
  "binary-input": { http: 415, exit: 1 },
  "too-large": { http: 413, exit: 1 },
  unreadable: { http: 422, exit: 1 },
  malformed: { http: 422, exit: 1 },
  unsupported: { http: 415, exit: 1 },
  "store-locked": { http: 423, exit: 1 },
  "store-failure": { http: 500, exit: 1 },
  conflict: { http: 409, exit: 1 },
  unauthorized: { http: 401, exit: 1 },
  forbidden: { http: 403, exit: 1 },
  network: { http: 502, exit: 1 },
  "refused-address": { http: 403, exit: 1 },
  "not-implemented": { http: 501, exit: 1 },
  "rate-limited": { http: 429, exit: 1 },
  "not-acceptable": { http: 406, exit: 1 },
  ambiguous: { http: 409, exit: 1 },
  internal: { http: 500, exit: 1 },
};

/** Espial's one error: a closed code, a message for users, and the cause. */
export class EspialError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "EspialError";
    this.code = code;
  }
}

export function isEspialError(value: unknown): value is EspialError {
  return value instanceof EspialError;
}

/** Converts anything thrown into an EspialError, once, at an edge. */
export function toEspialError(value: unknown): EspialError {
  if (value instanceof EspialError) return value;
  const message = value instanceof Error ? value.message : String(value);
  return new EspialError("internal", message, { cause: value });
}
