// One poll of one feed: a conditional GET (If-None-Match / If-Modified-Since), its items read with the feed's
// defaults (TLP, source kind), those already seen (by guid or link) left out, the new ones stored through the
// pipeline (each in its own transaction), then the feed's state recorded with the keys of what was stored.
// An error (network, a refused address, a body over the limit, a feed that is not one) is recorded on the
// feed, which is polled again later and later (exponential backoff); nothing of that poll is stored.
import type { Report } from "../core/index.ts";
import type { Limits } from "../config/limits.ts";
import type { FetchDeps, ReadOptions } from "../pipeline/read/index.ts";
import type { IngestResult, PipelineDeps } from "../pipeline/run.ts";
import { loadPipeline } from "../pipeline/load.ts";
import type { FeedPoll, Store, StoredFeed } from "../store/store.ts";
import { itemKeysOf } from "./item-keys.ts";
import { nextPollDelay } from "./schedule.ts";

export interface PollDeps {
  readonly store: Store;
  readonly fetch: FetchDeps;
  readonly pipeline: PipelineDeps;
  readonly limits: Limits;
  /** Longest backoff after errors, in ms. */
  readonly maxBackoffMs: number;
  readonly allowPrivate: boolean;
  readonly clock: () => Date;
}

/** What one poll did, for the log and for `espial watch --once`. */
export interface PollSummary {
  readonly feed: StoredFeed;
  readonly status: FeedPoll["status"];
  /** Reports newly stored, already in the store (same text), items seen before, skipped or rejected. */
  readonly stored: number;
  readonly unchanged: number;
  readonly seen: number;
  readonly skipped: readonly string[];
  readonly rejected: readonly string[];
  readonly error: string | null;
  readonly nextPollAt: Date;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Polls one feed now and records the poll. Never throws for the feed's own failures. */
export async function pollFeed(feed: StoredFeed, deps: PollDeps): Promise<PollSummary> {
  const polledAt = deps.clock();
  const at = (errors: number) => new Date(polledAt.getTime() + nextPollDelay(feed.everyMs, errors, deps.maxBackoffMs));
  const empty = { stored: 0, unchanged: 0, seen: 0, skipped: [], rejected: [] };
  const fail = async (error: string): Promise<PollSummary> => {
    const errors = feed.consecutiveErrors + 1;
    const nextPollAt = at(errors);
    await deps.store.recordFeedPoll({
      feedId: feed.id,
      polledAt,
      status: "error",
      error,
      consecutiveErrors: errors,
      nextPollAt,
      stored: 0,
      seenKeys: [],
    });
    return { feed, status: "error", ...empty, error, nextPollAt };
  };

  // Imported on the first poll: a server with no feeds never loads the readers and recognisers.
  const { fetchIfChanged, readInput, ingestInputs } = await loadPipeline();
  let fetched;
  try {
    fetched = await fetchIfChanged(feed.url, deps.fetch, {
      limits: deps.limits,
      allowPrivate: deps.allowPrivate,
      validators: { etag: feed.etag, lastModified: feed.lastModified },
    });
  } catch (error) {
    return fail(errorText(error));
  }
  if (fetched.status === "not-modified") {
    const nextPollAt = at(0);
    await deps.store.recordFeedPoll({
      feedId: feed.id,
      polledAt,
      status: "not-modified",
      error: null,
      consecutiveErrors: 0,
      nextPollAt,
      stored: 0,
      seenKeys: [],
    });
    return { feed, status: "not-modified", ...empty, error: null, nextPollAt };
  }

  const read: ReadOptions = { limits: deps.limits, defaults: { kind: feed.sourceKind, tlp: feed.tlp } };
  const { input } = fetched;
  // Read once to learn the items' keys; ingest reads again, extracting only the new items.
  const outcomes = readInput(input, read);
  const whole = outcomes.find((o) => o.status === "rejected" && o.origin === input.origin);
  if (whole?.status === "rejected") return fail(whole.error.message);
  const keysByOrigin = new Map<string, string[]>();
  for (const o of outcomes)
    if (o.status === "read") keysByOrigin.set(o.report.source.origin, itemKeysOf(o.report.source));
  const seenBefore = await deps.store.seenFeedItems(feed.id, [...keysByOrigin.values()].flat());
  let seen = 0;
  const admit = (report: Report) => {
    const fresh = !itemKeysOf(report.source).some((k) => seenBefore.has(k));
    if (!fresh) seen++;
    return fresh;
  };
  let results: IngestResult[];
  try {
    results = await ingestInputs([input], { ...deps.pipeline, store: deps.store, read, admit });
  } catch (error) {
    return fail(`could not store the feed's items: ${errorText(error)}`);
  }
  const kept = results.filter((r) => r.status === "stored" || r.status === "unchanged");
  const seenKeys = [...new Set(kept.flatMap((r) => keysByOrigin.get(r.origin) ?? []))];
  const stored = results.filter((r) => r.status === "stored").length;
  const nextPollAt = at(0);
  await deps.store.recordFeedPoll({
    feedId: feed.id,
    polledAt,
    status: "fetched",
    etag: fetched.etag,
    lastModified: fetched.lastModified,
    error: null,
    consecutiveErrors: 0,
    nextPollAt,
    stored,
    seenKeys,
  });
  return {
    feed,
    status: "fetched",
    stored,
    unchanged: kept.length - stored,
    seen,
    skipped: results.flatMap((r) => (r.status === "skipped" ? [`${r.origin}: ${r.reason}`] : [])),
    rejected: results.flatMap((r) => (r.status === "rejected" ? [`${r.origin}: ${r.reason}`] : [])),
    error: null,
    nextPollAt,
  };
}
