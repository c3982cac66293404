// One job through the normal pipeline into the store: the report read from the job's bytes (or fetched from
// its URL), extracted, fused and stored exactly as `espial ingest` would. A failure of the store or of the
// network throws, so the queue retries the job; a report that cannot be read is an outcome, not a throw.
import type { Limits } from "../config/limits.ts";
import { fetchInput, type FetchDeps, type RawInput } from "../pipeline/read/index.ts";
import { ingestInputs, type PipelineDeps } from "../pipeline/run.ts";
import type { Store } from "../store/store.ts";
import type { IngestJob, JobOutcome } from "./jobs.ts";

export interface JobDeps extends PipelineDeps {
  readonly store: Store;
  readonly limits: Limits;
  /** Opens the guarded fetch for URL jobs (closed after each). */
  readonly openFetch: (options: { readonly allowPrivate: boolean }) => FetchDeps & { close(): Promise<void> };
  /** Defaults for reports that name neither. */
  readonly defaults: { readonly tlp: IngestJob["tlp"] & string; readonly sourceKind: IngestJob["sourceKind"] & string };
}

export async function runIngestJob(job: IngestJob, deps: JobDeps): Promise<JobOutcome[]> {
  const input = await inputOf(job, deps);
  const results = await ingestInputs([input], {
    catalogue: deps.catalogue,
    matcher: deps.matcher,
    store: deps.store,
    read: {
      limits: deps.limits,
      defaults: { kind: job.sourceKind ?? deps.defaults.sourceKind, tlp: job.tlp ?? deps.defaults.tlp },
    },
    ...(job.published === undefined ? {} : { publishedFallback: job.published }),
  });
  return results.map((r): JobOutcome => {
    if (r.status === "skipped" || r.status === "rejected")
      return { origin: r.origin, status: r.status, reason: r.reason };
    return { origin: r.origin, status: r.status, id: r.id };
  });
}

async function inputOf(job: IngestJob, deps: JobDeps): Promise<RawInput> {
  if (job.kind === "bytes") return { bytes: Buffer.from(job.base64, "base64"), origin: job.origin };
  const client = deps.openFetch({ allowPrivate: job.allowPrivate ?? false });
  try {
    return await fetchInput(job.url, client, { limits: deps.limits, allowPrivate: job.allowPrivate ?? false });
  } finally {
    await client.close();
  }
}
