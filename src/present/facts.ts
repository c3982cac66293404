// Facts on the wire: a fused claim with its confidence, how many independent sources carry it, each piece
// of evidence marked with the report its passage was copied from (if any), and the details reports
// disagree on side by side.
import type { Fact } from "../pipeline/fuse/index.ts";

export type { Fact } from "../pipeline/fuse/index.ts";
export { evidenceTotalOf, reportsTotalOf } from "../pipeline/fuse/index.ts";

/** Sentences shown per fact in a profile (the fact's own page has them all). */
export const EVIDENCE_SHOWN = 5;

/** The evidence: for each sentence the report, the offsets, and the report its passage was copied from. */
export function presentEvidence(fact: Fact) {
  return fact.evidence.map((e) => ({
    document: e.reportId,
    start: e.evidence.start,
    end: e.evidence.end,
    sentence: e.evidence.sentence,
    copied_from: e.copiedFrom,
  }));
}

/** The details reports disagree on, each field with its values side by side and who gives each. */
export function presentConflicts(fact: Fact) {
  const fields = new Map<string, { value: string | number | boolean | null; documents: readonly string[] }[]>();
  for (const c of fact.conflicts) {
    fields.set(c.field, [...(fields.get(c.field) ?? []), { value: c.value, documents: c.sources }]);
  }
  return [...fields].map(([field, values]) => ({ field, values }));
}

/** What every fact of a profile carries beyond its own fields. */
export function presentFactSummary(fact: Fact) {
  return {
    fact: fact.id,
    confidence: fact.confidence,
    independent_sources: fact.explanation.independentSources,
    copies: fact.explanation.copies,
    conflicts: presentConflicts(fact),
  };
}

/** A whole fact, with its explanation, for `espial why --json`. */
export function presentFact(fact: Fact) {
  return {
    id: fact.id,
    subject: fact.subject,
    predicate: fact.predicate,
    object: fact.object,
    negated: fact.negated,
    certainty: fact.modality.certainty,
    status: fact.modality.status,
    first_reported: fact.firstReported,
    contradicted_by: fact.contradictedBy,
    ...presentFactSummary(fact),
    explanation: fact.explanation.components.map((c) => ({ factor: c.factor, value: c.value, why: c.why })),
    evidence: presentEvidence(fact),
  };
}

/** The explanation as an analyst reads it on a terminal, one line each. */
export function explainFact(fact: Fact): string[] {
  const { explanation } = fact;
  const lines = [
    `${fact.id}  ${fact.subject.name} — ${fact.negated ? "not " : ""}${fact.predicate} → ${fact.object.name}`,
    `  confidence ${fact.confidence}: ${explanation.independentSources} independent source${explanation.independentSources === 1 ? "" : "s"}, ${explanation.copies} cop${explanation.copies === 1 ? "y" : "ies"} not counted`,
    ...explanation.components.map((c) => `  ${c.factor.padEnd(24)} ${String(c.value).padEnd(6)} ${c.why}`),
  ];
  for (const c of presentConflicts(fact)) {
    lines.push(
      `  reports disagree on ${c.field}: ${c.values.map((v) => `${String(v.value)} (${v.documents.join(", ")})`).join(" vs ")}`,
    );
  }
  if (fact.contradictedBy) lines.push(`  contradicted by ${fact.contradictedBy}`);
  lines.push("  evidence:");
  for (const e of fact.evidence) {
    const copied = e.copiedFrom ? ` (copied from ${e.copiedFrom})` : "";
    lines.push(`    [${e.reportId}${copied}] ${e.evidence.sentence.replace(/\s+/g, " ").slice(0, 200)}`);
  }
  return lines;
}
