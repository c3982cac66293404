// The store's migrations, listed here in the order they run (no filesystem scanning, so a bundled or
// compiled build finds them all). A new table comes with a new file named by its timestamp, added below;
// files already listed are never edited once released.
import { Migrator, type Kysely, type Migration } from "kysely";
import { EspialError } from "../../core/errors.ts";
import * as trigram from "./20261123T1600-trigram.ts";
import * as reports from "./20261123T1601-reports.ts";
import * as documents from "./20261124T0900-documents-and-copies.ts";
import * as facts from "./20261124T0901-facts-and-events.ts";
import * as stixVersions from "./20261125T1700-stix-versions.ts";
import * as review from "./20261125T1800-review.ts";
import * as feeds from "./20261125T1900-feeds.ts";
import * as factsAsKeys from "./20261206T0930-facts-as-keys.ts";
import * as factValues from "./20261206T1300-fact-values.ts";
import * as actorDocuments from "./20261206T1400-actor-documents.ts";
import * as reportTitleSearch from "./20261206T1500-report-title-search.ts";

export const migrations: Readonly<Record<string, Migration>> = {
  "20261123T1600-trigram": trigram,
  "20261123T1601-reports": reports,
  "20261124T0900-documents-and-copies": documents,
  "20261124T0901-facts-and-events": facts,
  "20261125T1700-stix-versions": stixVersions,
  "20261125T1800-review": review,
  "20261125T1900-feeds": feeds,
  "20261206T0930-facts-as-keys": factsAsKeys,
  "20261206T1300-fact-values": factValues,
  "20261206T1400-actor-documents": actorDocuments,
  "20261206T1500-report-title-search": reportTitleSearch,
};

/**
 * Brings the database in `schema` up to the latest migration. Safe to call from several processes at once:
 * Kysely serialises migrators with an advisory lock.
 */
export async function migrateToLatest(db: Kysely<unknown>, schema: string): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: () => Promise.resolve(migrations) },
    migrationTableSchema: schema,
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error === undefined) return;
  const failed = results?.find((result) => result.status === "Error")?.migrationName;
  const message = error instanceof Error ? error.message : JSON.stringify(error);
  throw new EspialError(
    "store-failure",
    failed === undefined
      ? `could not migrate the store: ${message}`
      : `could not migrate the store: migration ${failed} failed: ${message}`,
    { cause: error },
  );
}
