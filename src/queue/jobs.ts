// An ingest job as it sits in the queue: the report itself (its bytes, so a worker on another machine needs
// no shared disk) or a URL for the worker to fetch, with the defaults `espial ingest` would apply. One
// schema gives the type and the check a worker runs on every job it takes.
import { z } from "zod";
import { SOURCE_KINDS, TLP_LEVELS } from "../core/index.ts";

const defaults = {
  tlp: z.enum(TLP_LEVELS).optional(),
  sourceKind: z.enum(SOURCE_KINDS).optional(),
  /** YYYY-MM-DD for reports that give no date of their own. */
  published: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
};

export const ingestJobSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("bytes"), origin: z.string().min(1), base64: z.string(), ...defaults }),
  z.object({
    kind: z.literal("url"),
    url: z.url({ protocol: /^https?$/ }),
    allowPrivate: z.boolean().optional(),
    ...defaults,
  }),
]);
export type IngestJob = z.infer<typeof ingestJobSchema>;

/** What a job's report came to, kept as the job's output. */
export interface JobOutcome {
  readonly origin: string;
  readonly status: "stored" | "unchanged" | "skipped" | "rejected";
  readonly id?: string;
  readonly reason?: string;
}

/** A short name for a job in logs and messages. */
export function describeJob(job: IngestJob): string {
  return job.kind === "url" ? job.url : job.origin;
}
