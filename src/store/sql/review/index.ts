// The review part of the SQL store: decisions (each in one transaction under the fusion lock, re-running
// fusion for what it touches), the review queue and audit log, tokens, watchlists, and the reads of reports
// and actors with decisions applied.
import type { Kysely } from "kysely";
import type { ReviewStore, TokenStore, WatchStore } from "../../review.ts";
import type { Store } from "../../store.ts";
import type { StoreDatabase } from "../schema.ts";
import { listReviewClaims } from "./claims.ts";
import { decideClaim, mergeActors, splitActors, undoDecision } from "./decide.ts";
import { listDecisions } from "./log.ts";
import { actorGroup, reviewedListActors, reviewedReport, reviewedReportsMentioningActor } from "./reads.ts";
import { createTokenMethods } from "./tokens.ts";
import { createWatchMethods } from "./watches.ts";

type Db = Kysely<StoreDatabase>;

export interface ReviewWiring {
  /** Wraps a read or write in the store's error handling. */
  readonly guard: <T>(what: string, run: () => Promise<T>) => Promise<T>;
  /** Runs a change in one transaction holding the fusion lock. */
  readonly exclusively: <T>(run: (trx: Db) => Promise<T>) => Promise<T>;
}

export function createReviewMethods(
  db: Db,
  { guard, exclusively }: ReviewWiring,
): ReviewStore & TokenStore & WatchStore {
  const tokens = createTokenMethods(db);
  const watches = createWatchMethods(db);
  const write = <T>(what: string, run: (trx: Db) => Promise<T>) => guard(what, () => exclusively(run));
  const guarded = <S extends object>(what: string, methods: S): S =>
    Object.fromEntries(
      Object.entries(methods).map(([name, fn]) => [
        name,
        (...args: unknown[]) =>
          guard(`${what} (${name})`, () => (fn as (...a: unknown[]) => Promise<unknown>)(...args)),
      ]),
    ) as S;
  return {
    listReviewClaims: (query) => guard("list claims for review", () => listReviewClaims(db, query)),
    getReviewClaim: (id) =>
      guard("read a claim", async () => {
        const { claims } = await listReviewClaims(db, { reportId: id.slice(0, 16), limit: 100_000, offset: 0 });
        return claims.find((c) => c.id === id) ?? null;
      }),
    decideClaim: (input) => write("record a decision on a claim", (trx) => decideClaim(trx, input)),
    mergeActors: (input) => write("merge actors", (trx) => mergeActors(trx, input)),
    splitActors: (input) => write("split actors", (trx) => splitActors(trx, input)),
    undoDecision: (input) => write("undo a decision", (trx) => undoDecision(trx, input)),
    listDecisions: (query) => guard("list decisions", () => listDecisions(db, query)),
    actorGroup: (key) => guard("read an actor's merges", () => actorGroup(db, key)),
    ...guarded("manage tokens", tokens),
    ...guarded("manage watchlists", watches),
  };
}

/** The Store's reads of reports and actors with analysts' decisions applied. */
export function createReviewedReads(
  db: Db,
  guard: ReviewWiring["guard"],
): Pick<Store, "getReport" | "reportsMentioningActor" | "listActors"> {
  return {
    getReport: (id) => guard("read a report", () => reviewedReport(db, id)),
    reportsMentioningActor: (key) => guard("read an actor's reports", () => reviewedReportsMentioningActor(db, key)),
    listActors: () => guard("list actors", () => reviewedListActors(db)),
  };
}
