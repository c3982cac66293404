// The limits the read stage obeys, and the one way it words a limit in an error, so every refusal names the
// limit and its value.
import { EspialError, type ErrorCode } from "../../core/index.ts";
import type { Limits } from "../../config/limits.ts";

export type { Limits } from "../../config/limits.ts";

const MIB = 1024 * 1024;

/** A byte count for people: "20 MiB" when round, else "1234567 bytes". */
export function formatBytes(bytes: number): string {
  if (bytes >= MIB && bytes % MIB === 0) return `${bytes / MIB} MiB`;
  if (bytes >= MIB) return `${(bytes / MIB).toFixed(1)} MiB (${bytes} bytes)`;
  return `${bytes} bytes`;
}

/** An error saying which limit was passed: `over the limit maxReportBytes = 20 MiB`. */
export function limitError(
  code: ErrorCode,
  what: string,
  limit: { readonly name: keyof Limits; readonly value: string },
): EspialError {
  return new EspialError(code, `${what}: over the limit ${limit.name} = ${limit.value}`);
}
