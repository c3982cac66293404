// Which events a set of reports tells, in one query.
import type { Kysely } from "kysely";
import type { StoreDatabase } from "./schema.ts";

export async function eventIdsOfReports(db: Kysely<StoreDatabase>, reportIds: readonly string[]): Promise<string[]> {
  if (reportIds.length === 0) return [];
  const rows = await db
    .selectFrom("event_reports")
    .select("event_id")
    .distinct()
    .where("report_id", "in", [...reportIds])
    .orderBy("event_id")
    .execute();
  return rows.map((r) => r.event_id);
}
