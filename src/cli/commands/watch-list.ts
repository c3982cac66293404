// `espial watch-list add|remove|list|notifications`: what an analyst follows — actors, sectors, countries.
// Each new fact about a followed entity becomes a notification (read here or at GET /api/notifications,
// and POSTed to the webhook `espial serve --webhook URL` is given).
import type { Command } from "commander";
import { EspialError } from "../../core/index.ts";
import { presentNotification, presentWatch } from "../../present/review.ts";
import { resolveWatchEntity } from "../../present/watch-entity.ts";
import { WATCH_KINDS, type WatchKind } from "../../review/index.ts";
import type { CommandContext } from "../main.ts";
import { printJson, printLine, type Io } from "../output.ts";
import { withStore } from "./review-shared.ts";
import { withStoreFlags, type StoreFlags } from "./shared.ts";

type Flags = StoreFlags & { user?: string; json?: boolean };

const userOf = (io: Io, flags: Flags) => {
  const user = (flags.user ?? io.env.ESPIAL_USER ?? io.env.USER ?? "").trim();
  if (user === "") throw new EspialError("bad-usage", "say whose watchlist: --user NAME (or set ESPIAL_USER)");
  return user;
};

const withFlags = (command: Command) =>
  withStoreFlags(command)
    .option("--user <name>", "whose watchlist (default: ESPIAL_USER, else the login name)")
    .option("--json", "print as JSON");

export function registerWatchList(program: Command, ctx: CommandContext): void {
  const watch = program
    .command("watch-list")
    .description("follow actors, sectors or countries: new facts about them become notifications");
  withFlags(watch.command("add"))
    .description("follow an entity")
    .argument("<kind>", WATCH_KINDS.join(" | "))
    .argument("<entity>", "an actor (any name), a country (ISO code or name) or a sector")
    .action(async (kind: string, entity: string, flags: Flags) => {
      if (!(WATCH_KINDS as readonly string[]).includes(kind)) {
        throw new EspialError("bad-usage", `follow one of: ${WATCH_KINDS.join(", ")} (not "${kind}")`);
      }
      const user = userOf(ctx.io, flags);
      await withStore(ctx.io, flags, async (store, catalogue) => {
        const { key, name } = await resolveWatchEntity(kind as WatchKind, entity, { catalogue: catalogue(), store });
        const added = await store.addWatch({ user, kind: kind as WatchKind, key, name });
        if (flags.json) return printJson(ctx.io, presentWatch(added));
        printLine(ctx.io, `watch ${added.id}: ${user} follows ${kind} ${name} (${key})`);
      });
    });
  withFlags(watch.command("remove"))
    .description("stop following (by the watch's id)")
    .argument("<id>", "the watch's id (see espial watch-list list)")
    .action(async (id: string, flags: Flags) => {
      const user = userOf(ctx.io, flags);
      await withStore(ctx.io, flags, async (store) => {
        if (!(await store.removeWatch({ user, id: Number(id) }))) {
          throw new EspialError("not-found", `${user} has no watch ${id} (see espial watch-list list)`);
        }
        printLine(ctx.io, `watch ${id} removed`);
      });
    });
  withFlags(watch.command("list"))
    .description("what is followed")
    .option("--all", "every user's watches")
    .action(async (flags: Flags & { all?: boolean }) => {
      await withStore(ctx.io, flags, async (store) => {
        const watches = await store.listWatches(flags.all ? undefined : userOf(ctx.io, flags));
        if (flags.json) return printJson(ctx.io, { watches: watches.map(presentWatch) });
        if (watches.length === 0) return printLine(ctx.io, "nothing followed (espial watch-list add actor APT10)");
        for (const w of watches)
          printLine(ctx.io, `${String(w.id).padStart(4)}  ${w.user}  ${w.kind} ${w.name} (${w.key})`);
      });
    });
  withFlags(watch.command("notifications"))
    .description("the new facts about what is followed, oldest first")
    .option("--after <id>", "only notifications after this id", "0")
    .action(async (flags: Flags & { after: string }) => {
      const user = userOf(ctx.io, flags);
      await withStore(ctx.io, flags, async (store) => {
        const found = await store.listNotifications({ user, after: Number(flags.after) || 0, limit: 1000 });
        if (flags.json) return printJson(ctx.io, { notifications: found.map(presentNotification) });
        if (found.length === 0) return printLine(ctx.io, "no notifications");
        for (const n of found)
          printLine(ctx.io, `${String(n.id).padStart(5)}  ${n.createdAt}  ${n.summary}  [${n.fact}]`);
      });
    });
}
