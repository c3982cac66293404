// The review half of the store contract: analysts' decisions applied on top of the reports (a rejected
// claim supports no fact, an edit moves a claim, a merge reads two actors as one), each undoable, surviving
// re-ingest and reprocessing; tokens kept hashed; watchlists notified of new facts. Every adapter's test
// file calls it with an opener of a fresh store, as for describeStoreContract.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Claim } from "../core/index.ts";
import { factsCheckedAbout } from "./kept-values.contract.ts";
import { fingerprintReport } from "../pipeline/fuse/index.ts";
import { segmentReport } from "../pipeline/segment/index.ts";
import { claimIdOf } from "../review/index.ts";
import { createReportFixture } from "./report-fixture.ts";
import type { StoreOpener, StoreUnderTest } from "./store.contract.ts";
import type { ReportToStore, Store } from "./store.ts";

const idOf = (report: ReportToStore) => report.contentHash.slice(0, 16);
const analyst = { user: "ana", reason: "checked against the indictment" };

/** A report naming one actor, with a claim that it targets a country (besides the fixture's attribution). */
function reportAbout(actor: { key: string; name: string }, country: { key: string; name: string }, day: string) {
  const text = `${actor.name} was blamed on ${day} for intrusions. ${actor.name} went after networks in ${country.name}.`;
  const base = createReportFixture({ text, actors: [actor], source: { published: day } });
  const second = text.indexOf(`${actor.name} went`);
  const targets: Claim = {
    subject: { kind: "actor", ...actor },
    predicate: "targets",
    object: { kind: "country", ...country },
    modality: { certainty: "reported", status: "done", negated: false, assertedBy: null },
    evidence: { start: second, end: text.length, sentence: text.slice(second) },
    confidence: 0.8,
  };
  return { ...base, extraction: { ...base.extraction, claims: [...base.extraction.claims, targets] } };
}

const targetsOf = async (store: Store, key: string) =>
  (await factsCheckedAbout(store, { kind: "actor", key }))
    .filter((f) => f.predicate === "targets")
    .map((f) => f.object.key)
    .sort();

const claimOf = (report: ReportToStore, predicate: Claim["predicate"]) => {
  const claim = report.extraction.claims.find((c) => c.predicate === predicate);
  if (!claim) throw new Error(`no ${predicate} claim`);
  return claimIdOf(idOf(report), claim);
};

const reprocessAsIs = (store: Store) =>
  store.reprocess((r) => ({
    extraction: r.extraction,
    fingerprint: fingerprintReport(segmentReport({ source: r.source, text: r.text })),
  }));

