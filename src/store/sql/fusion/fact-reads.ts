// Facts as readers get them: the `facts` rows say which exist, and each is fused from its claims when read
// (see facts.ts), with its evidence sentences.
import type { EntityRef } from "../../../core/index.ts";
import type { Fact } from "../../../pipeline/fuse/index.ts";
import type { Db } from "./context.ts";
import { fusedFacts } from "./facts.ts";

const keyColumns = ["id", "subject_kind", "subject_key", "predicate", "object_kind", "object_key"] as const;

/** One fact, or null when no fact has this id. */
export async function getFact(db: Db, id: string): Promise<Fact | null> {
  const row = await db.selectFrom("facts").select(keyColumns).where("id", "=", id).executeTakeFirst();
  if (row === undefined) return null;
  return (await fusedFacts(db, [row])).find((fact) => fact.id === id) ?? null;
}

/** The keys of the facts whose subject or object is this entity. */
export function factRowsAbout(db: Db, entity: Pick<EntityRef, "kind" | "key">) {
  return db
    .selectFrom("facts")
    .select(keyColumns)
    .where((eb) =>
      eb.or([
        eb.and([eb("subject_kind", "=", entity.kind), eb("subject_key", "=", entity.key)]),
        eb.and([eb("object_kind", "=", entity.kind), eb("object_key", "=", entity.key)]),
      ]),
    )
    .execute();
}

/** The facts whose subject or object is this entity, most confident first (then by id). */
export async function factsAbout(db: Db, entity: Pick<EntityRef, "kind" | "key">): Promise<Fact[]> {
  const rows = await factRowsAbout(db, entity);
  const ids = new Set(rows.map((row) => row.id));
  const facts = (await fusedFacts(db, rows)).filter((fact) => ids.has(fact.id));
  return facts.sort((a, b) => b.confidence - a.confidence || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
