// The suite every Store adapter passes. An adapter's test file calls describeStoreContract with a function
// that opens a fresh, empty store (and can open the same storage again); the suite uses one storage for all
// its tests, each with reports of its own, because a fresh PGlite store costs seconds.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EspialError } from "../core/errors.ts";
import { sliceSpan } from "../core/span.ts";
import { createReportFixture, sha256 } from "./report-fixture.ts";
import { copyingReport, originalReport } from "./fusion-fixture.ts";
import { describeFusionContract } from "./store-fusion.contract.ts";
import type { IngestOutcome, ReportToStore, Store } from "./store.ts";
import { factsCheckedAbout } from "./kept-values.contract.ts";

export interface StoreUnderTest {
  /** A fresh store with no reports. */
  readonly store: Store;
  /** Opens the same storage again: after close(), or alongside it when the adapter allows. */
  readonly reopen: () => Promise<Store>;
  /** Removes the storage; the suite has closed its stores by then. */
  readonly cleanup: () => Promise<void>;
}

/** How to open the adapter under test, or why it cannot run here (shown as the title of a skipped suite). */
export type StoreOpener = (() => Promise<StoreUnderTest>) | { readonly skip: string };

/** Declares the contract tests of the Store port for one adapter. */
export function describeStoreContract(name: string, open: StoreOpener): void {
  if (typeof open !== "function") {
    describe.skip(`${name}: skipped — ${open.skip}`, () => {
      it("passes the store contract", () => undefined);
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
      // Undefined when open() failed: that failure is the one to report.
      const opened = subject as StoreUnderTest | undefined;
      if (opened === undefined) return;
      await store.close();
      await opened.store.close();
      await opened.cleanup();
    });

    it("stores a report and gives back its text, source and extraction exactly", async () => {
      const text =
        "“APT41” — also ‘Wicked Panda’ — hit 𝔘nicode 😀 sites (𠀀 CJK ext. B, e\u0301 combining, עברית). APT41 again 🇨🇳.";
      const report = createReportFixture({
        text,
        actors: [{ key: "G0096", name: "APT41", surfaces: ["APT41", "Wicked Panda"] }],
        source: { title: "“Curly” 🐼 title", published: "2020-09-16", url: "https://example.org/a?b=c", tlp: "green" },
      });
      expect(await store.ingest([report])).toEqual([{ status: "stored", id: report.contentHash.slice(0, 16) }]);
      const stored = await store.getReport(report.contentHash.slice(0, 16));
      expect(stored).toEqual({
        id: report.contentHash.slice(0, 16),
        contentHash: report.contentHash,
        source: report.source,
        text: report.text,
        extraction: report.extraction,
        ingestedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) as unknown,
        documentId: report.contentHash.slice(0, 16),
        lineage: { passages: [], duplicateOf: null },
      });
      expect(stored?.text === text).toBe(true);
      for (const mention of stored?.extraction.actors[0]?.mentionSpans ?? []) {
        expect(sliceSpan(stored?.text ?? "", mention)).toBe(mention.surface);
      }
      const summary = (await store.listReports()).find((row) => row.id === stored?.id);
      expect(summary).toMatchObject({ title: "“Curly” 🐼 title", published: "2020-09-16", length: text.length });
    });

    it("keeps a report once: ingesting it again changes nothing and says unchanged", async () => {
      const report = fixture("idempotence", [{ key: "idem-1", name: "Idem Panda" }]);
      const first = await store.ingest([report]);
      const before = await store.counts();
      const second = await store.ingest([report, report]);
      expect(first).toEqual([{ status: "stored", id: report.contentHash.slice(0, 16) }]);
      expect(second.map((outcome) => outcome.status)).toEqual(["unchanged", "unchanged"]);
      expect(await store.counts()).toEqual(before);
      const twice = fixture("twice in one batch", [{ key: "idem-2", name: "Idem Bear" }]);
      expect(statuses(await store.ingest([twice, twice]))).toEqual(["stored", "unchanged"]);
    });

    it("refuses a bad report alone, with a clear reason, and keeps the others of the batch", async () => {
      const good = [1, 2, 3].map((n) => fixture(`batch good ${n}`, [{ key: "batch-ok", name: "Batch Panda" }]));
      const withNul = createReportFixture({ text: "a NUL \u0000 in the text", actors: [] });
      const badOffset = withMention(fixture("bad offset", [{ key: "batch-bad", name: "Bad Offset" }]), { start: 1.5 });
      const outOfText = withMention(fixture("out of text", [{ key: "batch-bad", name: "Out Of Text" }]), {
        end: 10_000,
      });
      const loneSurrogate = createReportFixture({ text: "half an emoji \ud83d here" });
      const badHash: ReportToStore = { ...fixture("bad hash"), contentHash: "not-a-hash" };
      const batch = [good[0], withNul, badOffset, good[1], outOfText, loneSurrogate, badHash, good[2]].filter(isReport);
      const before = await store.counts();
      const outcomes = await store.ingest(batch);
      expect(statuses(outcomes)).toEqual([
        "stored",
        "failed",
        "failed",
        "stored",
        "failed",
        "failed",
        "failed",
        "stored",
      ]);
      expect(reasons(outcomes)).toEqual([
        expect.stringMatching(/NUL character \(U\+0000\) at offset 6/),
        expect.stringMatching(/mention 0 .*not integers/),
        expect.stringMatching(/mention 0 .*outside the text/),
        expect.stringMatching(/unpaired surrogate at offset 14/),
        expect.stringMatching(/contentHash must be a sha256/),
      ]);
      expect(await store.counts()).toMatchObject({
        reports: before.reports + 3,
        mentions: before.mentions + 3,
        claims: before.claims + 3,
        documents: before.documents + 3,
        fingerprints: before.fingerprints + 3,
      });
      for (const bad of [badOffset, outOfText]) expect(await store.getReport(bad.contentHash.slice(0, 16))).toBeNull();
    });

    it("rolls back everything of a report the database refuses half-way, and goes on with the batch", async () => {
      // A report that copies one already stored, with claims and actions: its fingerprint, band keys, claims,
      // document, copied passages, facts and events are written before its mentions, and then its mention's
      // key is too long for the entity index (about 2.7 kB).
      const source = originalReport("Refused");
      expect(statuses(await store.ingest([source]))).toEqual(["stored"]);
      const copy = copyingReport("Refused");
      const [actor] = copy.extraction.actors;
      const [mention] = actor?.mentionSpans ?? [];
      if (actor === undefined || mention === undefined) throw new Error("fixture without a mention");
      const huge = { ...mention, entity: { ...mention.entity, key: randomBytes(3000).toString("base64") } };
      const refused: ReportToStore = {
        ...copy,
        extraction: { ...copy.extraction, actors: [{ ...actor, mentionSpans: [huge] }] },
      };
      const others = [1, 2, 3].map((n) =>
        fixture(`after the refused one ${n}`, [{ key: "after", name: "After Panda" }]),
      );
      const before = await store.counts();
      const facts = await factsCheckedAbout(store, mention.entity);
      const events = await store.listEvents();
      const outcomes = await store.ingest([refused, ...others]);
      expect(outcomes[0]).toEqual({
        status: "failed",
        reason: expect.stringMatching(/^the database refused it: .*report_mentions/) as unknown,
      });
      expect(statuses(outcomes.slice(1))).toEqual(["stored", "stored", "stored"]);
      expect(await store.getReport(refused.contentHash.slice(0, 16))).toBeNull();
      const after = await store.counts();
      expect(after).toMatchObject({
        reports: before.reports + 3,
        mentions: before.mentions + 3,
        claims: before.claims + 3,
        documents: before.documents + 3,
        fingerprints: before.fingerprints + 3,
        passages: before.passages,
        links: before.links,
        events: before.events,
      });
      expect(await factsCheckedAbout(store, mention.entity)).toEqual(facts);
      expect(await store.listEvents()).toEqual(events);
      expect((await store.reportRelations(source.contentHash.slice(0, 16)))?.copiedBy).toEqual([]);
      expect(statuses(await store.ingest([refused]))).toEqual(["failed"]);
      expect(statuses(await store.ingest([copy]))).toEqual(["stored"]);
      expect((await store.reportRelations(source.contentHash.slice(0, 16)))?.copiedBy).toHaveLength(2);
    });

    it("refuses a report whose id (16 hex digits of its hash) belongs to another content", async () => {
      const first = fixture("id owner");
      const impostor: ReportToStore = {
        ...fixture("id impostor"),
        contentHash: first.contentHash.slice(0, 16) + sha256("impostor").slice(16),
      };
      await store.ingest([first]);
      const [outcome] = await store.ingest([impostor]);
      expect(outcome).toEqual({
        status: "failed",
        reason: expect.stringMatching(/already belongs to another content hash/) as unknown,
      });
      expect((await store.getReport(first.contentHash.slice(0, 16)))?.contentHash).toBe(first.contentHash);
    });

    it("lists actors by distinct reports, then mentions, then name", async () => {
      const a = { key: "order-a", name: "Zeta Panda" };
      const b = { key: "order-b", name: "Beta Panda" };
      const c = { key: "order-c", name: "Gamma Panda" };
      const d = { key: "order-d", name: "Delta Panda" };
      const e = { key: "order-e", name: "Alpha Panda" };
      await store.ingest([
        createReportFixture({ text: "Order 1: Zeta Panda, Beta Panda, Beta Panda and Beta Panda.", actors: [a, b] }),
        createReportFixture({ text: "Order 2: Zeta Panda, Beta Panda, Gamma Panda.", actors: [a, b, c] }),
        createReportFixture({ text: "Order 3: Zeta Panda, Gamma Panda, Gamma Panda.", actors: [a, c] }),
        createReportFixture({ text: "Order 4: Delta Panda and Alpha Panda.", actors: [d, e] }),
      ]);
      const listed = (await store.listActors()).filter((actor) => actor.key.startsWith("order-"));
      expect(listed).toEqual([
        { key: "order-a", name: "Zeta Panda", reports: 3, mentions: 3 },
        { key: "order-b", name: "Beta Panda", reports: 2, mentions: 4 },
        { key: "order-c", name: "Gamma Panda", reports: 2, mentions: 3 },
        { key: "order-e", name: "Alpha Panda", reports: 1, mentions: 1 },
        { key: "order-d", name: "Delta Panda", reports: 1, mentions: 1 },
      ]);
      expect((await store.listActors()).map((actor) => actor.key)).not.toContain("CN");
    });

    it("gives an actor's reports oldest first: by publication date, then by ingestion, undated last", async () => {
      const actor = [{ key: "timeline", name: "Timeline Panda" }];
      const undated = fixture("timeline undated", actor, { published: null });
      const later = fixture("timeline 2021 first ingested", actor, { published: "2021-05-01" });
      const sameDay = fixture("timeline 2021 second ingested", actor, { published: "2021-05-01" });
      const earliest = fixture("timeline 2019", actor, { published: "2019-01-02T10:00:00Z" });
      for (const report of [undated, later, sameDay, earliest]) await store.ingest([report]);
      await store.ingest([fixture("timeline other actor", [{ key: "not-timeline", name: "Other Panda" }])]);
      const found = await store.reportsMentioningActor("timeline");
      expect(found.map((report) => report.text)).toEqual(
        [earliest, later, sameDay, undated].map((report) => report.text),
      );
      expect(found[0]?.extraction).toEqual(earliest.extraction);
      expect(await store.reportsMentioningActor("no-such-actor")).toEqual([]);
      expect(await store.getReport("0000000000000000")).toBeNull();
    });

    it("pages an actor's reports newest first (undated last), with how many, every name they use and the first", async () => {
      const named = (text: string, surfaces: readonly string[], published: string | null) =>
        createReportFixture({
          text,
          actors: [{ key: "paged", name: "Paged Panda", surfaces }],
          source: { published },
        });
      const reports = [
        named("2018: Paged Panda, also PP-1, struck. Paged Panda again.", ["Paged Panda", "PP-1"], "2018-03-01"),
        named("2020: PP-1 struck.", ["PP-1"], "2020-01-01"),
        named("Undated: Paged Panda struck.", ["Paged Panda"], null),
        named("2022: Paged Panda struck.", ["Paged Panda"], "2022-06-01"),
      ];
      await store.ingest(reports);
      const ids = reports.map((r) => r.contentHash.slice(0, 16));
      const first = await store.actorReports("paged", { limit: 2, offset: 0 });
      expect(first.total).toBe(4);
      expect(first.names).toEqual(["Paged Panda", "PP-1"]);
      expect(first.first?.id).toBe(ids[0]);
      expect(first.first?.mentions).toEqual(["Paged Panda", "PP-1"]);
      expect(first.first?.spans.map((s) => s.surface)).toEqual(["Paged Panda", "PP-1", "Paged Panda"]);
      expect(first.reports.map((r) => r.id)).toEqual([ids[3], ids[1]]);
      const next = await store.actorReports("paged", { limit: 2, offset: 2 });
      expect(next.reports.map((r) => r.id)).toEqual([ids[0], ids[2]]);
      expect(next.reports[1]).toMatchObject({ published: null, title: null, mentions: ["Paged Panda"] });
      expect(await store.actorReports("no-such-actor", { limit: 5, offset: 0 })).toEqual({
        total: 0,
        names: [],
        first: null,
        reports: [],
      });
      expect(await store.reportArsenals(ids)).toEqual(new Map());
    });

    it("finds reports by their title squashed as names are, newest first, through the store", async () => {
      const titled = (title: string) =>
        createReportFixture({ text: `A report titled ${title}.`, source: { title, published: "2024-01-01" } });
      const [older, newer, other] = [
        titled("Stone Panda’s new tricks"),
        titled("STONE-PANDA returns"),
        titled("Nothing to see"),
      ];
      for (const r of [older, newer, other]) await store.ingest([r]);
      const ids = (found: readonly { id: string }[]) => found.map((r) => r.id);
      const id = (r: ReportToStore) => r.contentHash.slice(0, 16);
      expect(ids(await store.findReportsByTitle("stonepanda", 5))).toEqual([id(newer), id(older)]);
      expect(ids(await store.findReportsByTitle("stonepanda", 1))).toEqual([id(newer)]);
      expect(await store.findReportsByTitle("pandasnew", 5)).toMatchObject([{ title: "Stone Panda’s new tricks" }]);
      expect(await store.findReportsByTitle("nosuchtitle", 5)).toEqual([]);
      expect(await store.findReportsByTitle("", 5)).toEqual([]);
    });

    it("keeps one copy when two writers ingest the same reports at once", async () => {
      const batch = [1, 2, 3, 4, 5, 6].map((n) =>
        fixture(`concurrent ${n}`, [{ key: "concurrent", name: "Racing Panda" }]),
      );
      const before = await store.counts();
      let other: Store | null = null;
      try {
        other = await subject.reopen();
      } catch (error) {
        // An adapter may refuse a second instance of one storage; its writers then share one instance.
        expect(error).toBeInstanceOf(EspialError);
        expect(error).toMatchObject({
          code: "store-locked",
          message: expect.stringContaining(`pid ${process.pid}`) as unknown,
        });
      }
      try {
        const [first, second] = await Promise.all([store.ingest(batch), (other ?? store).ingest([...batch].reverse())]);
        const pairs = batch.map((_, i) => [first[i]?.status, second[batch.length - 1 - i]?.status].sort());
        expect(pairs).toEqual(batch.map(() => ["stored", "unchanged"]));
        expect(await store.counts()).toMatchObject({
          reports: before.reports + 6,
          mentions: before.mentions + 6,
          claims: before.claims + 6,
          documents: before.documents + 6,
          fingerprints: before.fingerprints + 6,
        });
      } finally {
        await other?.close();
      }
    });

    describeFusionContract(() => store);

    it("finds everything again after it is closed and reopened", async () => {
      const report = fixture("persisted 🐼 “quoted”", [{ key: "persisted", name: "Persisted Panda" }]);
      await store.ingest([report]);
      const counts = await store.counts();
      const actors = await store.listActors();
      const events = await store.listEvents();
      await store.close();
      await expect(store.counts()).rejects.toMatchObject({ code: "store-failure" });
      store = await subject.reopen();
      expect(await store.counts()).toEqual(counts);
      expect(await store.listActors()).toEqual(actors);
      expect(await store.listEvents()).toEqual(events);
      expect((await store.getReport(report.contentHash.slice(0, 16)))?.extraction).toEqual(report.extraction);
      expect(statuses(await store.ingest([report]))).toEqual(["unchanged"]);
    });
  });
}

function fixture(
  text: string,
  actors: readonly { key: string; name: string }[] = [],
  source: { published?: string | null } = {},
): ReportToStore {
  return createReportFixture({ text: `${text}. ${actors.map((actor) => actor.name).join(", ")}`, actors, source });
}

/** The report with its first mention's offsets replaced. */
function withMention(report: ReportToStore, offsets: { start?: number; end?: number }): ReportToStore {
  const [actor, ...others] = report.extraction.actors;
  if (actor === undefined) throw new Error("fixture without an actor");
  const [mention, ...rest] = actor.mentionSpans;
  if (mention === undefined) throw new Error("fixture without a mention");
  const changed = { ...actor, mentionSpans: [{ ...mention, ...offsets }, ...rest] };
  return { ...report, extraction: { ...report.extraction, actors: [changed, ...others] } };
}

function isReport(value: ReportToStore | undefined): value is ReportToStore {
  return value !== undefined;
}

function statuses(outcomes: readonly IngestOutcome[]): string[] {
  return outcomes.map((outcome) => outcome.status);
}

function reasons(outcomes: readonly IngestOutcome[]): string[] {
  return outcomes.flatMap((outcome) => (outcome.status === "failed" ? [outcome.reason] : []));
}
