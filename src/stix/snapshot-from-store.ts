// Stored reports and the catalogue as a snapshot: each report's metadata and what its extraction names and
// states, keyed so that one entity is one STIX object across reports; and each actor's catalogue identity
// (names with their sources, ATT&CK ids, MISP uuid), or for an actor the catalogue lacks, what the reports say.
import type { ActorFinding, Extraction, ReportSource } from "../core/index.ts";
import type { CatalogueActor } from "../catalogue/index.ts";
import { compareText, type SnapshotActor, type SnapshotReport, type StixSnapshot } from "./snapshot.ts";
import { collectEntities, createEntityIndex } from "./snapshot-entities.ts";
import { collectActions, collectFacts, collectPeriods } from "./snapshot-facts.ts";

/** What the snapshot needs of a stored report (StoredReport fits). */
export interface ReportInput {
  readonly id: string;
  readonly contentHash: string;
  readonly source: ReportSource;
  readonly extraction: Extraction;
  readonly ingestedAt: string;
}

/** What the snapshot needs of the catalogue: an actor by its key. */
export interface ActorLookup {
  actor(key: string): CatalogueActor | undefined;
}

export interface SnapshotInput {
  readonly reports: readonly ReportInput[];
  readonly catalogue: ActorLookup;
}

function reportOf(r: ReportInput): SnapshotReport {
  const entities = createEntityIndex();
  collectEntities(r.extraction, entities);
  const facts = collectFacts(r.extraction, entities);
  const { url, title, published, outlet, byline, kind, tlp } = r.source;
  return {
    id: r.id,
    contentHash: r.contentHash,
    ingestedAt: new Date(r.ingestedAt).toISOString(),
    source: { url, title, published, outlet, byline, kind, tlp },
    mentions: r.extraction.actors
      .map((a) => ({ actor: a.entity.key, names: [...new Set(a.mentions)], confidence: a.confidence }))
      .sort((a, b) => compareText(a.actor, b.actor)),
    entities: entities.list(),
    facts,
    actions: collectActions(r.extraction),
    periods: collectPeriods(r.extraction),
    unattributed: r.extraction.unattributed.map((u) => ({
      description: u.description,
      suspectedSponsor: u.suspectedSponsor,
      evidence: { start: u.evidence.start, end: u.evidence.end, sentence: u.evidence.sentence },
    })),
  };
}

/** An actor's catalogue identity in snapshot form. */
export function snapshotActorOf(actor: CatalogueActor): SnapshotActor {
  return {
    key: actor.key,
    name: actor.name,
    names: actor.names.map((n) => ({
      name: n.name,
      sources: n.sources.map((s) => ({ dataset: s.dataset, id: s.id, vendor: s.vendor })),
    })),
    attackIds: [...actor.attackIds],
    mispUuid: actor.mispUuid,
    country: actor.country,
    unconfirmed: false,
    namingVendor: null,
  };
}

/** An actor the catalogue lacks, from every finding of it: its names are the names the reports use. */
function discoveredActor(findings: readonly ActorFinding[]): SnapshotActor {
  const first = findings[0];
  if (!first) throw new RangeError("an actor needs at least one finding");
  const names = [...new Set([first.entity.name, ...findings.flatMap((f) => f.mentions)])];
  const vendor = findings.find((f) => f.namingVendor)?.namingVendor ?? null;
  return {
    key: first.entity.key,
    name: first.entity.name,
    names: names.map((name) => ({ name, sources: [{ dataset: "reports", id: "", vendor }] })),
    attackIds: [],
    mispUuid: null,
    country: findings.find((f) => f.country)?.country ?? null,
    unconfirmed: findings.every((f) => f.unconfirmed),
    namingVendor: vendor,
  };
}

/**
 * The snapshot of some stored reports: each report's metadata and findings, and every actor they name.
 * @example toStixBundle(createStixSnapshot({ reports: await store.reportsMentioningActor(key), catalogue }), options)
 */
export function createStixSnapshot(input: SnapshotInput): StixSnapshot {
  const reports = [...input.reports].sort(
    (a, b) => Date.parse(a.ingestedAt) - Date.parse(b.ingestedAt) || compareText(a.id, b.id),
  );
  const findings = new Map<string, ActorFinding[]>();
  for (const r of reports) {
    for (const a of r.extraction.actors) findings.set(a.entity.key, [...(findings.get(a.entity.key) ?? []), a]);
  }
  const actors = [...findings.entries()]
    .sort(([a], [b]) => compareText(a, b))
    .map(([key, found]) => {
      const known = input.catalogue.actor(key);
      return known ? snapshotActorOf(known) : discoveredActor(found);
    });
  return { actors, reports: reports.map(reportOf) };
}
