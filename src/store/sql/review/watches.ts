// Watchlists and their notifications (made at fusion time by notify.ts), with the delivery bookkeeping the
// webhook sender needs: which are due, which were delivered, when to retry a failure.
import { sql, type Kysely, type Selectable } from "kysely";
import type { WatchKind } from "../../../review/index.ts";
import type { NotificationRecord, WatchRecord, WatchStore } from "../../review.ts";
import type { StoreDatabase } from "../schema.ts";
import { iso, reviewDb, type ReviewTables } from "./tables.ts";

function toWatch(row: Selectable<ReviewTables["watches"]>): WatchRecord {
  return {
    id: row.id,
    user: row.user_name,
    kind: row.kind as WatchKind,
    key: row.key,
    name: row.name,
    createdAt: iso(row.created_at),
  };
}

function toNotification(row: Selectable<ReviewTables["notifications"]>): NotificationRecord {
  return {
    id: row.id,
    watch: row.watch_id,
    user: row.user_name,
    fact: row.fact_id,
    entity: { kind: row.entity_kind as WatchKind, key: row.entity_key },
    summary: row.summary,
    createdAt: iso(row.created_at),
    deliveredAt: row.delivered_at === null ? null : iso(row.delivered_at),
    attempts: row.attempts,
  };
}

export function createWatchMethods(db: Kysely<StoreDatabase>): WatchStore {
  const rdb = reviewDb(db);
  return {
    async addWatch(input) {
      await rdb
        .insertInto("watches")
        .values({ user_name: input.user, kind: input.kind, key: input.key, name: input.name })
        .onConflict((oc) => oc.columns(["user_name", "kind", "key"]).doNothing())
        .execute();
      const row = await rdb
        .selectFrom("watches")
        .selectAll()
        .where("user_name", "=", input.user)
        .where("kind", "=", input.kind)
        .where("key", "=", input.key)
        .executeTakeFirstOrThrow();
      return toWatch(row);
    },
    async removeWatch({ user, id }) {
      const result = await rdb
        .deleteFrom("watches")
        .where("id", "=", id)
        .where("user_name", "=", user)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
    async listWatches(user) {
      let q = rdb.selectFrom("watches").selectAll();
      if (user !== undefined) q = q.where("user_name", "=", user);
      return (await q.orderBy("id").execute()).map(toWatch);
    },
    async listNotifications(query) {
      let q = rdb.selectFrom("notifications").selectAll().where("id", ">", query.after);
      if (query.user !== undefined) q = q.where("user_name", "=", query.user);
      return (await q.orderBy("id").limit(query.limit).execute()).map(toNotification);
    },
    async dueNotifications(now, limit) {
      const rows = await rdb
        .selectFrom("notifications")
        .selectAll()
        .where("delivered_at", "is", null)
        .where("next_attempt_at", "<=", now)
        .orderBy("id")
        .limit(limit)
        .execute();
      return rows.map(toNotification);
    },
    async markDelivered(ids, at) {
      if (ids.length === 0) return;
      await rdb
        .updateTable("notifications")
        .set({ delivered_at: at.toISOString() })
        .where("id", "in", [...ids])
        .execute();
    },
    async markFailed(id, error, retryAt) {
      await rdb
        .updateTable("notifications")
        .set({ attempts: sql`attempts + 1`, last_error: error.slice(0, 500), next_attempt_at: retryAt.toISOString() })
        .where("id", "=", id)
        .execute();
    },
  };
}
