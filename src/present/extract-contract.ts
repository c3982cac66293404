// The `espial extract --json` contract of docs/evaluation (same keys and field names as the gold), with
// Espial's extras beside them: ids, offsets, modality, evidence and confidence.
import type { Extraction, ReportSource } from "../core/index.ts";
import { presentExtractedArsenal } from "./extract-arsenal.ts";

const uniqueBy = <T>(items: readonly T[], key: (t: T) => string): T[] => {
  const seen = new Set<string>();
  return items.filter((t) => {
    const k = key(t);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
};

/** Presents one report's extraction in the evaluation contract. */
export function presentExtraction(source: ReportSource, extraction: Extraction) {
  return {
    source: { title: source.title, url: source.url, published: source.published?.slice(0, 10) ?? null },
    actors: extraction.actors.map((a) => ({
      id: a.entity.key,
      name: a.entity.name,
      aliases: a.aliases,
      mentions: a.mentions,
      attributed_to: uniqueBy(a.attributedTo, (s) => s.name).map((s) => s.name),
      sponsors: a.attributedTo.map((s) => ({ name: s.name, level: s.level, country: s.country, parent: s.parent })),
      unconfirmed: a.unconfirmed,
      naming_vendor: a.namingVendor,
      country: a.country,
      confidence: a.confidence,
      spans: a.mentionSpans.map((m) => ({ start: m.start, end: m.end, surface: m.surface, via: m.via })),
    })),
    persons: extraction.persons.map((p) => ({
      name: p.name,
      role: p.role,
      title: p.title,
      affiliation: p.affiliation,
      evidence: { start: p.evidence.start, end: p.evidence.end },
    })),
    victim_countries: uniqueBy(extraction.victimCountries, (c) => c.code).map((c) => ({
      code: c.code,
      name: c.name,
      surface: c.surface,
      quantity: c.quantity,
    })),
    victim_sectors: extraction.victimSectors.map((s) => ({
      name: s.name,
      sector: s.sector,
      quantity: s.quantity,
      access_path: s.accessPath,
    })),
    victim_organizations: extraction.victimOrganisations.map((o) => ({
      name: o.name,
      quantity: o.quantity,
      access_path: o.accessPath,
    })),
    actions: extraction.actions.map((a) => ({
      type: a.type,
      kind: a.kind,
      by: a.by,
      against: a.against,
      date: a.date,
      certainty: a.modality.certainty,
      status: a.modality.status,
      negated: a.modality.negated,
      asserted_by: a.modality.assertedBy,
      evidence: a.evidence.sentence,
      span: { start: a.evidence.start, end: a.evidence.end },
    })),
    periods: extraction.periods.map((p) => ({
      from: p.from,
      to: p.to,
      evidence: p.evidence.sentence,
      span: { start: p.evidence.start, end: p.evidence.end },
    })),
    unattributed: extraction.unattributed.map((u) => ({
      description: u.description,
      suspected_sponsor: u.suspectedSponsor,
      evidence: u.evidence.sentence,
    })),
    arsenal: presentExtractedArsenal(extraction),
  };
}
