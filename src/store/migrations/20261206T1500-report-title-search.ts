// Searching reports by title in the store instead of reading every report's row: a trigram index over the
// title squashed as names are (lower case, letters and digits only), which `LIKE '%…%'` uses.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index reports_title_squashed_idx on reports
            using gin ((regexp_replace(lower(coalesce(title, '')), '[^[:alnum:]]+', '', 'g')) gin_trgm_ops)`.execute(
    db,
  );
}
