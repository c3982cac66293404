// Fact values kept for reading (the fact_values table): a fact fused from all its claims, with only its
// first sentences of evidence, so that an actor's page reads the values of its facts instead of fusing
// thousands of claims each time. Values are filled when read and forgotten by every write that could change
// them: the claims under a key (new reports, superseded versions, removals, reprocessing), the copies a
// report borrows, analysts' decisions. A reader that fused a value from claims a write has since changed does
// not keep it: the write moves `fusion_state.generation` on, and the reader keeps values only when the
// generation it started from is still the current one, checked under a share lock that waits for the write.
import { sql } from "kysely";
import type { EntityRef } from "../../../core/index.ts";
import { capEvidence, type CappedFact } from "../../../pipeline/fuse/index.ts";
import { canonicalKey, loadMerges, type MergeMap } from "../review/fusion.ts";
import type { Db } from "./context.ts";
import { factRowsAbout } from "./fact-reads.ts";
import { fusedFacts } from "./facts.ts";
import { keyColumns, uniqueKeys, type FactKey } from "./observations.ts";

/** Keys per DELETE statement, rows per INSERT statement. */
const KEYS_PER_DELETE = 1000;
const ROWS_PER_INSERT = 200;

const generationOf = async (db: Db, lock = false) =>
  (
    await sql<{
      generation: string;
    }>`select generation::text from fusion_state ${lock ? sql`for share` : sql``}`.execute(db)
  ).rows[0]?.generation ?? "0";

/**
 * Forgets the values under these keys (either polarity, as merges read them: `map` when the caller has it),
 * or every value; moves the generation on first, so that a reader who fused one of them before this write
 * commits does not keep it.
 */
export async function forgetFactValues(db: Db, keys: readonly FactKey[] | "all", map?: MergeMap): Promise<void> {
  await sql`update fusion_state set generation = generation + 1`.execute(db);
  if (keys === "all") {
    await db.deleteFrom("fact_values").execute();
    return;
  }
  if (keys.length === 0) return;
  const merges = map ?? (await loadMerges(db));
  const all = uniqueKeys([...keys, ...keys.map((k) => canonicalKey(k, merges))]);
  for (let from = 0; from < all.length; from += KEYS_PER_DELETE) {
    await sql`
      delete from fact_values v using ${keyColumns(all.slice(from, from + KEYS_PER_DELETE))}
      where v.subject_kind = k.sk and v.subject_key = k.skey and v.predicate = k.p
        and v.object_kind = k.ok and v.object_key = k.okey`.execute(db);
  }
}

const byConfidence = (a: CappedFact, b: CappedFact) =>
  b.confidence - a.confidence || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Keeps freshly fused values, unless a write changed facts since `generation` was read. */
async function keepValues(db: Db, generation: string, facts: readonly CappedFact[], cap: number): Promise<void> {
  if (facts.length === 0) return;
  await db.transaction().execute(async (trx) => {
    if ((await generationOf(trx, true)) !== generation) return;
    for (let from = 0; from < facts.length; from += ROWS_PER_INSERT) {
      const rows = facts.slice(from, from + ROWS_PER_INSERT).map((f) => ({
        id: f.id,
        subject_kind: f.subject.kind,
        subject_key: f.subject.key,
        predicate: f.predicate,
        object_kind: f.object.kind,
        object_key: f.object.key,
        evidence_cap: cap,
        value: JSON.stringify(f),
      }));
      // Another reader may have kept a value (the same, or with fewer sentences) in the meantime.
      await trx
        .deleteFrom("fact_values")
        .where(
          "id",
          "in",
          rows.map((r) => r.id),
        )
        .execute();
      await trx
        .insertInto("fact_values")
        .values(rows)
        .onConflict((oc) => oc.column("id").doNothing())
        .execute();
    }
  });
}

/**
 * The facts whose subject or object is this entity, most confident first, each with at most `cap` sentences
 * of evidence and their total: kept values where there are, the others fused and kept for the next read.
 */
export async function cappedFactsAbout(
  db: Db,
  entity: Pick<EntityRef, "kind" | "key">,
  cap: number,
): Promise<CappedFact[]> {
  const generation = await generationOf(db);
  const rows = await factRowsAbout(db, entity);
  if (rows.length === 0) return [];
  const { rows: kept } = await sql<{ id: string; value: CappedFact }>`
    select id, value from fact_values
    where id = any(${rows.map((r) => r.id)}::text[]) and evidence_cap >= ${cap}`.execute(db);
  const found = new Map(kept.map((row) => [row.id, capEvidence(row.value, cap)]));
  const missing = rows.filter((row) => !found.has(row.id));
  const wanted = new Set(missing.map((row) => row.id));
  const fused = (await fusedFacts(db, missing)).filter((f) => wanted.has(f.id)).map((f) => capEvidence(f, cap));
  await keepValues(db, generation, fused, cap);
  return [...found.values(), ...fused].sort(byConfidence);
}
