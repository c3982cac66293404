// The fusion half of the store contract: copies found and oriented, documents and their versions, facts
// that count independent sources, events, removal and reprocessing. Runs inside describeStoreContract, on
// the same storage, with reports of its own (see fusion-fixture.ts).
import { expect, it } from "vitest";
import { sliceSpan } from "../core/span.ts";
import { fingerprintReport } from "../pipeline/fuse/index.ts";
import { segmentReport } from "../pipeline/segment/index.ts";
import { copyingReport, dayOf, originalReport, sharedParagraphs, shiftDay, updatedReport } from "./fusion-fixture.ts";
import type { Fact, ReportToStore, Store } from "./store.ts";
import { factsCheckedAbout } from "./kept-values.contract.ts";

const idOf = (report: ReportToStore) => report.contentHash.slice(0, 16);

async function factsOf(store: Store, tag: string) {
  const facts = await factsCheckedAbout(store, sharedParagraphs(tag).actor);
  const byPredicate = (p: Fact["predicate"]) => facts.find((f) => f.predicate === p);
  return { all: facts, attribution: byPredicate("attributed-to"), targets: byPredicate("targets") };
}

/** The events with an action whose sentence names the tag's actor. */
async function eventsOf(store: Store, tag: string) {
  const name = sharedParagraphs(tag).actor.name;
  const events = await Promise.all((await store.listEvents()).map((e) => store.getEvent(e.id)));
  return events.filter((e) => e?.actions.some((a) => a.evidence.sentence.includes(name)));
}

