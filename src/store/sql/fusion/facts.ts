// Facts: the claims of the latest version of every document, fused across reports (fuseClaims). A `facts`
// row says only that a fact exists; its value (evidence, confidence, explanation) is fused from its claims
// when it is read (fusedFacts), so that ingesting a report costs the same however many reports support its
// facts already. Writers keep the rows: new reports add the facts of their claims (addFactsOf, which reads
// only their claims); what can take facts away (a superseded version, a removal, a review decision) checks
// the keys it touches again (refreshFacts). Copies change a fact's confidence, never whether it exists.
import { sql } from "kysely";
import { fuseClaims, type Fact } from "../../../pipeline/fuse/index.ts";
import { canonicalKey, editedFrom, loadMerges, reviewFlags, type MergeMap } from "../review/fusion.ts";
import { notifyWatchers } from "../review/notify.ts";
import { inFusion, type Db } from "./context.ts";
import { forgetFactValues } from "./fact-values.ts";
import {
  keyColumns,
  keyOfClaim,
  keyString,
  observationsOfReports,
  observationsUnder,
  representativesUnder,
  uniqueKeys,
  type FactKey,
} from "./observations.ts";

export { uniqueKeys, type FactKey } from "./observations.ts";

/** Fact keys fused per statement. */
const KEYS_PER_BATCH = 1000;
/** Rows per INSERT statement. */
const ROWS_PER_INSERT = 500;

/** The fact keys of these reports' claims. */
export async function factKeysOf(db: Db, reportIds: readonly string[]): Promise<FactKey[]> {
  if (reportIds.length === 0) return [];
  return db
    .selectFrom("report_claims")
    .select(["subject_kind", "subject_key", "predicate", "object_kind", "object_key"])
    .distinct()
    .where("report_id", "in", [...new Set(reportIds)])
    .execute();
}

/** The facts under these (canonical) keys, fused from their claims as analysts' decisions read them. */
export async function fusedFacts(db: Db, keys: readonly FactKey[], options = { sentences: true }): Promise<Fact[]> {
  const [map, flags] = await Promise.all([loadMerges(db), reviewFlags(db)]);
  return fuseUnder(db, uniqueKeys(keys), { map, reviewed: flags.claims }, { ...options, lineage: true });
}

async function fuseUnder(
  db: Db,
  keys: readonly FactKey[],
  review: { readonly map: MergeMap; readonly reviewed: boolean },
  options: { readonly sentences: boolean; readonly lineage: boolean },
): Promise<Fact[]> {
  const facts: Fact[] = [];
  for (let from = 0; from < keys.length; from += KEYS_PER_BATCH) {
    const observations = await observationsUnder(db, keys.slice(from, from + KEYS_PER_BATCH), review, options);
    facts.push(...inFusion("fusing claims", () => fuseClaims(observations)));
  }
  return facts;
}

const factRow = (fact: Fact) => ({
  id: fact.id,
  subject_kind: fact.subject.kind,
  subject_key: fact.subject.key,
  predicate: fact.predicate,
  object_kind: fact.object.kind,
  object_key: fact.object.key,
  negated: fact.negated,
});

/** Inserts the rows of facts not there yet; returns the ids inserted. */
async function insertFacts(db: Db, facts: readonly Fact[]): Promise<Set<string>> {
  const inserted = new Set<string>();
  for (let i = 0; i < facts.length; i += ROWS_PER_INSERT) {
    const rows = await db
      .insertInto("facts")
      .values(facts.slice(i, i + ROWS_PER_INSERT).map(factRow))
      .onConflict((oc) => oc.column("id").doNothing())
      .returning("id")
      .execute();
    for (const row of rows) inserted.add(row.id);
  }
  return inserted;
}

/** Deletes the facts under these keys; returns their ids. */
async function deleteFacts(db: Db, keys: readonly FactKey[]): Promise<string[]> {
  if (keys.length === 0) return [];
  const { rows } = await sql<{ id: string }>`
    delete from facts f using ${keyColumns(keys)}
    where f.subject_kind = k.sk and f.subject_key = k.skey and f.predicate = k.p
      and f.object_kind = k.ok and f.object_key = k.okey
    returning f.id`.execute(db);
  return rows.map((row) => row.id);
}

