// The store's reads of reports and actors as analysts' decisions leave them: rejected claims gone, edited
// claims edited, and every merged actor read as the actor it was merged into (its reports, mentions and
// names included). The reports as stored are untouched.
import type { Kysely } from "kysely";
import { reviewExtraction, type ReviewState } from "../../../review/index.ts";
import type { ActorGroup } from "../../review.ts";
import type { ActorSummary, StoredReport } from "../../store.ts";
import { getReport, listActors, reportsMentioningActor } from "../queries.ts";
import type { StoreDatabase } from "../schema.ts";
import { claimReviewsOf, groupOf, loadMerges, type MergeMap } from "./fusion.ts";
import { reviewDb } from "./tables.ts";

type Db = Kysely<StoreDatabase>;

async function reviewReports(db: Db, map: MergeMap, reports: StoredReport[]): Promise<StoredReport[]> {
  const claims = await claimReviewsOf(
    db,
    reports.map((r) => r.id),
  );
  const state: ReviewState = { claims, merges: map.merges };
  return reports.map((r) => ({ ...r, extraction: reviewExtraction(r.id, r.extraction, state) }));
}

export async function reviewedReport(db: Db, id: string): Promise<StoredReport | null> {
  const report = await getReport(db, id);
  return report === null ? null : ((await reviewReports(db, await loadMerges(db), [report]))[0] ?? null);
}

const byPublication = (a: StoredReport, b: StoredReport) =>
  a.source.published === b.source.published
    ? a.ingestedAt.localeCompare(b.ingestedAt)
    : a.source.published === null
      ? 1
      : b.source.published === null
        ? -1
        : a.source.published.localeCompare(b.source.published);

/** The reports mentioning the actor or any actor merged into its group, in the store's order. */
export async function reviewedReportsMentioningActor(db: Db, key: string): Promise<StoredReport[]> {
  const map = await loadMerges(db);
  const members = groupOf(map, key);
  if (members.length === 1) return reviewReports(db, map, await reportsMentioningActor(db, members[0] ?? key));
  const found = new Map<string, StoredReport>();
  for (const member of members) for (const r of await reportsMentioningActor(db, member)) found.set(r.id, r);
  return reviewReports(db, map, [...found.values()].sort(byPublication));
}

/** The actors, each merged actor counted with the actor it was merged into: a report naming both counts once. */
export async function reviewedListActors(db: Db): Promise<ActorSummary[]> {
  const [actors, map] = await Promise.all([listActors(db), loadMerges(db)]);
  if (map.merges.size === 0) return actors;
  const grouped = [...map.groups.values()].flat();
  const rows = await db
    .selectFrom("actor_documents as a")
    .where("a.actor_key", "in", grouped)
    .select(["a.actor_key as key", "a.report_id as report"])
    .execute();
  const reportsOf = new Map<string, Set<string>>();
  for (const r of rows) {
    const root = map.merges.get(r.key)?.key ?? r.key;
    reportsOf.set(root, (reportsOf.get(root) ?? new Set()).add(r.report));
  }
  const joined = new Map<string, ActorSummary>();
  for (const a of actors) {
    const into = map.merges.get(a.key);
    const key = into?.key ?? a.key;
    const seen = joined.get(key);
    joined.set(key, {
      key,
      name: into?.name ?? seen?.name ?? a.name,
      reports: reportsOf.get(key)?.size ?? a.reports,
      mentions: (seen?.mentions ?? 0) + a.mentions,
    });
  }
  return [...joined.values()].sort(
    (a, b) => b.reports - a.reports || b.mentions - a.mentions || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
}

export async function actorGroup(db: Db, key: string): Promise<ActorGroup> {
  const map = await loadMerges(db);
  const into = map.merges.get(key);
  const root = into?.key ?? key;
  const rows = await reviewDb(db)
    .selectFrom("actor_merges")
    .select(["from_key", "from_name", "into_name", "decision_id"])
    .where("into_key", "=", root)
    .orderBy("decision_id")
    .execute();
  return {
    key: root,
    name: rows[0]?.into_name ?? into?.name ?? key,
    members: rows.map((r) => ({ key: r.from_key, name: r.from_name, decision: r.decision_id })),
  };
}
