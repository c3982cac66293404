// Watchlists at fusion time: each new fact about an entity someone follows becomes a notification, in the
// transaction that made the fact. Delivery (the API, the webhook) happens later and never blocks ingest.
import { sql, type Kysely } from "kysely";
import type { Fact } from "../../../pipeline/fuse/index.ts";
import type { StoreDatabase } from "../schema.ts";

/** The fact in one line, as a notification shows it. */
export function summariseFact(fact: Fact): string {
  return `${fact.subject.name} ${fact.negated ? "not " : ""}${fact.predicate} ${fact.object.name} (confidence ${fact.confidence})`;
}

/** Records a notification for every watch of an entity one of these new facts is about. */
export async function notifyWatchers(db: Kysely<StoreDatabase>, facts: readonly Fact[]): Promise<void> {
  if (facts.length === 0) return;
  for (let i = 0; i < facts.length; i += 1000) {
    const batch = facts.slice(i, i + 1000);
    await sql`
      insert into notifications (watch_id, user_name, fact_id, entity_kind, entity_key, summary)
      select w.id, w.user_name, f.id, w.kind, w.key, f.summary
      from unnest(${batch.map((f) => f.id)}::text[], ${batch.map((f) => f.subject.kind)}::text[],
                  ${batch.map((f) => f.subject.key)}::text[], ${batch.map((f) => f.object.kind)}::text[],
                  ${batch.map((f) => f.object.key)}::text[], ${batch.map(summariseFact)}::text[])
           as f(id, sk, skey, ok, okey, summary)
      join watches w on (w.kind = f.sk and w.key = f.skey) or (w.kind = f.ok and w.key = f.okey)
      -- A fact recomputed wholesale (reprocess) is not news to whom it was told already.
      where not exists (select 1 from notifications n where n.watch_id = w.id and n.fact_id = f.id)
      order by f.id, w.id`.execute(db);
  }
}
