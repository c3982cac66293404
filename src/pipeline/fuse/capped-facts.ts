// A fact as a page shows it when many reports support it: every figure fused from all its claims, and only
// the first of its lists that grow with the reports — sentences of evidence (in the order reports were
// ingested), reports, the reports behind each conflicting detail, the explanation's one line per source —
// with how many there are in all.
import type { Fact } from "./facts.ts";

export interface CappedFact extends Fact {
  /** How many sentences support the fact; `evidence` holds the first of them. */
  readonly evidenceTotal: number;
  /** How many reports support it; `reports` holds the first of them. */
  readonly reportsTotal: number;
}

const isCapped = (fact: Fact): fact is CappedFact => "evidenceTotal" in fact && "reportsTotal" in fact;

/** How many sentences support a fact, also when it holds only the first of them. */
export const evidenceTotalOf = (fact: Fact): number => (isCapped(fact) ? fact.evidenceTotal : fact.evidence.length);

/** How many reports support a fact, also when it holds only the first of them. */
export const reportsTotalOf = (fact: Fact): number => (isCapped(fact) ? fact.reportsTotal : fact.reports.length);

/** The explanation's lines with at most `limit` of its one-per-source lines (the others all kept). */
function firstSources<T extends { readonly factor: string }>(components: readonly T[], limit: number): T[] {
  let sources = 0;
  return components.filter((c) => !c.factor.startsWith("source ") || sources++ < limit);
}

/** The fact with at most `limit` items in each list that grows with its reports, and the totals. */
export function capEvidence(fact: Fact, limit: number): CappedFact {
  return {
    ...fact,
    evidence: fact.evidence.slice(0, limit),
    reports: fact.reports.slice(0, limit),
    conflicts: fact.conflicts.map((c) => ({ ...c, sources: c.sources.slice(0, limit) })),
    explanation: { ...fact.explanation, components: firstSources(fact.explanation.components, limit) },
    evidenceTotal: evidenceTotalOf(fact),
    reportsTotal: reportsTotalOf(fact),
  };
}
