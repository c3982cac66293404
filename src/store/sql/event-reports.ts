// Which events the documents naming an actor tell, in one query over the actor's index (actor_documents).
import { sql } from "kysely";
import { groupKeys } from "./actor-reports.ts";
import type { Db } from "./fusion/context.ts";

export async function eventIdsOfActorReports(db: Db, actorKey: string): Promise<string[]> {
  const keys = await groupKeys(db, actorKey);
  const { rows } = await sql<{ event_id: string }>`
    select distinct e.event_id from actor_documents a join event_reports e on e.report_id = a.report_id
    where a.actor_key = any(${keys}::text[]) order by e.event_id`.execute(db);
  return rows.map((r) => r.event_id);
}
