// What the main thread and an extraction thread say to each other.
import type { Report } from "../core/index.ts";
import type { FusionInput } from "../pipeline/run.ts";

export interface WorkerOptions {
  /** The catalogue file the main thread uses; the built-in one when null. */
  readonly cataloguePath: string | null;
}

export interface ExtractRequest {
  readonly id: number;
  readonly reports: readonly Report[];
}

export interface ExtractResponse {
  readonly id: number;
  readonly outcomes: readonly FusionInput[];
}
