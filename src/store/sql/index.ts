// The SQL both adapters share: given a Kysely connected to PostgreSQL or PGlite, migrate it and serve the
// Store port. Adapters add only how they connect and what they hold (a pool, a lock file).
import type { Kysely } from "kysely";
import { EspialError } from "../../core/errors.ts";
import { migrateToLatest } from "../migrations/index.ts";
import type { Store } from "../store.ts";
import { createFusionContext, type FusionContext } from "./fusion/context.ts";
import { removeDocument } from "./fusion/remove.ts";
import { reprocessStore } from "./fusion/reprocess.ts";
import { getEvent, listEvents, reportRelations } from "./fusion-reads.ts";
import { factsAbout, getFact } from "./fusion/fact-reads.ts";
import { cappedFactsAbout } from "./fusion/fact-values.ts";
import { eventIdsOfActorReports } from "./event-reports.ts";
import { describeDatabaseError, ingestReports, lockForFusion } from "./ingest.ts";
import { countRows, findReportsByTitle, listReports } from "./queries.ts";
import { actorReports, reportArsenals } from "./actor-reports.ts";
import { createReviewedReads, createReviewMethods } from "./review/index.ts";
import type { StoreDatabase } from "./schema.ts";
import * as stixVersions from "./stix-versions.ts";
import * as feeds from "./feeds.ts";
import { createArchive } from "./archive/index.ts";

export { describeDatabaseError } from "./ingest.ts";
export type { StoreDatabase } from "./schema.ts";

export interface SqlStoreOptions {
  /** The schema holding the store's tables (and Kysely's migration tables). */
  readonly schema: string;
  /** Where the store is, for messages: a directory, or a URL without its password. */
  readonly location: string;
  /** Runs after the connection is destroyed, also when close() is called again (it must be idempotent). */
  readonly onClose?: () => Promise<void>;
}

/** Migrates the database to the latest schema and returns the Store over it; destroys `db` if that fails. */
export async function openSqlStore(db: Kysely<StoreDatabase>, options: SqlStoreOptions): Promise<Store> {
  try {
    await migrateToLatest(db as Kysely<unknown>, options.schema);
  } catch (error) {
    await db.destroy().catch(() => undefined);
    throw error;
  }
  const ctx = createFusionContext(options.schema);
  const archive = createArchive(db, options.schema, ctx);
  let closing: Promise<void> | null = null;
  const guard = <T>(what: string, run: () => Promise<T>): Promise<T> => {
    if (closing !== null) {
      return Promise.reject(new EspialError("store-failure", `the store at ${options.location} is closed`));
    }
    return run().catch((error: unknown) => {
      throw error instanceof EspialError
        ? error
        : new EspialError(
            "store-failure",
            `could not ${what} (store at ${options.location}): ${describeDatabaseError(error)}`,
            {
              cause: error,
            },
          );
    });
  };
  /** A whole-store change in one transaction, holding the fusion lock; the fingerprint cache is dropped after. */
  const exclusively = <T>(run: (trx: Kysely<StoreDatabase>, ctx: FusionContext) => Promise<T>) =>
    db
      .transaction()
      .execute(async (trx) => {
        await lockForFusion(trx, ctx);
        return run(trx, ctx);
      })
      .finally(() => ctx.fingerprints.clear());
  return {
    ingest: (reports) => guard("ingest reports", () => ingestReports(db, ctx, reports)),
    // Reports and actors as analysts' decisions leave them (review/reads.ts).
    ...createReviewedReads(db, guard),
    listReports: () => guard("list reports", () => listReports(db)),
    findReportsByTitle: (squashed, limit) =>
      guard("search reports by title", () => findReportsByTitle(db, squashed, limit)),
    actorReports: (key, page) => guard("read an actor's reports", () => actorReports(db, key, page)),
    reportArsenals: (ids) => guard("read reports' arsenal findings", () => reportArsenals(db, ids)),
    reportRelations: (id) => guard("read a report's relations", () => reportRelations(db, id)),
    listEvents: () => guard("list events", () => listEvents(db)),
    getEvent: (id) => guard("read an event", () => getEvent(db, id)),
    eventIdsOfActorReports: (key) =>
      guard("read the events of an actor's reports", () => eventIdsOfActorReports(db, key)),
    getFact: (id) => guard("read a fact", () => getFact(db, id)),
    factsAbout: (entity) => guard("read facts", () => factsAbout(db, entity)),
    cappedFactsAbout: (entity, cap) => guard("read facts", () => cappedFactsAbout(db, entity, cap)),
    removeDocument: (id) => guard("remove a document", () => exclusively((trx) => removeDocument(trx, ctx, id))),
    reprocess: (rework) => guard("reprocess the store", () => exclusively((trx) => reprocessStore(trx, ctx, rework))),
    counts: () => guard("count rows", () => countRows(db)),
    stixPublishState: () => guard("read the STIX publish state", () => stixVersions.stixPublishState(db)),
    publishStixVersions: (p) => guard("publish STIX versions", () => stixVersions.publishStixVersions(db, p)),
    latestStixVersions: (c) => guard("read STIX versions", () => stixVersions.latestStixVersions(db, c)),
    findStixVersions: (q) => guard("find STIX versions", () => stixVersions.findStixVersions(db, q)),
    addStixVersions: (c, v) => guard("add STIX versions", () => stixVersions.addStixVersions(db, c, v)),
    importStixObjects: (o) => guard("import STIX objects", () => stixVersions.importStixObjects(db, o)),
    listImportedStixObjects: () => guard("read imported STIX objects", () => stixVersions.listImportedStixObjects(db)),
    saveTaxiiStatus: (id, s) => guard("save a TAXII status", () => stixVersions.saveTaxiiStatus(db, id, s)),
    getTaxiiStatus: (id) => guard("read a TAXII status", () => stixVersions.getTaxiiStatus(db, id)),
    addFeed: (f) => guard("add a feed", () => feeds.addFeed(db, f)),
    listFeeds: () => guard("list feeds", () => feeds.listFeeds(db)),
    getFeed: (id) => guard("read a feed", () => feeds.getFeed(db, id)),
    removeFeed: (id) => guard("remove a feed", () => feeds.removeFeed(db, id)),
    dueFeeds: (now) => guard("read the feeds due", () => feeds.dueFeeds(db, now)),
    seenFeedItems: (id, keys) => guard("read a feed's seen items", () => feeds.seenFeedItems(db, id, keys)),
    recordFeedPoll: (poll) => guard("record a feed poll", () => feeds.recordFeedPoll(db, poll)),
    backup: (write) => guard("back up the store", () => archive.backup(write)),
    restore: (lines, o) => guard("restore the store", () => archive.restore(lines, o)),
    ...createReviewMethods(db, { guard, exclusively: (run) => exclusively((trx) => run(trx)) }),
    close: () => {
      closing ??= db.destroy().finally(() => options.onClose?.());
      return closing;
    },
  };
}
