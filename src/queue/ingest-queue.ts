// The ingest queue in PostgreSQL, through pg-boss 10 (Node 20, PostgreSQL 13+): its tables live in a schema
// of their own beside the store's. Jobs are retried with exponential backoff and then kept as failed, with
// the error that failed them last; completed and failed jobs are kept for inspection (`espial queue`).
import pg from "pg";
import PgBoss from "pg-boss";
import { EspialError } from "../core/errors.ts";
import { ingestJobSchema, type IngestJob, type JobOutcome } from "./jobs.ts";

export const QUEUE_NAME = "espial-ingest";

export interface QueueOptions {
  readonly url: string;
  /** pg-boss's schema; `espial_queue` by default. */
  readonly schema?: string;
  /** Retries after the first attempt (default 4), the first delay in seconds (default 5), doubled each time. */
  readonly retryLimit?: number;
  readonly retryDelaySeconds?: number;
}

/** Retries after the first attempt, and the first delay in seconds (doubled at each retry). */
export interface RetryPolicy {
  readonly retryLimit: number;
  readonly retryDelaySeconds: number;
}

export type JobState = "created" | "retry" | "active" | "completed" | "cancelled" | "failed";

export interface QueueStatus {
  readonly counts: Readonly<Record<JobState, number>>;
  /** The latest failed jobs with the reason they failed. */
  readonly failed: readonly {
    readonly id: string;
    readonly job: string;
    readonly reason: string;
    readonly at: string;
  }[];
}

/** Runs one job; its return value is the job's output, a throw fails (then retries) it. */
export type JobHandler = (job: IngestJob, meta: { readonly id: string }) => Promise<readonly JobOutcome[]>;

export interface IngestQueue {
  /** Queues jobs; `retry` overrides the queue's retries for these jobs. */
  enqueue(jobs: readonly IngestJob[], retry?: RetryPolicy): Promise<number>;
  /** Starts `concurrency` loops taking jobs; returns at once. */
  work(handler: JobHandler, options: { readonly concurrency: number }): Promise<void>;
  /** Jobs not yet finished: created, waiting for a retry, or active. */
  pending(): Promise<number>;
  status(): Promise<QueueStatus>;
  /** Stops taking jobs, lets the running ones finish (up to `timeoutMs`), and disconnects. */
  stop(options?: { readonly timeoutMs?: number }): Promise<void>;
}

/** Jobs one loop takes at a time: few enough that the other workers are not left idle at the end. */
const JOBS_PER_FETCH = 4;
const STATES: readonly JobState[] = ["created", "retry", "active", "completed", "cancelled", "failed"];
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Connects to the queue (creating its tables and the ingest queue the first time). */
export async function openIngestQueue(options: QueueOptions): Promise<IngestQueue> {
  const schema = options.schema ?? "espial_queue";
  if (!SCHEMA_NAME.test(schema))
    throw new EspialError("bad-usage", `invalid queue schema name ${JSON.stringify(schema)}`);
  // Our own pool, shared with pg-boss, so that status queries need no second set of connections.
  const pool = new pg.Pool({ connectionString: options.url, max: 4, connectionTimeoutMillis: 10_000 });
  pool.on("error", () => undefined);
  const db = { executeSql: (text: string, values: unknown[]) => pool.query(text, values) };
  const boss = new PgBoss({ db, schema, supervise: true, schedule: false });
  // Maintenance errors (a lost connection) are retried by pg-boss itself; without a listener they would crash.
  boss.on("error", () => undefined);
  try {
    await boss.start();
    await boss.createQueue(QUEUE_NAME, {
      name: QUEUE_NAME,
      retryLimit: options.retryLimit ?? 4,
      retryDelay: options.retryDelaySeconds ?? 5,
      retryBackoff: true,
      expireInSeconds: 15 * 60,
      retentionDays: 14,
    });
  } catch (error) {
    await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
    await pool.end().catch(() => undefined);
    throw new EspialError("store-failure", `cannot open the ingest queue: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const query = async <T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> =>
    (await pool.query<T>(text, values)).rows;
  return {
    async enqueue(jobs, retry) {
      if (jobs.length === 0) return 0;
      const policy =
        retry === undefined
          ? {}
          : { retryLimit: retry.retryLimit, retryDelay: retry.retryDelaySeconds, retryBackoff: true };
      await boss.insert(jobs.map((data) => ({ name: QUEUE_NAME, data, ...policy })));
      return jobs.length;
    },
    async work(handler, { concurrency }) {
      // pg-boss waits out its polling interval after each fetch however fast the jobs ran, so each loop takes
      // a few jobs at a time and settles each one itself (pg-boss then finds none of them still active).
      const runOne = async (job: PgBoss.Job<unknown>) => {
        try {
          const parsed = ingestJobSchema.safeParse(job.data);
          if (!parsed.success) throw new Error(`not an ingest job: ${parsed.error.issues[0]?.message ?? "invalid"}`);
          const outcomes = await handler(parsed.data, { id: job.id });
          await boss.complete(QUEUE_NAME, job.id, { outcomes });
        } catch (error) {
          await boss.fail(QUEUE_NAME, job.id, { message: error instanceof Error ? error.message : String(error) });
        }
      };
      for (let i = 0; i < concurrency; i++) {
        await boss.work<unknown>(
          QUEUE_NAME,
          { batchSize: JOBS_PER_FETCH, pollingIntervalSeconds: 0.5 },
          async (jobs) => {
            for (const job of jobs) await runOne(job);
          },
        );
      }
    },
    async pending() {
      const rows = await query<{ n: string }>(
        `select count(*) as n from ${schema}.job where name = $1 and state in ('created', 'retry', 'active')`,
        [QUEUE_NAME],
      );
      return Number(rows[0]?.n ?? 0);
    },
    async status() {
      const rows = await query<{ state: JobState; n: string }>(
        `select state, count(*) as n from ${schema}.job where name = $1 group by state`,
        [QUEUE_NAME],
      );
      const counts = Object.fromEntries(STATES.map((s) => [s, 0])) as Record<JobState, number>;
      for (const row of rows) counts[row.state] = Number(row.n);
      const failed = await query<{ id: string; data: IngestJob; output: unknown; completed_on: Date }>(
        `select id, data, output, completed_on from ${schema}.job where name = $1 and state = 'failed'
         order by completed_on desc limit 20`,
        [QUEUE_NAME],
      );
      return {
        counts,
        failed: failed.map((row) => ({
          id: row.id,
          job: row.data.kind === "url" ? row.data.url : row.data.origin,
          reason: reasonOf(row.output),
          at: new Date(row.completed_on).toISOString(),
        })),
      };
    },
    async stop(stopOptions) {
      try {
        await boss.stop({ graceful: true, wait: true, timeout: stopOptions?.timeoutMs ?? 30_000 });
      } finally {
        await pool.end();
      }
    },
  };
}

/** The reason pg-boss kept for a failed job: the message of the error its handler threw. */
function reasonOf(output: unknown): string {
  if (typeof output === "object" && output !== null && "message" in output && typeof output.message === "string") {
    return output.message;
  }
  return JSON.stringify(output);
}
