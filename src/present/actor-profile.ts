// An actor's profile across the stored documents (the latest version of each): its names with their
// sources, the names the reports use, a page of its reports (newest first) with the mentions in each,
// sponsors, members, victims, actions, periods, and its arsenal (malware, tools, vulnerabilities, techniques,
// indicators: src/present/actor-arsenal.ts) — each a fact fused across reports (src/pipeline/fuse) with its
// confidence, how many independent sources carry it, its first evidence sentences (each marked with the
// report it was copied from, if any; `evidence_total` counts them all) and the details reports disagree on
// side by side. Field names follow the extract contract; every fact carries
// `evidence: [{document, start, end, sentence, copied_from}]`. Read from what the store keeps for pages
// (readActorProfile), so the work is bounded however many reports name the actor.
import type { ArsenalFindings, Predicate } from "../core/index.ts";
import type { ActorReport, ActorReportsPage, Store } from "../store/store.ts";
import {
  EVIDENCE_SHOWN,
  evidenceTotalOf,
  presentEvidence,
  reportsTotalOf,
  presentFactSummary,
  type Fact,
} from "./facts.ts";
import { ARSENAL_PREDICATES, presentActorArsenal } from "./actor-arsenal.ts";

/** Reports per fact whose arsenal findings are read (a software's kind and aliases, a CVE's products). */
const ARSENAL_REPORTS_PER_FACT = 3;

export interface ProfileEvidence {
  readonly document: string;
  readonly start: number;
  readonly end: number;
  readonly sentence: string;
  /** The report this sentence was copied from, or null when this report says it in its own words. */
  readonly copied_from: string | null;
}

export interface ProfileName {
  readonly name: string;
  readonly sources: readonly string[];
}

export interface ActorIdentity {
  readonly key: string;
  readonly name: string;
  readonly names: readonly ProfileName[];
}

/** The first report's value of a detail (the others' differing values are in `conflicts`). */
const detail = (f: Fact, k: string) => f.evidence.find((e) => e.detail?.[k] !== undefined)?.detail?.[k] ?? null;
const modality = (f: Fact) => ({
  certainty: f.modality.certainty,
  status: f.modality.status,
  negated: f.negated,
  asserted_by: f.modality.assertedBy,
});
/** What every fact shows: how sure, from how many independent sources, on what evidence. */
const common = (f: Fact) => ({
  reports: reportsTotalOf(f),
  ...presentFactSummary(f),
  evidence: presentEvidence(f) satisfies ProfileEvidence[],
  evidence_total: evidenceTotalOf(f),
});
const byStrength = (a: Fact, b: Fact) =>
  reportsTotalOf(b) - reportsTotalOf(a) || b.confidence - a.confidence || a.id.localeCompare(b.id);

/** A report as the profile lists it: the names it gives the actor and where. */
export const presentActorReport = (r: ActorReport) => ({
  document: r.id,
  title: r.title,
  published: r.published,
  origin: r.origin,
  mentions: r.mentions,
  evidence: r.spans.map((m) => ({ document: r.id, start: m.start, end: m.end, surface: m.surface })),
});

/** What a profile is built from: a page of the actor's reports, the facts about it, and arsenal findings. */
export interface ActorProfileSources {
  readonly reports: ActorReportsPage;
  /** The facts whose subject or object is the actor (the store's, fused from every report's claims). */
  readonly facts: readonly Fact[];
  /** The arsenal findings of reports behind its arsenal facts (kinds, aliases, products), by report id. */
  readonly arsenals: ReadonlyMap<string, ArsenalFindings>;
}

/**
 * Builds the profile of one actor. However many reports name it, the profile is bounded: one page of its
 * reports, and at most EVIDENCE_SHOWN sentences per fact (`evidence_total` says how many there are; the
 * fact's own page has them all).
 */
export function presentActorProfile(actor: ActorIdentity, sources: ActorProfileSources) {
  const { facts } = sources;
  const about = (p: Predicate) =>
    facts.filter((f) => f.predicate === p && f.subject.key === actor.key).sort(byStrength);
  const victims = (p: "targets" | "accessed-via", kind: string) =>
    about(p)
      .filter((f) => f.object.kind === kind)
      .map((f) => ({
        name: f.object.name,
        ...(kind === "country" ? { code: f.object.key } : {}),
        quantity: detail(f, "quantity"),
        access_path: p === "accessed-via",
        ...common(f),
      }));
  const victimsOf = (kind: string) => [...victims("targets", kind), ...victims("accessed-via", kind)];
  return {
    id: actor.key,
    name: actor.name,
    aliases: actor.names.map((n) => n.name),
    names: actor.names,
    mentions: sources.reports.names,
    reports_total: sources.reports.total,
    first_report: sources.reports.first ? presentActorReport(sources.reports.first) : null,
    reports: sources.reports.reports.map(presentActorReport),
    attributed_to: about("attributed-to").map((f) => ({
      name: f.object.name,
      level: detail(f, "level"),
      country: detail(f, "country"),
      parent: detail(f, "parent"),
      ...modality(f),
      ...common(f),
    })),
    persons: facts
      .filter((f) => f.predicate === "member-of" && f.object.key === actor.key)
      .sort(byStrength)
      .map((f) => ({ name: f.subject.name, role: detail(f, "role"), ...common(f) })),
    victim_countries: victimsOf("country"),
    victim_sectors: victimsOf("sector"),
    victim_organizations: victimsOf("organisation"),
    actions: about("subject-of-action").map((f) => ({
      type: detail(f, "type"),
      kind: detail(f, "kind"),
      date: detail(f, "date"),
      by: detail(f, "by"),
      against: detail(f, "against"),
      ...modality(f),
      ...common(f),
    })),
    periods: about("active-during").map((f) => ({
      from: detail(f, "from"),
      to: detail(f, "to"),
      ...common(f),
    })),
    ...presentActorArsenal(
      facts.filter((f) => f.subject.key === actor.key).sort(byStrength),
      sources.arsenals.values(),
    ),
  };
}

export type ActorProfile = ReturnType<typeof presentActorProfile>;

/** The store reads a profile needs. */
export type ActorProfileStore = Pick<Store, "actorReports" | "cappedFactsAbout" | "reportArsenals">;

/** The first page of an actor's reports a profile shows unless asked for another. */
export const FIRST_REPORTS_PAGE = { limit: 50, offset: 0 } as const;

/** Reads what an actor's profile is built from: one page of its reports, its facts, their arsenal findings. */
export async function readActorProfileSources(
  actor: ActorIdentity,
  store: ActorProfileStore,
  page: { readonly limit: number; readonly offset: number } = FIRST_REPORTS_PAGE,
): Promise<ActorProfileSources> {
  const [reports, facts] = await Promise.all([
    store.actorReports(actor.key, page),
    store.cappedFactsAbout({ kind: "actor", key: actor.key }, EVIDENCE_SHOWN),
  ]);
  const arsenalReports = facts
    .filter((f) => f.subject.key === actor.key && ARSENAL_PREDICATES.has(f.predicate))
    .flatMap((f) => f.reports.slice(0, ARSENAL_REPORTS_PER_FACT));
  return { reports, facts, arsenals: await store.reportArsenals(arsenalReports) };
}

/** Reads an actor's profile from the store: one page of its reports, every fact with capped evidence. */
export async function readActorProfile(
  actor: ActorIdentity,
  store: ActorProfileStore,
  page: { readonly limit: number; readonly offset: number } = FIRST_REPORTS_PAGE,
): Promise<ActorProfile> {
  return presentActorProfile(actor, await readActorProfileSources(actor, store, page));
}
