// Trigram matching (similarity, %, GIN trigram indexes) for the name and text searches of later issues.
// Kept in `public` so stores in other schemas of the same database find it on their search_path.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create extension if not exists pg_trgm with schema public`.execute(db);
}
