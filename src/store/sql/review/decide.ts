// Decisions taken: each is recorded in the audit log, the review state rebuilt from the log, and fusion
// re-run for the facts it touches — all in the caller's transaction, under the fusion lock.
import { sql, type Kysely } from "kysely";
import { EspialError, type EntityKind } from "../../../core/index.ts";
import {
  claimEditSchema,
  claimIdOf,
  decisionPayloadSchemas,
  reportOfClaim,
  type ClaimTarget,
  type Decision,
} from "../../../review/index.ts";
import type { ActorName, DecisionAuthor, DecisionOutcome, ReviewStore } from "../../review.ts";
import { refreshFacts, type FactKey } from "../fusion/facts.ts";
import { forgetFactValues } from "../fusion/fact-values.ts";
import type { StoreDatabase } from "../schema.ts";
import { groupOf, loadMerges, type MergeMap } from "./fusion.ts";
import { actorFactKeys, getDecision, markUndone, rebuildClaimReview, rebuildMerges, recordDecision } from "./log.ts";

type Db = Kysely<StoreDatabase>;

/** The claim with this id as its report states it, or null. */
export async function findClaim(db: Db, claimId: string): Promise<ClaimTarget | null> {
  const reportId = reportOfClaim(claimId);
  if (reportId === null) return null;
  const { rows } = await sql<{
    content_hash: string;
    subject_kind: string;
    subject_key: string;
    subject_name: string;
    predicate: string;
    object_kind: string;
    object_key: string;
    object_name: string;
  }>`
    select distinct on (c.subject_kind, c.subject_key, c.predicate, c.object_kind, c.object_key)
           r.content_hash, c.subject_kind, c.subject_key, c.subject_name, c.predicate, c.object_kind, c.object_key,
           c.object_name
    from report_claims c join reports r on r.id = c.report_id
    where c.report_id = ${reportId}
    order by c.subject_kind, c.subject_key, c.predicate, c.object_kind, c.object_key, c.ordinal`.execute(db);
  for (const row of rows) {
    const claim = {
      subject: { kind: row.subject_kind as EntityKind, key: row.subject_key, name: row.subject_name },
      predicate: row.predicate as ClaimTarget["predicate"],
      object: { kind: row.object_kind as EntityKind, key: row.object_key, name: row.object_name },
    };
    if (claimIdOf(reportId, claim) === claimId) return { report: reportId, content_hash: row.content_hash, ...claim };
  }
  return null;
}

const recomputed = (r: { before: number; after: number }) => Math.max(r.before, r.after);

export async function decideClaim(db: Db, input: Parameters<ReviewStore["decideClaim"]>[0]): Promise<DecisionOutcome> {
  const claim = await findClaim(db, input.claim);
  if (claim === null) throw new EspialError("not-found", `no claim ${input.claim} (see espial review list)`);
  let payload: object = { claim };
  if (input.kind === "edit-claim") {
    const changes = claimEditSchema.parse(input.changes ?? {});
    if (Object.keys(changes).length === 0) throw new EspialError("bad-usage", "an edit changes at least one field");
    payload = { claim, changes };
  }
  const decision = await recordDecision(db, { kind: input.kind, target: input.claim, payload, ...author(input) });
  const keys = await rebuildClaimReview(db, input.claim, claim);
  return { decision, factsRecomputed: recomputed(await refreshFacts(db, keys)) };
}

const author = (a: DecisionAuthor) => ({ user: a.user, reason: a.reason });
const rootOf = (map: MergeMap, key: string) => map.merges.get(key)?.key ?? key;

/** Re-fuses everything about these actors' groups after `change` (which rebuilds the merges). */
async function refuseActors(db: Db, map: MergeMap, actors: readonly string[], change: () => Promise<Decision>) {
  const keys: FactKey[] = await actorFactKeys(
    db,
    actors.flatMap((a) => groupOf(map, a)),
  );
  const decision = await change();
  await rebuildMerges(db);
  // Merges re-key whole groups of facts: every kept value is forgotten, not only these keys'.
  await forgetFactValues(db, "all");
  return { decision, factsRecomputed: recomputed(await refreshFacts(db, keys)) };
}

export async function mergeActors(
  db: Db,
  input: DecisionAuthor & { from: ActorName; into: ActorName },
): Promise<DecisionOutcome> {
  const map = await loadMerges(db);
  if (rootOf(map, input.from.key) === rootOf(map, input.into.key)) {
    throw new EspialError("conflict", `${input.from.name} and ${input.into.name} are one actor already`);
  }
  const payload = { from: input.from, into: input.into };
  return refuseActors(db, map, [input.from.key, input.into.key], () =>
    recordDecision(db, {
      kind: "merge-actors",
      target: `${input.from.key}→${input.into.key}`,
      payload,
      ...author(input),
    }),
  );
}

export async function splitActors(
  db: Db,
  input: DecisionAuthor & { actor: ActorName; from: ActorName },
): Promise<DecisionOutcome> {
  const map = await loadMerges(db);
  // Either way round: "split APT10 from Cloud Hopper" and "split Cloud Hopper from APT10" mean one thing.
  const [actor, from] =
    !map.merges.has(input.from.key) && map.merges.has(input.actor.key)
      ? [input.from, input.actor]
      : [input.actor, input.from];
  if (!map.merges.has(from.key) || rootOf(map, from.key) !== rootOf(map, actor.key)) {
    throw new EspialError("conflict", `${from.name} was not merged into ${actor.name} (see espial decisions)`);
  }
  return refuseActors(db, map, [actor.key], () =>
    recordDecision(db, {
      kind: "split-actors",
      target: `${from.key}→${actor.key}`,
      payload: { actor, from },
      ...author(input),
    }),
  );
}

export async function undoDecision(db: Db, input: DecisionAuthor & { decision: number }): Promise<DecisionOutcome> {
  const undone = await getDecision(db, input.decision);
  if (undone === null) throw new EspialError("not-found", `no decision ${input.decision} (see espial decisions)`);
  if (undone.kind === "undo") {
    throw new EspialError("conflict", `decision ${undone.id} is an undo: take the decision again instead`);
  }
  if (undone.undoneBy !== null) {
    throw new EspialError("conflict", `decision ${undone.id} was undone already, by decision ${undone.undoneBy}`);
  }
  const record = async () => {
    const decision = await recordDecision(db, {
      kind: "undo",
      target: String(undone.id),
      payload: { decision: undone.id, kind: undone.kind },
      ...author(input),
    });
    await markUndone(db, undone.id, decision.id);
    return decision;
  };
  switch (undone.kind) {
    case "accept-claim":
    case "reject-claim":
    case "edit-claim": {
      const { claim } = decisionPayloadSchemas[undone.kind].parse(undone.payload);
      const decision = await record();
      const keys = await rebuildClaimReview(db, undone.target, claim);
      return { decision, factsRecomputed: recomputed(await refreshFacts(db, keys)) };
    }
    case "merge-actors": {
      const { from, into } = decisionPayloadSchemas["merge-actors"].parse(undone.payload);
      return refuseActors(db, await loadMerges(db), [from.key, into.key], record);
    }
    case "split-actors": {
      const { actor, from } = decisionPayloadSchemas["split-actors"].parse(undone.payload);
      return refuseActors(db, await loadMerges(db), [actor.key, from.key], record);
    }
  }
}
