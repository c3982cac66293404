// What `espial serve` and `espial watch` share to poll feeds: the poller's ports built from the config (the
// guarded HTTP client, the pipeline, the limits), its log lines, and stopping it with its HTTP client.
import { lazyPipelineDeps, openFetch } from "../../compose.ts";
import type { Config } from "../../config/index.ts";
import { describePoll, startFeedPoller, type PollerOptions } from "../../feeds/index.ts";
import type { Store } from "../../store/store.ts";

export interface FeedPollerHandle {
  readonly options: PollerOptions;
  /** Stops the poller (waiting for the poll in progress) and closes its HTTP client. */
  stop(): Promise<void>;
}

/** The poller's options from the config; `close` frees the HTTP client. */
export function feedPollerOptions(
  config: Config,
  store: Store,
  extra: { readonly allowPrivate: boolean; readonly log: (line: string) => void; readonly only?: ReadonlySet<string> },
): { options: PollerOptions; close: () => Promise<void> } {
  const client = openFetch({ allowPrivate: extra.allowPrivate });
  const options: PollerOptions = {
    store,
    fetch: client,
    // The matcher is built by the first poll that reads a report, not when the poller starts.
    pipeline: lazyPipelineDeps(config),
    limits: config.limits,
    maxBackoffMs: config.feeds.maxBackoffMs,
    allowPrivate: extra.allowPrivate,
    clock: () => new Date(),
    onPoll: (summary) => extra.log(describePoll(summary)),
    onError: (error) => extra.log(`feed poller: ${error instanceof Error ? error.message : String(error)}`),
    ...(extra.only ? { only: extra.only } : {}),
  };
  return { options, close: () => client.close() };
}

/** Starts polling in the background. */
export function startPolling(
  config: Config,
  store: Store,
  extra: { readonly allowPrivate: boolean; readonly log: (line: string) => void; readonly only?: ReadonlySet<string> },
): FeedPollerHandle {
  const { options, close } = feedPollerOptions(config, store, extra);
  const poller = startFeedPoller(options);
  return {
    options,
    stop: async () => {
      await poller.stop();
      await close();
    },
  };
}
