// An actor's profile across the stored documents (the latest version of each): its names with their
// sources, the mentions seen in each report, sponsors, members, victims, actions, periods, and its arsenal
// (malware, tools, vulnerabilities, techniques, indicators: src/present/actor-arsenal.ts) — each a fact
// fused across reports (src/pipeline/fuse) with its confidence, how many independent sources carry it, its
// evidence sentences (each marked with the report it was copied from, if any) and the details reports
// disagree on side by side. Field names follow the extract contract; every fact carries
// `evidence: [{document, start, end, sentence, copied_from}]`.
import type { Predicate } from "../core/index.ts";
import type { StoredReport } from "../store/store.ts";
import { factsOfReports, presentEvidence, presentFactSummary, type Fact } from "./facts.ts";
import { presentActorArsenal } from "./actor-arsenal.ts";

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
  reports: f.reports.length,
  ...presentFactSummary(f),
  evidence: presentEvidence(f) satisfies ProfileEvidence[],
});
const byStrength = (a: Fact, b: Fact) =>
  b.reports.length - a.reports.length || b.confidence - a.confidence || a.id.localeCompare(b.id);

function mentionsOf(actor: ActorIdentity, reports: readonly StoredReport[]) {
  return reports.map((r) => {
    const finding = r.extraction.actors.find((a) => a.entity.key === actor.key);
    const spans = (finding?.mentionSpans ?? []).filter((m) => m.via !== "coreference");
    return {
      document: r.id,
      title: r.source.title,
      published: r.source.published,
      origin: r.source.origin,
      mentions: finding?.mentions ?? [],
      evidence: spans.map((m) => ({ document: r.id, start: m.start, end: m.end, surface: m.surface })),
    };
  });
}

/**
 * Builds the profile of one actor from the latest versions of the documents that mention it. `facts` are
 * the store's facts about the actor when the caller has them; otherwise they are fused from `reports`.
 */
export function presentActorProfile(
  actor: ActorIdentity,
  reports: readonly StoredReport[],
  facts: readonly Fact[] = factsOfReports(reports),
) {
  const about = (p: Predicate) =>
    facts.filter((f) => f.predicate === p && f.subject.key === actor.key).sort(byStrength);
  const mentionsByReport = mentionsOf(actor, reports);
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
    mentions: [...new Set(mentionsByReport.flatMap((r) => r.mentions))],
    reports: mentionsByReport,
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
    ...presentActorArsenal(facts.filter((f) => f.subject.key === actor.key).sort(byStrength), reports),
  };
}

export type ActorProfile = ReturnType<typeof presentActorProfile>;
