// The feed part of the Store port: feeds to poll with their defaults and state, and the items already seen.
// `espial feeds` edits the list; the poller (src/feeds/) reads what is due and records each poll.
import type { SourceKind, TlpLevel } from "../core/index.ts";

/** What a poll came to. */
export const FEED_POLL_STATUSES = ["fetched", "not-modified", "error"] as const;
export type FeedPollStatus = (typeof FEED_POLL_STATUSES)[number];

/** A feed to poll, as `espial feeds add` gives it. */
export interface FeedToAdd {
  readonly url: string;
  readonly tlp: TlpLevel;
  readonly sourceKind: SourceKind;
  /** Polling interval in milliseconds. */
  readonly everyMs: number;
}

/** A feed with its polling state. Times are ISO 8601 strings. */
export interface StoredFeed extends FeedToAdd {
  /** Short stable id derived from the URL. */
  readonly id: string;
  readonly addedAt: string;
  readonly etag: string | null;
  readonly lastModified: string | null;
  readonly lastPolledAt: string | null;
  readonly lastStatus: FeedPollStatus | null;
  readonly lastError: string | null;
  readonly consecutiveErrors: number;
  readonly nextPollAt: string;
  /** Reports stored from this feed's items so far. */
  readonly itemsStored: number;
}

/** One poll's result, recorded in one transaction with the item keys it has now seen. */
export interface FeedPoll {
  readonly feedId: string;
  readonly polledAt: Date;
  readonly status: FeedPollStatus;
  /** Validators for the next conditional GET; kept as they were when undefined (a 304, an error). */
  readonly etag?: string | null;
  readonly lastModified?: string | null;
  readonly error: string | null;
  readonly consecutiveErrors: number;
  readonly nextPollAt: Date;
  /** Reports this poll stored, added to the feed's count. */
  readonly stored: number;
  /** Item keys (`guid:…`, `link:…`) to remember as seen. */
  readonly seenKeys: readonly string[];
}

export interface FeedStore {
  /** Adds a feed, or updates the defaults and interval of the feed with that URL (its state is kept). */
  addFeed(feed: FeedToAdd): Promise<{ readonly feed: StoredFeed; readonly created: boolean }>;
  /** Every feed, in the order they were added. */
  listFeeds(): Promise<StoredFeed[]>;
  /** A feed by its id or its URL, or null. */
  getFeed(idOrUrl: string): Promise<StoredFeed | null>;
  /** Removes a feed (by id or URL) and its seen items; the reports stored from it stay. Null if unknown. */
  removeFeed(idOrUrl: string): Promise<StoredFeed | null>;
  /** Feeds whose next poll is at or before `now`, most overdue first. */
  dueFeeds(now: Date): Promise<StoredFeed[]>;
  /** Which of these item keys the feed has already seen. */
  seenFeedItems(feedId: string, keys: readonly string[]): Promise<Set<string>>;
  /** Records a poll: the feed's state and its newly seen item keys, together. */
  recordFeedPoll(poll: FeedPoll): Promise<void>;
}