/**
 * Adds the facts of these newly stored reports' claims (those of reports that are latest versions): claims
 * only add to the facts they support, so only their own claims are read. The values kept for pages of the
 * facts they support are forgotten; watchers of an entity a new fact is about are notified. Returns how many
 * facts are new.
 */
export async function addFactsOf(db: Db, reportIds: readonly string[]): Promise<number> {
  if (reportIds.length === 0) return 0;
  const [map, flags] = await Promise.all([loadMerges(db), reviewFlags(db)]);
  const review = { map, reviewed: flags.claims };
  // Confidence is only shown when a watcher is told of the fact: lineage is read for that alone.
  const observations = await observationsOfReports(db, reportIds, review, { sentences: false, lineage: false });
  const facts = inFusion("fusing claims", () => fuseClaims(observations));
  const inserted = await insertFacts(db, facts);
  await forgetFactValues(db, uniqueKeys(facts.map(keyOfClaim)), map);
  // A fact new here has no claims but these: fusing them again with their lineage gives its value.
  if (flags.watches && inserted.size > 0)
    await notifyWatchers(
      db,
      await valuesOf(
        db,
        facts.filter((f) => inserted.has(f.id)),
        review,
      ),
    );
  return inserted.size;
}

/**
 * Checks the facts under these keys again, as analysts' merges read them (facts under a merged actor's own
 * keys are removed). Returns how many facts were there before and how many now; watchers of an entity a new
 * fact is about are notified.
 */
export async function refreshFacts(db: Db, keys: readonly FactKey[]): Promise<{ before: number; after: number }> {
  let before = 0;
  let after = 0;
  const [map, flags] = await Promise.all([loadMerges(db), reviewFlags(db)]);
  const review = { map, reviewed: flags.claims };
  const given = uniqueKeys([...keys, ...(flags.claims ? await editedFrom(db, keys) : [])]);
  const all = uniqueKeys(given.map((k) => canonicalKey(k, map)));
  const canonical = new Set(all.map(keyString));
  const stale = given.filter((k) => !canonical.has(keyString(k)));
  await forgetFactValues(db, uniqueKeys([...given, ...all]), map);
  const gone = new Set(await deleteFacts(db, stale));
  before += gone.size;
  // Without decisions that move claims between keys, one claim per key and polarity says which facts exist.
  const existence = !flags.claims && map.merges.size === 0;
  const added: Fact[] = [];
  for (let from = 0; from < all.length; from += KEYS_PER_BATCH) {
    const batch = all.slice(from, from + KEYS_PER_BATCH);
    const facts = existence
      ? await existingFacts(db, batch)
      : await fuseUnder(db, batch, review, { sentences: false, lineage: flags.watches });
    const deleted = await deleteFacts(db, batch);
    before += deleted.length;
    for (const id of deleted) gone.add(id);
    await insertFacts(db, facts);
    added.push(...facts.filter((f) => !gone.has(f.id)));
    after += facts.length;
  }
  if (flags.watches) await notifyWatchers(db, existence ? await valuesOf(db, added, review) : added);
  return { before, after };
}

/** The facts under these keys, each fused from one of its claims: which exist, not their value. */
async function existingFacts(db: Db, keys: readonly FactKey[]): Promise<Fact[]> {
  const observations = await representativesUnder(db, keys);
  return inFusion("fusing claims", () => fuseClaims(observations));
}

/** The full value of these facts (found by existence alone): fused from all their claims. */
async function valuesOf(
  db: Db,
  facts: readonly Fact[],
  review: { readonly map: MergeMap; readonly reviewed: boolean },
): Promise<Fact[]> {
  if (facts.length === 0) return [];
  const ids = new Set(facts.map((f) => f.id));
  const fused = await fuseUnder(db, uniqueKeys(facts.map(factRow)), review, { sentences: false, lineage: true });
  return fused.filter((f) => ids.has(f.id));
}