/** Declares the fusion tests; `current` gives the store under test at the time each test runs. */
export function describeFusionContract(current: () => Store): void {
  it("marks the passages a later report copied, each pointing at its span in the earlier one", async () => {
    const store = current();
    const [a, b] = [originalReport("Alder"), copyingReport("Alder")];
    expect((await store.ingest([a, b])).map((o) => o.status)).toEqual(["stored", "stored"]);
    const relations = await store.reportRelations(idOf(b));
    expect(relations?.copiedFrom).toHaveLength(2);
    const p = sharedParagraphs("Alder");
    for (const passage of relations?.copiedFrom ?? []) {
      expect(passage.sourceReportId).toBe(idOf(a));
      expect([p.msps, p.charges]).toContain(sliceSpan(b.text, passage.copySpan));
      expect(sliceSpan(a.text, passage.sourceSpan)).toBe(sliceSpan(b.text, passage.copySpan));
    }
    expect((await store.reportRelations(idOf(a)))?.copiedBy).toHaveLength(2);
    expect((await store.reportRelations(idOf(a)))?.copiedFrom).toEqual([]);
    expect((await store.getReport(idOf(b)))?.lineage.passages.map((x) => x.sourceReportId)).toEqual([idOf(a), idOf(a)]);
  });

  it("counts a fact that only copied passages repeat as one independent source, and explains it", async () => {
    const store = current();
    const { attribution, targets } = await factsOf(store, "Alder");
    expect(targets?.explanation).toMatchObject({ independentSources: 1, copies: 1 });
    expect(targets?.evidence.map((e) => e.copiedFrom)).toEqual([null, idOf(originalReport("Alder"))]);
    // Both reports make the attribution in their own words: two sources.
    expect(attribution?.explanation.independentSources).toBe(2);
    expect(attribution?.confidence).toBeGreaterThan(targets?.confidence ?? 1);
    expect(await store.getFact(targets?.id ?? "")).toEqual(targets);
    expect(await store.getFact("fact-0000000000000000")).toBeNull();
  });

  it("groups the actions of both reports into one event, without the unrelated arrest", async () => {
    const [event, ...others] = await eventsOf(current(), "Alder");
    expect(others).toHaveLength(0);
    expect(event?.reports.map((r) => r.id)).toEqual([idOf(originalReport("Alder")), idOf(copyingReport("Alder"))]);
    expect(event?.types).toEqual(expect.arrayContaining(["condemnation", "indictment"]));
    expect(event?.actions.map((a) => a.kind)).not.toContain("arrest");
    expect(event).toMatchObject({ from: dayOf("Alder"), to: dayOf("Alder") });
    expect(event?.actors.map((a) => a.key)).toContain(sharedParagraphs("Alder").actor.key);
    const arrests = (await current().listEvents()).filter((e) => e.types.includes("arrest"));
    expect(arrests.length).toBeGreaterThan(0);
    // The actor's page lists the events its reports tell, the arrest naming no actor among them.
    const told = await current().eventIdsOfActorReports(sharedParagraphs("Alder").actor.key);
    const arrest = (await Promise.all(arrests.map((e) => current().getEvent(e.id)))).find((e) =>
      e?.reports.some((r) => r.id === idOf(originalReport("Alder"))),
    );
    expect(told).toEqual(expect.arrayContaining([event?.id, arrest?.id]));
    expect(await current().eventIdsOfActorReports("no-such-actor")).toEqual([]);
  });

  it("records the copy on the right side when the earlier-published report arrives second", async () => {
    const store = current();
    const early = originalReport("Birch", { published: shiftDay(dayOf("Birch"), -1) });
    const late = copyingReport("Birch", { published: shiftDay(dayOf("Birch"), 1) });
    await store.ingest([late]);
    // Read (and kept) before the source arrives: late's claims are then its own words.
    expect((await factsOf(store, "Birch")).targets?.explanation).toMatchObject({ independentSources: 1, copies: 0 });
    await store.ingest([early]);
    expect((await store.reportRelations(idOf(late)))?.copiedFrom.map((p) => p.sourceReportId)).toEqual([
      idOf(early),
      idOf(early),
    ]);
    expect((await store.reportRelations(idOf(early)))?.copiedFrom).toEqual([]);
    expect((await factsOf(store, "Birch")).targets?.explanation).toMatchObject({ independentSources: 1, copies: 1 });
    // The same day: the earlier ingest is the source.
    const [first, second] = [copyingReport("Cedar"), originalReport("Cedar")];
    await store.ingest([first, second]);
    expect((await store.reportRelations(idOf(second)))?.copiedFrom.map((p) => p.sourceReportId)).toEqual([
      idOf(first),
      idOf(first),
    ]);
  });

  it("keeps a later version as a version of the same document, and reads only the latest", async () => {
    const store = current();
    const before = await store.counts();
    const v1 = originalReport("Dogwood");
    const v2 = updatedReport("Dogwood", { published: shiftDay(dayOf("Dogwood"), 1) });
    const other = copyingReport("Dogwood");
    await store.ingest([v1, other, v2]);
    expect((await store.counts()).documents).toBe(before.documents + 2);
    const relations = await store.reportRelations(idOf(v2));
    expect(relations?.documentId).toBe(idOf(v1));
    expect(relations?.versions.map((v) => [v.reportId, v.version, v.latest])).toEqual([
      [idOf(v1), 1, false],
      [idOf(v2), 2, true],
    ]);
    const actor = sharedParagraphs("Dogwood").actor.key;
    expect((await store.reportsMentioningActor(actor)).map((r) => r.source.origin)).toEqual([
      other.source.origin,
      v2.source.origin,
    ]);
    expect((await store.reportsMentioningActor(actor)).map((r) => r.id)).toEqual([idOf(other), idOf(v2)]);
    const { attribution } = await factsOf(store, "Dogwood");
    expect(attribution?.reports).toEqual([idOf(other), idOf(v2)]);
    const [event] = await eventsOf(store, "Dogwood");
    expect(event?.reports.map((r) => r.id).sort()).toEqual([idOf(other), idOf(v2)].sort());
    // The same URL makes a version whatever the text.
    const byUrl = originalReport("Elm", { url: "https://example.org/news/elm?utm_source=x" });
    const rewritten = copyingReport("Elm", {
      url: "http://www.example.org/news/elm/",
      published: shiftDay(dayOf("Elm"), 2),
    });
    await store.ingest([byUrl, rewritten]);
    expect((await store.reportRelations(idOf(rewritten)))?.documentId).toBe(idOf(byUrl));
  });

  it("removes a document with all its versions, and recomputes what only it supported", async () => {
    const store = current();
    const [original, copy] = [idOf(originalReport("Alder")), idOf(copyingReport("Alder"))];
    const before = await store.counts();
    const removed = await store.removeDocument(original);
    expect(removed).toMatchObject({ documentId: original, reports: [original] });
    expect(await store.getReport(original)).toBeNull();
    const { attribution, targets } = await factsOf(store, "Alder");
    expect(attribution?.reports).toEqual([copy]);
    expect(targets?.explanation).toMatchObject({ independentSources: 1, copies: 0 });
    expect(targets?.evidence.map((e) => e.copiedFrom)).toEqual([null]);
    expect((await store.getReport(copy))?.lineage.passages).toEqual([]);
    const events = await eventsOf(store, "Alder");
    expect(events.map((e) => e?.reports.map((r) => r.id))).toEqual([[copy]]);
    const after = await store.counts();
    expect(after).toMatchObject({ reports: before.reports - 1, documents: before.documents - 1 });
    expect(after.passages).toBe(before.passages - 2);
    expect(await store.removeDocument("0000000000000000")).toBeNull();
    // Removing by a version's id removes the whole document.
    const v2 = updatedReport("Dogwood", { published: shiftDay(dayOf("Dogwood"), 1) });
    expect((await store.removeDocument(idOf(v2)))?.reports).toHaveLength(2);
  });

  it("changes nothing when the same reports are ingested again", async () => {
    const store = current();
    const all = ["Birch", "Cedar", "Elm"].flatMap((tag) => [originalReport(tag), copyingReport(tag)]);
    const before = await store.counts();
    const outcomes = await store.ingest(all);
    expect(outcomes).toEqual(all.map((r) => ({ status: "unchanged", id: idOf(r) })));
    expect(await store.counts()).toEqual(before);
  });

  it("reprocesses every report: the same reading changes nothing, a new one recomputes facts", async () => {
    const store = current();
    const before = await store.counts();
    const events = (await store.listEvents()).length;
    const again = (report: { source: ReportToStore["source"]; text: string }) =>
      fingerprintReport(segmentReport({ source: report.source, text: report.text }));
    const same = await store.reprocess((r) => ({ extraction: r.extraction, fingerprint: again(r) }));
    expect(same).toMatchObject({ reports: before.reports, changed: 0, failed: [], events });
    expect(await store.counts()).toEqual(before);
    const key = sharedParagraphs("Birch").actor.key;
    const dropped = await store.reprocess((r) => ({
      extraction: {
        ...r.extraction,
        claims: r.extraction.claims.filter((c) => !(c.subject.key === key && c.predicate === "targets")),
      },
      fingerprint: again(r),
    }));
    expect(dropped.changed).toBe(2);
    expect((await factsOf(store, "Birch")).targets).toBeUndefined();
    expect((await store.counts()).facts).toBe(before.facts - 1);
    const refused = await store.reprocess((r) => {
      if (r.id === idOf(originalReport("Cedar"))) throw new Error("the reader broke");
      return { extraction: r.extraction, fingerprint: again(r) };
    });
    expect(refused.failed).toEqual([{ id: idOf(originalReport("Cedar")), reason: "the reader broke" }]);
  });
}
