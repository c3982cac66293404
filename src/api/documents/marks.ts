// Where a stored report's text names what Espial recognised: entity names (exact mention spans, or the
// name found inside its evidence sentence) and the sentences claims rest on. The UI highlights these over
// the text as ingested; every offset is into that text (UTF-16 code units).
import type { EntityKind, Evidence, Extraction, Predicate, Span } from "../../core/index.ts";

export interface EntityMark extends Span {
  readonly kind: EntityKind;
  readonly name: string;
  /** The entity's key, where the extraction has one (actors, arsenal). */
  readonly key: string | null;
}

export interface ClaimMark extends Span {
  readonly subject: string;
  readonly predicate: Predicate;
  readonly object: string;
  readonly negated: boolean;
}

/** The first place `name` occurs (any case) inside the evidence sentence, as a span of the whole text. */
function within(text: string, evidence: Evidence, name: string): Span | null {
  if (!name) return null;
  const sentence = text.slice(evidence.start, evidence.end);
  const at = sentence.toLowerCase().indexOf(name.toLowerCase());
  return at < 0 ? null : { start: evidence.start + at, end: evidence.start + at + name.length };
}

/** Entity marks sorted by start, then longest first; duplicates of one span and kind kept once. */
export function entityMarksOf(text: string, extraction: Extraction): EntityMark[] {
  const marks: EntityMark[] = [];
  const add = (span: Span | null, kind: EntityKind, name: string, key: string | null = null) => {
    if (span && span.end > span.start && span.end <= text.length) marks.push({ ...span, kind, name, key });
  };
  for (const a of extraction.actors) {
    for (const m of a.mentionSpans) add(m, "actor", a.entity.name, a.entity.key);
    for (const s of a.attributedTo) add(within(text, s.evidence, s.name), "sponsor", s.name, s.key ?? null);
  }
  for (const p of extraction.persons) add(within(text, p.evidence, p.name), "person", p.name);
  for (const c of extraction.victimCountries) add(within(text, c.evidence, c.surface), "country", c.name, c.code);
  for (const s of extraction.victimSectors) add(within(text, s.evidence, s.name), "sector", s.name);
  for (const o of extraction.victimOrganisations) add(within(text, o.evidence, o.name), "organisation", o.name);
  const arsenal = extraction.arsenal;
  if (arsenal) {
    for (const s of arsenal.software) for (const at of s.spans) add(at, "software", s.name, s.key);
    for (const v of arsenal.vulnerabilities) for (const at of v.spans) add(at, "vulnerability", v.cve, v.cve);
    for (const t of arsenal.techniques) for (const at of t.spans) add(at, "technique", t.name ?? t.id, t.id);
    for (const i of arsenal.indicators) for (const at of i.spans) add(at, "indicator", i.value, i.value);
  }
  const seen = new Set<string>();
  return marks
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .filter((m) => {
      const id = `${m.start}:${m.end}:${m.kind}`;
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    });
}

/** One mark per claim, on its evidence sentence, in text order. */
export function claimMarksOf(extraction: Extraction): ClaimMark[] {
  return extraction.claims
    .map((c) => ({
      start: c.evidence.start,
      end: c.evidence.end,
      subject: c.subject.name,
      predicate: c.predicate,
      object: c.object.name,
      negated: c.modality.negated,
    }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
}
