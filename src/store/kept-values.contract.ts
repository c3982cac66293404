// The store's kept fact values checked against the facts fused from every claim: any contract test that reads
// facts through `factsCheckedAbout` also proves that the values the store keeps for pages (cappedFactsAbout)
// were forgotten by whatever it did since the last read (a copy, a new version, a removal, a decision).
import { expect } from "vitest";
import type { EntityRef } from "../core/index.ts";
import { capEvidence } from "../pipeline/fuse/index.ts";
import type { Fact, Store } from "./store.ts";

/** Small enough that the contract's facts have more evidence than is kept. */
const CAP = 1;

/** The facts about the entity, after checking the kept values (read twice: filled, then kept) agree with them. */
export async function factsCheckedAbout(store: Store, entity: Pick<EntityRef, "kind" | "key">): Promise<Fact[]> {
  const facts = await store.factsAbout(entity);
  const expected = facts.map((f) => capEvidence(f, CAP));
  expect(await store.cappedFactsAbout(entity, CAP)).toEqual(expected);
  expect(await store.cappedFactsAbout(entity, CAP)).toEqual(expected);
  return facts;
}
