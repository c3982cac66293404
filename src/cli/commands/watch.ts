// `espial watch [FEED...]`: a long-running feed poller, meant for a PostgreSQL store (DATABASE_URL) shared
// with a server and other CLIs. With the embedded store it works too, but holds its lock while it runs (use
// `espial serve`, which polls too, to have both). FEED is a feed's id or URL; a URL not yet known is added
// with --tlp, --source-kind and --every. Stops on SIGINT or SIGTERM after the poll in progress.
import type { Command } from "commander";
import { openStore } from "../../compose.ts";
import { EspialError } from "../../core/index.ts";
import { pollDueFeeds } from "../../feeds/index.ts";
import type { Store } from "../../store/store.ts";
import type { CommandContext } from "../main.ts";
import { printError, printJson, printLine } from "../output.ts";
import { feedPollerOptions, startPolling } from "./feed-poller.ts";
import { addFeedFrom } from "./feeds.ts";
import { untilStopSignal } from "./stop-signal.ts";
import { configFrom, withStoreFlags, type StoreFlags } from "./shared.ts";

interface WatchFlags extends StoreFlags {
  readonly every?: string;
  readonly once?: boolean;
  readonly allowPrivate?: boolean;
  readonly json?: boolean;
}

/** The ids of the feeds named (adding URLs not known yet), or null for all feeds. */
async function selectFeeds(
  store: Store,
  names: readonly string[],
  add: (url: string) => Promise<string>,
): Promise<Set<string> | null> {
  if (names.length === 0) {
    if ((await store.listFeeds()).length === 0)
      throw new EspialError("not-found", "no feeds to watch: add one with espial feeds add URL, or name one");
    return null;
  }
  const ids = new Set<string>();
  for (const name of names) {
    const known = await store.getFeed(name);
    if (known) ids.add(known.id);
    else if (/^https?:\/\//i.test(name)) ids.add(await add(name));
    else throw new EspialError("not-found", `no feed ${name}: see espial feeds list`);
  }
  return ids;
}

export function registerWatch(program: Command, ctx: CommandContext): void {
  withStoreFlags(program.command("watch"))
    .description("poll feeds until stopped (for a PostgreSQL store; espial serve polls the embedded one)")
    .argument("[feeds...]", "ids or URLs of feeds (all feeds when none); unknown URLs are added")
    .option("--tlp <level>", "TLP marking of the items of feeds added here")
    .option("--source-kind <kind>", "government, vendor, press, aggregator or unknown, for feeds added here")
    .option("--every <interval>", "polling interval of feeds added here: 30s, 15m, 2h, 1d")
    .option("--once", "poll the feeds that are due once, then exit")
    .option("--allow-private", "let feeds reach private, loopback and link-local addresses (a lab, a test)")
    .option("--json", "with --once, print what each poll did as JSON")
    .action(async (names: string[], flags: WatchFlags) => {
      const { io } = ctx;
      const config = configFrom(io, flags);
      const store = await openStore(config);
      const log = (text: string) => printError(io, text);
      try {
        const add = async (url: string) => (await addFeedFrom(store, config, url, flags.every)).feed.id;
        const selected = await selectFeeds(store, names, add);
        const extra = { allowPrivate: Boolean(flags.allowPrivate), log, ...(selected ? { only: selected } : {}) };
        if (flags.once) {
          const { options, close } = feedPollerOptions(config, store, flags.json ? { ...extra, log: () => {} } : extra);
          try {
            const summaries = await pollDueFeeds(options);
            if (flags.json) printJson(io, { polls: summaries });
            else if (summaries.length === 0) printLine(io, "watch: no feed is due");
            if (summaries.some((s) => s.status === "error")) ctx.setExit(1);
          } finally {
            await close();
          }
          return;
        }
        if (!config.databaseUrl)
          io.stderr.write(
            "note: watching the embedded store holds its lock: other espial commands on it wait until this stops (espial serve polls feeds too)\n",
          );
        const poller = startPolling(config, store, extra);
        printLine(io, `espial: watching ${selected ? `${selected.size} feed(s)` : "every feed"}; Ctrl-C stops`);
        const signal = await untilStopSignal();
        printLine(io, `espial: ${signal}: stopping after the poll in progress`);
        await poller.stop();
      } finally {
        await store.close();
      }
    });
}
