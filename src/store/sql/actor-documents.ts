// The actor_documents rows: one per actor and document naming it (its latest version), which an actor's page
// reads in order. Writers keep them: reports that became latest add theirs, versions superseded lose theirs,
// removal cascades from the reports, and reprocessing (which rewrites every report's mentions) rebuilds all.
import { sql, type RawBuilder } from "kysely";
import type { Db } from "./fusion/context.ts";

/** The rows of the latest versions among the reports `where` selects (as `r`). */
const rowsOf = (where: RawBuilder<unknown>) => sql`
  insert into actor_documents (actor_key, report_id, published, seq, surfaces, mentions, name)
  select m.entity_key, r.id, r.published, r.seq,
         coalesce(array_agg(distinct m.surface) filter (where m.via <> 'coreference'), '{}'),
         count(*), (array_agg(m.entity_name order by m.ordinal))[1]
  from report_mentions m
  join documents d on d.latest_report_id = m.report_id
  join reports r on r.id = m.report_id
  where m.entity_kind = 'actor' and ${where}
  group by m.entity_key, r.id, r.published, r.seq
  on conflict (actor_key, report_id) do nothing`;

/** Lists the reports that became latest versions, and unlists those that no longer are. */
export async function listActorDocuments(
  db: Db,
  change: { readonly added: readonly string[]; readonly superseded: readonly string[] },
): Promise<void> {
  if (change.superseded.length > 0)
    await db
      .deleteFrom("actor_documents")
      .where("report_id", "in", [...change.superseded])
      .execute();
  if (change.added.length > 0) await rowsOf(sql`r.id = any(${[...change.added]}::text[])`).execute(db);
}

/** Lists every latest version again, from the mentions as they are now. */
export async function relistActorDocuments(db: Db): Promise<void> {
  await db.deleteFrom("actor_documents").execute();
  await rowsOf(sql`true`).execute(db);
}
