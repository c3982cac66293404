// Facts kept as keys: a row says that the fact exists (some claim of a latest version supports it), and its
// value — evidence, confidence, explanation — is fused from the claims when it is read. Rewriting a body
// that grows with every report supporting the fact made each ingest cost more than the one before it.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table facts drop column body, drop column confidence, drop column independent_sources`.execute(db);
}
