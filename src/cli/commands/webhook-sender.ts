// Delivers watchlist notifications to the webhook `espial serve --webhook URL` names: each POSTed as JSON
// with a timeout; a failure is logged and retried later with a growing delay. Runs beside the server and
// never blocks ingest (notifications are rows the store wrote when fusing).
import { presentNotification } from "../../present/review.ts";
import type { WatchStore } from "../../store/store.ts";

export interface WebhookSenderOptions {
  readonly url: string;
  readonly store: Pick<WatchStore, "dueNotifications" | "markDelivered" | "markFailed">;
  readonly fetch: typeof fetch;
  readonly log: (line: string) => void;
  readonly clock?: () => Date;
  /** Time between passes (default 5 s). */
  readonly intervalMs?: number;
  /** Time a POST may take (default 5 s). */
  readonly timeoutMs?: number;
}

/** Delay before retry `attempt` (from 1): 30 s doubling, at most an hour. */
export const retryDelayMs = (attempt: number) => Math.min(3_600_000, 30_000 * 2 ** Math.max(0, attempt - 1));

/** One pass: posts every due notification; returns how many were delivered. */
export async function sendDueNotifications(options: WebhookSenderOptions): Promise<number> {
  const now = (options.clock ?? (() => new Date()))();
  const due = await options.store.dueNotifications(now, 100);
  const delivered: number[] = [];
  for (const n of due) {
    try {
      const response = await options.fetch(options.url, {
        method: "POST",
        headers: { "content-type": "application/json", "user-agent": "espial-webhook" },
        body: JSON.stringify({ type: "espial.notification", notification: presentNotification(n) }),
        signal: AbortSignal.timeout(options.timeoutMs ?? 5_000),
        redirect: "manual",
      });
      await response.body?.cancel();
      if (response.status < 200 || response.status >= 300) throw new Error(`HTTP ${response.status}`);
      delivered.push(n.id);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      const retry = new Date(now.getTime() + retryDelayMs(n.attempts + 1));
      options.log(`webhook: notification ${n.id} not delivered (${why}); retrying at ${retry.toISOString()}`);
      await options.store.markFailed(n.id, why, retry);
    }
  }
  await options.store.markDelivered(delivered, now);
  return delivered.length;
}

/** Runs passes until stopped; stop() waits for the pass under way. */
export function startWebhookSender(options: WebhookSenderOptions): { stop: () => Promise<void> } {
  let stopped = false;
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    if (stopped) return;
    running = sendDueNotifications(options)
      .catch((error: unknown) => options.log(`webhook: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, options.intervalMs ?? 5_000);
      });
  };
  let timer: NodeJS.Timeout = setTimeout(tick, 0);
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
