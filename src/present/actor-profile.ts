// An actor's profile across every stored report: its names with their sources, the mentions seen in each
// report, sponsors, members, victims, actions and periods — each fact with the sentences that support it.
// Field names follow the extract contract; every fact carries `evidence: [{document, start, end, sentence}]`.
import type { Claim } from "../core/index.ts";
import type { StoredReport } from "../store/store.ts";

export interface ProfileEvidence {
  readonly document: string;
  readonly start: number;
  readonly end: number;
  readonly sentence: string;
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

interface Fact {
  readonly key: string;
  readonly claim: Claim;
  readonly evidence: ProfileEvidence[];
  readonly reports: Set<string>;
}

function collect(reports: readonly StoredReport[], pick: (c: Claim) => boolean): Fact[] {
  const facts = new Map<string, Fact>();
  for (const report of reports) {
    for (const c of report.extraction.claims) {
      if (!pick(c)) continue;
      const key = `${c.predicate}|${c.subject.key}|${c.object.key}`;
      const fact = facts.get(key) ?? { key, claim: c, evidence: [], reports: new Set<string>() };
      const ev = { document: report.id, start: c.evidence.start, end: c.evidence.end, sentence: c.evidence.sentence };
      if (!fact.evidence.some((e) => e.document === ev.document && e.start === ev.start)) fact.evidence.push(ev);
      fact.reports.add(report.id);
      facts.set(key, fact);
    }
  }
  return [...facts.values()].sort((a, b) => b.reports.size - a.reports.size || a.key.localeCompare(b.key));
}

const detail = (c: Claim, k: string) => c.detail?.[k] ?? null;
const modality = (c: Claim) => ({
  certainty: c.modality.certainty,
  status: c.modality.status,
  negated: c.modality.negated,
  asserted_by: c.modality.assertedBy,
});

/** Builds the profile of one actor from the reports that mention it. */
export function presentActorProfile(actor: ActorIdentity, reports: readonly StoredReport[]) {
  const about = (p: Claim["predicate"]) => collect(reports, (c) => c.predicate === p && c.subject.key === actor.key);
  const mentionsByReport = reports.map((r) => {
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
  const seen = [...new Set(mentionsByReport.flatMap((r) => r.mentions))];
  const victims = (p: "targets" | "accessed-via", kind: string) =>
    about(p)
      .filter((f) => f.claim.object.kind === kind)
      .map((f) => ({
        name: f.claim.object.name,
        ...(kind === "country" ? { code: f.claim.object.key } : {}),
        quantity: detail(f.claim, "quantity"),
        access_path: p === "accessed-via",
        reports: f.reports.size,
        evidence: f.evidence,
      }));
  const victimsOf = (kind: string) => [...victims("targets", kind), ...victims("accessed-via", kind)];
  return {
    id: actor.key,
    name: actor.name,
    aliases: actor.names.map((n) => n.name),
    names: actor.names,
    mentions: seen,
    reports: mentionsByReport,
    attributed_to: about("attributed-to").map((f) => ({
      name: f.claim.object.name,
      level: detail(f.claim, "level"),
      country: detail(f.claim, "country"),
      parent: detail(f.claim, "parent"),
      ...modality(f.claim),
      reports: f.reports.size,
      evidence: f.evidence,
    })),
    persons: collect(reports, (c) => c.predicate === "member-of" && c.object.key === actor.key).map((f) => ({
      name: f.claim.subject.name,
      role: detail(f.claim, "role"),
      reports: f.reports.size,
      evidence: f.evidence,
    })),
    victim_countries: victimsOf("country"),
    victim_sectors: victimsOf("sector"),
    victim_organizations: victimsOf("organisation"),
    actions: about("subject-of-action").map((f) => ({
      type: detail(f.claim, "type"),
      kind: detail(f.claim, "kind"),
      date: detail(f.claim, "date"),
      by: detail(f.claim, "by"),
      against: detail(f.claim, "against"),
      ...modality(f.claim),
      reports: f.reports.size,
      evidence: f.evidence,
    })),
    periods: about("active-during").map((f) => ({
      from: detail(f.claim, "from"),
      to: detail(f.claim, "to"),
      reports: f.reports.size,
      evidence: f.evidence,
    })),
  };
}

export type ActorProfile = ReturnType<typeof presentActorProfile>;
