// The long-running poller of `espial serve` and `espial watch`: polls every feed that is due, one at a time,
// then sleeps until the next one is due (at most `idleMs`, so feeds added meanwhile are found). stop() ends
// the sleep at once and waits for the poll in progress, whose items are each stored whole or not at all.
import type { StoredFeed } from "../store/store.ts";
import { pollFeed, type PollDeps, type PollSummary } from "./poll.ts";

export interface PollerOptions extends PollDeps {
  /** Only these feeds (ids); all when absent. */
  readonly only?: ReadonlySet<string>;
  /** Longest sleep between two looks at the feed list, in ms. */
  readonly idleMs?: number;
  readonly onPoll?: (summary: PollSummary) => void;
  /** A failure of the store itself (not of a feed): the poller goes on after the next sleep. */
  readonly onError?: (error: unknown) => void;
}

export interface FeedPoller {
  /** Resolves once the poller has stopped. */
  readonly done: Promise<void>;
  stop(): Promise<void>;
}

/** Polls the feeds that are due now, one after the other; returns what each poll did. */
export async function pollDueFeeds(options: PollerOptions, isStopped: () => boolean = () => false) {
  const due = await options.store.dueFeeds(options.clock());
  const summaries: PollSummary[] = [];
  for (const feed of due) {
    if (isStopped()) break;
    if (options.only && !options.only.has(feed.id)) continue;
    const summary = await pollFeed(feed, options);
    summaries.push(summary);
    options.onPoll?.(summary);
  }
  return summaries;
}

function nextDue(feeds: readonly StoredFeed[], only: ReadonlySet<string> | undefined): number | null {
  const times = feeds.filter((f) => !only || only.has(f.id)).map((f) => Date.parse(f.nextPollAt));
  return times.length > 0 ? Math.min(...times) : null;
}

/** Starts polling in the background. */
export function startFeedPoller(options: PollerOptions): FeedPoller {
  const idleMs = options.idleMs ?? 60_000;
  let stopped = false;
  let wake: (() => void) | null = null;
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, Math.max(0, ms));
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  const loop = async () => {
    while (!stopped) {
      let waitMs = idleMs;
      try {
        await pollDueFeeds(options, () => stopped);
        const next = nextDue(await options.store.listFeeds(), options.only);
        if (next !== null) waitMs = Math.min(idleMs, next - options.clock().getTime());
      } catch (error) {
        if (stopped) break;
        options.onError?.(error);
      }
      if (!stopped) await sleep(Math.max(waitMs, 50));
    }
  };
  const done = loop();
  return {
    done,
    stop: async () => {
      stopped = true;
      wake?.();
      await done;
    },
  };
}
