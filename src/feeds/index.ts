// Feeds: polling RSS/Atom feeds (and pages) registered in the store, with conditional GET, per-feed
// defaults (TLP, source kind), items deduplicated by guid and link, and exponential backoff on errors.
// Guarantees: each item is stored whole or not at all; a feed's state is recorded after its items, so a
// poll cut short is redone, and the store's content hash makes redoing it harmless.
export { pollFeed, type PollDeps, type PollSummary } from "./poll.ts";
export { pollDueFeeds, startFeedPoller, type FeedPoller, type PollerOptions } from "./poller.ts";
export { formatInterval, nextPollDelay, parseInterval } from "./schedule.ts";
export { itemKeysOf } from "./item-keys.ts";
export { describePoll } from "./describe.ts";
