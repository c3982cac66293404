// Corroboration: the same claim (subject, predicate, object, and whether it is negated) from several reports
// becomes one fact holding all its evidence, scored by independent sources (see confidence.ts). A negated
// claim is a separate fact, and the two point at each other. Where reports disagree on a detail of the fact
// (a count, a date) every value is kept beside the reports that give it.
import { createHash } from "node:crypto";
import {
  CERTAINTIES,
  STATUSES,
  type Claim,
  type EntityRef,
  type Evidence,
  type Modality,
  type Predicate,
  type SourceKind,
} from "../../core/index.ts";
import { corroborate, strengthOf, type ConfidenceComponent } from "./confidence.ts";
import { conflictsOf, type FactConflict } from "./conflicts.ts";

/** A claim as read in one report, with what fusion needs to weigh it. */
export interface ClaimObservation extends Claim {
  readonly reportId: string;
  readonly sourceKind: SourceKind;
  readonly published: string | null;
  /** The report this claim's evidence was copied from, when it lies in a copied passage or a duplicate. */
  readonly copiedFrom: string | null;
}

export interface FactEvidence {
  readonly reportId: string;
  readonly sourceKind: SourceKind;
  readonly published: string | null;
  readonly copiedFrom: string | null;
  readonly evidence: Evidence;
  readonly modality: Modality;
  readonly detail: Claim["detail"] | null;
}

export interface FactExplanation {
  readonly independentSources: number;
  /** Reports that state the claim only in text copied from another report. */
  readonly copies: number;
  readonly components: readonly ConfidenceComponent[];
  readonly score: number;
}

export interface Fact {
  readonly id: string;
  readonly subject: EntityRef;
  readonly predicate: Predicate;
  readonly object: EntityRef;
  readonly negated: boolean;
  /** The strongest certainty and the furthest status any report gives it. */
  readonly modality: Modality;
  readonly evidence: readonly FactEvidence[];
  readonly reports: readonly string[];
  readonly firstReported: string | null;
  readonly confidence: number;
  readonly explanation: FactExplanation;
  readonly conflicts: readonly FactConflict[];
  /** The fact with the opposite polarity, when some report says the contrary. */
  readonly contradictedBy: string | null;
}

export type { FactConflict } from "./conflicts.ts";

/** Groups items by a key, keeping first-seen order. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const list = groups.get(key(item));
    if (list) list.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

const keyOf = (o: ClaimObservation, negated = o.modality.negated) =>
  `${o.subject.kind}:${o.subject.key}|${o.predicate}|${o.object.kind}:${o.object.key}|${negated ? "not" : "is"}`;
const idOf = (key: string) => `fact-${createHash("sha256").update(key).digest("hex").slice(0, 16)}`;

function strongestModality(list: readonly ClaimObservation[]): Modality {
  const rank = <T extends string>(order: readonly T[], value: T) => order.indexOf(value);
  const best = list.reduce((a, b) =>
    rank(CERTAINTIES, b.modality.certainty) > rank(CERTAINTIES, a.modality.certainty) ? b : a,
  );
  const status = list.reduce((a, b) => (rank(STATUSES, b.modality.status) > rank(STATUSES, a.modality.status) ? b : a));
  return { ...best.modality, status: status.modality.status };
}

/** Copy clusters: a report whose every observation was copied joins the report it copied from. */
function clustersOf(list: readonly ClaimObservation[]): Map<string, string[]> {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    const p = parent.get(id) ?? id;
    if (p === id) return id;
    const root = find(p);
    parent.set(id, root);
    return root;
  };
  const reports = groupBy(list, (o) => o.reportId);
  for (const [reportId, observations] of reports) {
    const from = observations[0]?.copiedFrom ?? null;
    if (from !== null && observations.every((o) => o.copiedFrom !== null) && find(from) !== find(reportId))
      parent.set(find(reportId), find(from));
  }
  return groupBy([...reports.keys()], find);
}

const sourceOf = (o: ClaimObservation) => ({
  reportId: o.reportId,
  sourceKind: o.sourceKind,
  certainty: o.modality.certainty,
  status: o.modality.status,
  recognition: o.confidence,
});

function explain(list: readonly ClaimObservation[]): FactExplanation {
  const byReport = groupBy(list, (o) => o.reportId);
  const isCopy = (reportId: string) => (byReport.get(reportId) ?? []).every((o) => o.copiedFrom !== null);
  const components: ConfidenceComponent[] = [];
  let copies = 0;
  for (const members of clustersOf(list).values()) {
    const originals = members.filter((r) => !isCopy(r));
    const candidates = (originals.length > 0 ? originals : members).flatMap((r) => byReport.get(r) ?? []);
    const best = candidates
      .map((o) => ({ o, c: strengthOf(sourceOf(o), []) }))
      .reduce((a, b) => (b.c.value > a.c.value ? b : a));
    const copiedBy = members.filter((r) => r !== best.o.reportId);
    copies += copiedBy.length;
    components.push(strengthOf(sourceOf(best.o), copiedBy));
  }
  components.sort((a, b) => b.value - a.value || a.factor.localeCompare(b.factor));
  const total = corroborate(components.map((c) => c.value));
  return { independentSources: components.length, copies, components: [...components, total], score: total.value };
}

function toFact(key: string, list: readonly ClaimObservation[]): Omit<Fact, "contradictedBy"> {
  const first = list[0] as ClaimObservation;
  const explanation = explain(list);
  const dates = list
    .map((o) => o.published)
    .filter((d): d is string => d !== null)
    .sort();
  return {
    id: idOf(key),
    subject: first.subject,
    predicate: first.predicate,
    object: first.object,
    negated: first.modality.negated,
    modality: strongestModality(list),
    evidence: list.map((o) => ({
      reportId: o.reportId,
      sourceKind: o.sourceKind,
      published: o.published,
      copiedFrom: o.copiedFrom,
      evidence: o.evidence,
      modality: o.modality,
      detail: o.detail ?? null,
    })),
    reports: [...new Set(list.map((o) => o.reportId))],
    firstReported: dates[0] ?? null,
    confidence: explanation.score,
    explanation,
    conflicts: conflictsOf(list),
  };
}

/** Fuses observations of claims into facts, strongest first. */
export function fuseClaims(observations: readonly ClaimObservation[]): Fact[] {
  const groups = groupBy(observations, (o) => keyOf(o));
  const facts = [...groups].map(([key, list]) => {
    const opposite = keyOf(list[0] as ClaimObservation, !(list[0] as ClaimObservation).modality.negated);
    return { ...toFact(key, list), contradictedBy: groups.has(opposite) ? idOf(opposite) : null };
  });
  return facts.sort((a, b) => b.confidence - a.confidence || a.id.localeCompare(b.id));
}
