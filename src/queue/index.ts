// Horizontal ingest for teams: jobs (a report's bytes, or a URL) in a PostgreSQL queue, taken by any number
// of `espial worker` processes that run each through the normal pipeline into the shared store. A job is
// retried with backoff when it fails (the store or the network away), then kept as failed with its reason;
// a report that cannot be read is not retried: it completes as rejected, as `espial ingest` would say.
export {
  openIngestQueue,
  QUEUE_NAME,
  type IngestQueue,
  type QueueOptions,
  type QueueStatus,
  type JobState,
  type RetryPolicy,
} from "./ingest-queue.ts";
export { ingestJobSchema, describeJob, type IngestJob, type JobOutcome } from "./jobs.ts";
export { runIngestJob, type JobDeps } from "./run-job.ts";
