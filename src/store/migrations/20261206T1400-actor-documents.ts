// The documents naming each actor, one row per actor and latest version, in the order an actor's page lists
// them: so that the page reads one page of an index however many reports name the actor, and counts them
// from the index alone; and the list of actors counts these rows instead of every mention of every version. Kept by the store's writers (src/store/sql/actor-documents.ts); filled here from the
// mentions already stored.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("actor_documents")
    .addColumn("actor_key", "text", (c) => c.notNull())
    .addColumn("report_id", "text", (c) => c.notNull().references("reports.id").onDelete("cascade"))
    .addColumn("published", "text")
    .addColumn("seq", "bigint", (c) => c.notNull())
    /** The names the report gives the actor (coreferences left out), each once. */
    .addColumn("surfaces", sql`text[]`, (c) => c.notNull())
    /** How many times the report mentions the actor, and the name its first mention gives it. */
    .addColumn("mentions", "integer", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("actor_documents_pkey", ["actor_key", "report_id"])
    .execute();
  await sql`create index actor_documents_newest_idx
            on actor_documents (actor_key, published desc nulls last, seq desc)`.execute(db);
  await db.schema.createIndex("actor_documents_report_idx").on("actor_documents").column("report_id").execute();
  await sql`
    insert into actor_documents (actor_key, report_id, published, seq, surfaces, mentions, name)
    select m.entity_key, r.id, r.published, r.seq,
           coalesce(array_agg(distinct m.surface) filter (where m.via <> 'coreference'), '{}'),
           count(*), (array_agg(m.entity_name order by m.ordinal))[1]
    from report_mentions m
    join documents d on d.latest_report_id = m.report_id
    join reports r on r.id = m.report_id
    where m.entity_kind = 'actor'
    group by m.entity_key, r.id, r.published, r.seq`.execute(db);
}
