// What reading one input gives: the input it took, the options it obeys, and one outcome per report found.
import { EspialError, type ErrorCode, type Report, type SourceKind, type TlpLevel } from "../../core/index.ts";
import type { Limits } from "./limits.ts";

/** Raw bytes to read, with where they came from. */
export interface RawInput {
  readonly bytes: Uint8Array;
  /** A file path, a URL or "stdin". */
  readonly origin: string;
  /** The HTTP Content-Type, when the bytes were fetched. */
  readonly contentType?: string | null;
  /** The final URL, when the bytes were fetched. */
  readonly url?: string | null;
}

export interface ReadOptions {
  readonly limits: Limits;
  readonly defaults: { readonly kind: SourceKind; readonly tlp: TlpLevel };
}

/** A STIX 2.x bundle as parsed, not yet validated: the STIX importer checks it. */
export interface StixBundleInput {
  readonly type: "bundle";
  readonly objects?: readonly unknown[];
  readonly [key: string]: unknown;
}

/** What became of one report in an input (a feed gives many). */
export type ReadOutcome =
  | { readonly status: "read"; readonly report: Report }
  | { readonly status: "skipped"; readonly origin: string; readonly reason: string }
  | { readonly status: "rejected"; readonly origin: string; readonly error: EspialError }
  | { readonly status: "stix"; readonly origin: string; readonly bundle: StixBundleInput };

/** A reader of one kind of source: decoded text in, one outcome per report it holds out. Never throws. */
export type Reader = (text: string, input: RawInput, options: ReadOptions) => ReadOutcome[];

export function readOutcome(report: Report): ReadOutcome {
  return Object.freeze({ status: "read", report: Object.freeze(report) });
}

export function skippedOutcome(origin: string, reason: string): ReadOutcome {
  return Object.freeze({ status: "skipped", origin, reason });
}

export function rejectedOutcome(origin: string, error: EspialError): ReadOutcome {
  return Object.freeze({ status: "rejected", origin, error });
}

/** Shorthand for a rejection with a fresh error. */
export function rejectWith(origin: string, code: ErrorCode, message: string): ReadOutcome {
  return rejectedOutcome(origin, new EspialError(code, message));
}