export function describeReviewContract(name: string, open: StoreOpener): void {
  if (typeof open !== "function") {
    describe.skip(`${name}: skipped — ${open.skip}`, () => {
      it("passes the review contract", () => undefined);
    });
    return;
  }
  describe(name, () => {
    let subject: StoreUnderTest;
    let store: Store;
    beforeAll(async () => {
      subject = await open();
      store = subject.store;
    });
    afterAll(async () => {
      const opened = subject as StoreUnderTest | undefined;
      if (opened === undefined) return;
      await store.close();
      await opened.cleanup();
    });

    it("a rejected claim supports no fact, in the facts and in the reports' readings, until undone", async () => {
      const actor = { key: "review:oak", name: "Oak Typhoon" };
      const report = reportAbout(actor, { key: "VN", name: "Vietnam" }, "2024-03-01");
      await store.ingest([report]);
      expect(await targetsOf(store, actor.key)).toEqual(["VN"]);
      const claim = claimOf(report, "targets");
      const listed = await store.listReviewClaims({ actorKeys: [actor.key], limit: 10, offset: 0 });
      expect(listed.total).toBe(2);
      expect(listed.claims.map((c) => c.review)).toEqual(["pending", "pending"]);
      expect(listed.claims.find((c) => c.id === claim)?.evidence[0]?.sentence).toBe(
        "Oak Typhoon went after networks in Vietnam.",
      );

      const rejected = await store.decideClaim({ claim, kind: "reject-claim", ...analyst });
      expect(rejected.decision).toMatchObject({ kind: "reject-claim", target: claim, user: "ana", undoneBy: null });
      expect(rejected.factsRecomputed).toBe(1);
      expect(await targetsOf(store, actor.key)).toEqual([]);
      const read = await store.reportsMentioningActor(actor.key);
      expect(read[0]?.extraction.claims.map((c) => c.predicate)).toEqual(["attributed-to"]);
      expect((await store.getReviewClaim(claim))?.review).toBe("rejected");
      expect(
        (await store.listReviewClaims({ review: "rejected", limit: 10, offset: 0 })).claims.map((c) => c.id),
      ).toContain(claim);

      // Re-ingesting the same report and reprocessing the store keep the decision.
      expect((await store.ingest([report]))[0]?.status).toBe("unchanged");
      await reprocessAsIs(store);
      expect(await targetsOf(store, actor.key)).toEqual([]);

      const undo = await store.undoDecision({ decision: rejected.decision.id, ...analyst });
      expect(undo.decision).toMatchObject({ kind: "undo", target: String(rejected.decision.id) });
      expect(await targetsOf(store, actor.key)).toEqual(["VN"]);
      expect((await store.getReviewClaim(claim))?.review).toBe("pending");
      const log = await store.listDecisions({ target: claim, limit: 10, offset: 0 });
      expect(log.decisions[0]).toMatchObject({ id: rejected.decision.id, undoneBy: undo.decision.id });
      await expect(store.undoDecision({ decision: rejected.decision.id, ...analyst })).rejects.toMatchObject({
        code: "conflict",
      });
    });

    it("an edited claim supports the fact the analyst wrote, and accepting keeps the edit", async () => {
      const actor = { key: "review:elm", name: "Elm Sleet" };
      const report = reportAbout(actor, { key: "JP", name: "Japan" }, "2024-03-02");
      await store.ingest([report]);
      const claim = claimOf(report, "targets");
      await store.decideClaim({
        claim,
        kind: "edit-claim",
        changes: { object: { kind: "country", key: "KR", name: "South Korea" } },
        ...analyst,
      });
      expect(await targetsOf(store, actor.key)).toEqual(["KR"]);
      await store.decideClaim({ claim, kind: "accept-claim", ...analyst });
      expect(await targetsOf(store, actor.key)).toEqual(["KR"]);
      expect(await store.getReviewClaim(claim)).toMatchObject({
        review: "accepted",
        edit: { object: { key: "KR" } },
      });
      await reprocessAsIs(store);
      expect(await targetsOf(store, actor.key)).toEqual(["KR"]);
      await expect(
        store.decideClaim({ claim: `${idOf(report)}-000000000000`, kind: "reject-claim", ...analyst }),
      ).rejects.toMatchObject({
        code: "not-found",
      });
    });

    it("the actor list counts a report naming two merged actors once", async () => {
      const a = { key: "review:hazel", name: "Hazel Typhoon" };
      const b = { key: "review:alder", name: "Alder Crew" };
      const text = `${a.name} and ${b.name} were blamed on 2024-05-01 for the same intrusions.`;
      const both = createReportFixture({ text, actors: [a, b], source: { published: "2024-05-01" } });
      await store.ingest([both, reportAbout(b, { key: "NZ", name: "New Zealand" }, "2024-05-02")]);
      const count = async (key: string) => (await store.listActors()).find((x) => x.key === key)?.reports;
      expect([await count(a.key), await count(b.key)]).toEqual([1, 2]);
      await store.mergeActors({ from: b, into: a, ...analyst });
      expect(await count(a.key)).toBe(2);
      // Its page lists the two reports once each, by either name, with both names.
      for (const key of [a.key, b.key]) {
        const page = await store.actorReports(key, { limit: 10, offset: 0 });
        expect([page.total, page.reports.length, page.first?.id]).toEqual([2, 2, idOf(both)]);
        expect([...page.names].sort()).toEqual([a.name, b.name].sort());
      }
    });

    it("a merge reads two actors as one everywhere, survives reprocessing and new reports, and splits back", async () => {
      const a = { key: "review:ash", name: "Ash Panda" };
      const b = { key: "review:rowan", name: "Rowan Group" };
      const [ra, rb] = [
        reportAbout(a, { key: "TW", name: "Taiwan" }, "2024-04-01"),
        reportAbout(b, { key: "PH", name: "the Philippines" }, "2024-04-02"),
      ];
      await store.ingest([ra, rb]);
      const merged = await store.mergeActors({ from: b, into: a, ...analyst });
      expect(merged.decision).toMatchObject({ kind: "merge-actors", target: `${b.key}→${a.key}` });
      expect(await targetsOf(store, a.key)).toEqual(["PH", "TW"]);
      expect(await targetsOf(store, b.key)).toEqual([]);
      const reports = await store.reportsMentioningActor(b.key);
      expect(reports.map((r) => r.id)).toEqual([idOf(ra), idOf(rb)]);
      expect(reports[1]?.extraction.actors[0]).toMatchObject({ entity: { key: a.key, name: a.name } });
      expect(reports[1]?.extraction.actors[0]?.mentions).toEqual(["Rowan Group"]);
      const actors = (await store.listActors()).filter((x) => x.key.startsWith("review:"));
      expect(actors.map((x) => x.key)).toContain(a.key);
      expect(actors.map((x) => x.key)).not.toContain(b.key);
      expect(actors.find((x) => x.key === a.key)?.reports).toBe(2);
      expect(await store.actorGroup(b.key)).toEqual({
        key: a.key,
        name: a.name,
        members: [{ key: b.key, name: b.name, decision: merged.decision.id }],
      });
      await expect(store.mergeActors({ from: a, into: b, ...analyst })).rejects.toMatchObject({ code: "conflict" });

      await reprocessAsIs(store);
      expect(await targetsOf(store, a.key)).toEqual(["PH", "TW"]);
      expect((await store.actorReports(a.key, { limit: 1, offset: 0 })).total).toBe(2);
      await store.ingest([reportAbout(b, { key: "MY", name: "Malaysia" }, "2024-04-03")]);
      expect(await targetsOf(store, a.key)).toEqual(["MY", "PH", "TW"]);

      const split = await store.splitActors({ actor: a, from: b, ...analyst });
      expect(split.decision.kind).toBe("split-actors");
      expect(await targetsOf(store, a.key)).toEqual(["TW"]);
      expect(await targetsOf(store, b.key)).toEqual(["MY", "PH"]);
      await expect(store.splitActors({ actor: a, from: b, ...analyst })).rejects.toMatchObject({ code: "conflict" });
      // Undoing the split joins them again; undoing the merge then parts them for good.
      await store.undoDecision({ decision: split.decision.id, ...analyst });
      expect(await targetsOf(store, a.key)).toEqual(["MY", "PH", "TW"]);
      await store.undoDecision({ decision: merged.decision.id, ...analyst });
      expect(await targetsOf(store, a.key)).toEqual(["TW"]);
      expect((await store.actorGroup(b.key)).members).toEqual([]);
    });

    it("keeps tokens hashed: the user of a token in force, none once revoked", async () => {
      const { token, record } = await store.createToken("ana");
      expect(token).toMatch(/^esp_[A-Za-z0-9_-]{43}$/);
      expect(record).toMatchObject({ user: "ana", prefix: token.slice(0, 10), revokedAt: null });
      expect(await store.userOfToken(token)).toBe("ana");
      expect(await store.userOfToken(`${token}x`)).toBeNull();
      expect(JSON.stringify(await store.listTokens())).not.toContain(token);
      expect(await store.revokeToken(record.id)).toBe(true);
      expect(await store.revokeToken(record.id)).toBe(false);
      expect(await store.userOfToken(token)).toBeNull();
    });

    it("notifies the watchers of an entity of each new fact about it, and tracks deliveries", async () => {
      const actor = { key: "review:yew", name: "Yew Kitten" };
      const watch = await store.addWatch({ user: "ana", kind: "country", key: "NO", name: "Norway" });
      expect(await store.addWatch({ user: "ana", kind: "country", key: "NO", name: "Norway" })).toEqual(watch);
      const after = (await store.listNotifications({ after: 0, limit: 1000 })).at(-1)?.id ?? 0;
      await store.ingest([reportAbout(actor, { key: "NO", name: "Norway" }, "2024-05-01")]);
      const found = await store.listNotifications({ user: "ana", after, limit: 10 });
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ watch: watch.id, entity: { kind: "country", key: "NO" }, deliveredAt: null });
      expect(found[0]?.summary).toMatch(/^Yew Kitten targets Norway/);
      const id = found[0]?.id ?? 0;
      expect((await store.dueNotifications(new Date(Date.now() + 1000), 100)).map((n) => n.id)).toContain(id);
      await store.markFailed(id, "connection refused", new Date(Date.now() + 3_600_000));
      expect((await store.dueNotifications(new Date(Date.now() + 1000), 100)).map((n) => n.id)).not.toContain(id);
      await store.markDelivered([id], new Date());
      expect((await store.listNotifications({ user: "ana", after, limit: 10 }))[0]).toMatchObject({ attempts: 1 });
      expect((await store.listNotifications({ user: "ana", after, limit: 10 }))[0]?.deliveredAt).not.toBeNull();
      expect(await store.removeWatch({ user: "bob", id: watch.id })).toBe(false);
      expect(await store.removeWatch({ user: "ana", id: watch.id })).toBe(true);
    });
  });
}
