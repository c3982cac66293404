// `espial feeds add URL [--tlp] [--source-kind] [--every 15m]`, `espial feeds list`, `espial feeds remove
// FEED`: the feeds `espial serve` and `espial watch` poll, with the defaults their items get.
import type { Command } from "commander";
import { openStore } from "../../compose.ts";
import type { Config } from "../../config/index.ts";
import { EspialError } from "../../core/index.ts";
import { formatInterval, parseInterval } from "../../feeds/index.ts";
import type { Store, StoredFeed } from "../../store/store.ts";
import type { CommandContext } from "../main.ts";
import { printJson, printLine } from "../output.ts";
import { configFrom, withStoreFlags, type StoreFlags } from "./shared.ts";

interface FeedFlags extends StoreFlags {
  readonly every?: string;
  readonly json?: boolean;
}

/** A feed URL as stored: http(s) only, normalised by the URL parser. */
export function feedUrlOf(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new EspialError("bad-usage", `not a valid feed URL: ${text}`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new EspialError("bad-usage", `a feed URL must be http or https, not ${url.protocol} (${text})`);
  }
  return url.href;
}

/** Adds (or updates) a feed with the config's defaults and the interval given. */
export async function addFeedFrom(store: Store, config: Config, url: string, every: string | undefined) {
  const everyMs = every === undefined ? config.feeds.pollEveryMs : parseInterval(every, config.feeds.minPollEveryMs);
  return store.addFeed({ url: feedUrlOf(url), tlp: config.defaults.tlp, sourceKind: config.defaults.kind, everyMs });
}

function line(feed: StoredFeed): string {
  const state =
    feed.lastStatus === null
      ? "never polled"
      : `${feed.lastStatus}${feed.consecutiveErrors > 0 ? ` (${feed.consecutiveErrors} errors in a row: ${feed.lastError ?? ""})` : ""}`;
  return `${feed.id}  ${feed.url}  every ${formatInterval(feed.everyMs)}  tlp ${feed.tlp}  ${feed.sourceKind}  ${feed.itemsStored} stored  ${state}  next ${feed.nextPollAt}`;
}

async function withStore<T>(config: Config, run: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(config);
  try {
    return await run(store);
  } finally {
    await store.close();
  }
}

export function registerFeeds(program: Command, ctx: CommandContext): void {
  const { io } = ctx;
  const feeds = program.command("feeds").description("the feeds espial serve and espial watch poll");
  withStoreFlags(feeds.command("add"))
    .description("add a feed (RSS, Atom or a page) to poll, or change its defaults")
    .argument("<url>", "http(s) URL of the feed")
    .option("--tlp <level>", "TLP marking of its items (clear, green, amber, amber+strict, red)")
    .option("--source-kind <kind>", "government, vendor, press, aggregator or unknown")
    .option("--every <interval>", "how often to poll it: 30s, 15m, 2h, 1d (default from ESPIAL_POLL_EVERY_MS, 15m)")
    .option("--json", "print the feed as JSON")
    .action(async (url: string, flags: FeedFlags) => {
      const config = configFrom(io, flags);
      const { feed, created } = await withStore(config, (store) => addFeedFrom(store, config, url, flags.every));
      if (flags.json) printJson(io, { feed, created });
      else printLine(io, `${created ? "added" : "updated"} ${line(feed)}`);
    });
  withStoreFlags(feeds.command("list"))
    .description("list the feeds with their state")
    .option("--json", "print the feeds as JSON")
    .action(async (flags: FeedFlags) => {
      const list = await withStore(configFrom(io, flags), (store) => store.listFeeds());
      if (flags.json) printJson(io, { feeds: list });
      else if (list.length === 0) printLine(io, "no feeds: add one with espial feeds add URL");
      else for (const feed of list) printLine(io, line(feed));
    });
  withStoreFlags(feeds.command("remove"))
    .description("stop polling a feed (the reports stored from it stay)")
    .argument("<feed>", "the feed's id or URL")
    .option("--json", "print the removed feed as JSON")
    .action(async (idOrUrl: string, flags: FeedFlags) => {
      const removed = await withStore(configFrom(io, flags), (store) => store.removeFeed(idOrUrl));
      if (!removed) throw new EspialError("not-found", `no feed ${idOrUrl}: see espial feeds list`);
      if (flags.json) printJson(io, { removed });
      else printLine(io, `removed ${removed.id} ${removed.url}`);
    });
}
