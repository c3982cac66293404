// Facts kept up to date batch by batch are the facts a recompute from scratch gives: reports ingested in
// several batches (copies, a later version, a copy ingested before its source, a negated claim, a merge
// between batches) read the same facts before and after `reprocess`, which drops every fact and fuses all
// claims again. A store that ingested everything in one batch reads them too.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Claim, EntityRef } from "../../../core/index.ts";
import { fingerprintReport } from "../../../pipeline/fuse/index.ts";
import { segmentReport } from "../../../pipeline/segment/index.ts";
import { dayOf, copyingReport, originalReport, shiftDay, updatedReport } from "../../fusion-fixture.ts";
import { createPgliteStore } from "../../pglite/index.ts";
import { createReportFixture } from "../../report-fixture.ts";
import type { Fact, ReportToStore, Store } from "../../store.ts";

const SHARED: EntityRef = { kind: "actor", key: "fx-shared-kite", name: "Kite Panda" };

/** The report with its first claim said of the shared actor, negated when asked: keys many reports share. */
function aboutShared(report: ReportToStore, negated = false): ReportToStore {
  const claims = report.extraction.claims.map((c, i): Claim =>
    i === 0 ? { ...c, subject: SHARED, modality: { ...c.modality, negated } } : c,
  );
  return { ...report, extraction: { ...report.extraction, claims } };
}

/** The report with its second claim (the targets one) negated. */
function deniesTargets(report: ReportToStore): ReportToStore {
  const claims = report.extraction.claims.map((c, i): Claim =>
    i === 1 ? { ...c, modality: { ...c.modality, negated: true } } : c,
  );
  return { ...report, extraction: { ...report.extraction, claims } };
}

/** A report on the actor merged into the shared one, ingested after the merge. */
function namingMerged(): ReportToStore {
  const name = `${TAGS[1]} Panda`;
  const text = `${name} was blamed on 2012-07-30 for the intrusions at a shipping firm. Its tools were new.`;
  const actors = [{ key: `fx-${TAGS[1]?.toLowerCase()}`, name }];
  return createReportFixture({ text, actors, source: { published: "2012-07-30", origin: "test/merged.txt" } });
}

const TAGS = ["Hazel", "Juniper", "Larch", "Maple", "Rowan", "Willow"];

/** Batches in ingest order. */
function batches(): ReportToStore[][] {
  const [a, b, c, d, e, f] = TAGS as [string, string, string, string, string, string];
  return [
    [originalReport(a), aboutShared(copyingReport(a)), aboutShared(originalReport(b))],
    // A copy ingested before the report it copies (published earlier, ingested later).
    [aboutShared(copyingReport(c), true), copyingReport(b), aboutShared(originalReport(d))],
    [
      aboutShared(originalReport(c, { published: shiftDay(dayOf(c), -2) })),
      updatedReport(a, { published: shiftDay(dayOf(a), 1) }),
    ],
    [aboutShared(originalReport(e)), aboutShared(copyingReport(d)), deniesTargets(copyingReport(e))],
    [aboutShared(originalReport(f), true), aboutShared(copyingReport(f)), namingMerged()],
  ];
}

const entitiesOf = (reports: readonly ReportToStore[]) =>
  [
    ...new Map(
      reports
        .flatMap((r) => r.extraction.claims)
        .flatMap((c) => [c.subject, c.object])
        .map((e) => [`${e.kind}:${e.key}`, e]),
    ).values(),
  ].sort((x, y) => (`${x.kind}:${x.key}` < `${y.kind}:${y.key}` ? -1 : 1));

/** Every fact about any entity of these reports, by id, and the ids in the order factsAbout gives them. */
async function allFacts(store: Store, reports: readonly ReportToStore[]) {
  const byId = new Map<string, Fact>();
  const orders: string[][] = [];
  for (const entity of entitiesOf(reports)) {
    const facts = await store.factsAbout(entity);
    orders.push(facts.map((f) => f.id));
    for (const fact of facts) byId.set(fact.id, fact);
  }
  return { byId, orders };
}

const reprocessAsIs = (store: Store) =>
  store.reprocess((r) => ({
    extraction: r.extraction,
    fingerprint: fingerprintReport(segmentReport({ source: r.source, text: r.text })),
  }));

describe("facts kept batch by batch", () => {
  const dirs: string[] = [];
  const open = async () => {
    const dir = await mkdtemp(join(tmpdir(), "espial-facts-"));
    dirs.push(dir);
    return createPgliteStore({ dir });
  };
  const all = batches().flat();
  let store: Store;
  let incremental: Awaited<ReturnType<typeof allFacts>>;

  beforeAll(async () => {
    store = await open();
    const [first, second, ...rest] = batches();
    for (const batch of [first ?? [], second ?? []]) await store.ingest(batch);
    // Analysts read two actors as one between batches: later claims are fused under the merged key.
    const from = { key: `fx-${TAGS[1]?.toLowerCase()}`, name: `${TAGS[1]} Panda` };
    await store.mergeActors({
      from,
      into: { key: SHARED.key, name: SHARED.name },
      user: "ana",
      reason: "the same intrusions",
    });
    for (const batch of rest) await store.ingest(batch);
    incremental = await allFacts(store, all);
  });

  afterAll(async () => {
    await store.close();
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it("has facts many reports support, copies among them, and a contradiction", () => {
    const facts = [...incremental.byId.values()];
    expect(facts.some((f) => f.reports.length >= 5)).toBe(true);
    expect(facts.some((f) => f.explanation.copies > 0)).toBe(true);
    expect(facts.some((f) => f.contradictedBy !== null && f.subject.key === SHARED.key)).toBe(true);
    expect(facts.some((f) => f.contradictedBy !== null && f.subject.key === `fx-${TAGS[4]?.toLowerCase()}`)).toBe(true);
    expect(facts.some((f) => f.subject.key === `fx-${TAGS[1]?.toLowerCase()}`)).toBe(false);
  });

  it("reads the facts a recompute from scratch gives", async () => {
    const before = await store.counts();
    await reprocessAsIs(store);
    expect((await store.counts()).facts).toBe(before.facts);
    const recomputed = await allFacts(store, all);
    expect([...incremental.byId.keys()].sort()).toEqual([...recomputed.byId.keys()].sort());
    expect(incremental.byId).toEqual(recomputed.byId);
    expect(incremental.orders).toEqual(recomputed.orders);
  });
});
