// How sure Espial is of a fact, from who says it, how the text says it, and how many say it independently.
//
//   strength(observation) = source(kind) × certainty × status × recognition
//     source:      government 0.90 · vendor 0.80 · press 0.65 · aggregator 0.45 · unknown 0.40
//     certainty:   confirmed 1.00 · reported 0.80 · alleged 0.60
//     status:      done 1.00 · announced 0.90 · expected 0.60
//     recognition: the recogniser's own confidence in the claim, within [0.1, 1]
//   Reports that copy one another (the claim rests on a passage copied from another report, or the whole
//   report is a duplicate) form one copy cluster; a cluster is ONE independent source, as strong as its
//   best original report (copies add nothing).
//   score = 1 − Π over independent sources (1 − strength)        (noisy-OR: each source could be wrong)
//
// A government stating plainly what it did (an indictment it unsealed) is the strongest single source,
// 0.9; two independent press reports of it (0.65 each) reach 1 − 0.35² ≈ 0.88; ten aggregators copying
// one press story stay at 0.65. See docs/confidence.md.
import type { Certainty, SourceKind, Status } from "../../core/index.ts";

export const SOURCE_WEIGHT: Readonly<Record<SourceKind, number>> = {
  government: 0.9,
  vendor: 0.8,
  press: 0.65,
  aggregator: 0.45,
  unknown: 0.4,
};

export const CERTAINTY_WEIGHT: Readonly<Record<Certainty, number>> = { confirmed: 1, reported: 0.8, alleged: 0.6 };

export const STATUS_WEIGHT: Readonly<Record<Status, number>> = { done: 1, announced: 0.9, expected: 0.6 };

/** One factor of a score, with the value it took and why, for `espial why`. */
export interface ConfidenceComponent {
  readonly factor: string;
  readonly value: number;
  readonly why: string;
}

export interface SourceStrength {
  readonly reportId: string;
  readonly sourceKind: SourceKind;
  readonly certainty: Certainty;
  readonly status: Status;
  readonly recognition: number;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** The strength of one independent source, and the component that explains it. */
export function strengthOf(source: SourceStrength, copies: readonly string[]): ConfidenceComponent {
  const recognition = Math.min(1, Math.max(0.1, source.recognition));
  const value =
    SOURCE_WEIGHT[source.sourceKind] * CERTAINTY_WEIGHT[source.certainty] * STATUS_WEIGHT[source.status] * recognition;
  const copied = copies.length > 0 ? `; copies not counted: ${copies.join(", ")}` : "";
  return {
    factor: `source ${source.reportId}`,
    value: round(value),
    why:
      `${source.sourceKind} ${SOURCE_WEIGHT[source.sourceKind]} × ${source.certainty} ${CERTAINTY_WEIGHT[source.certainty]}` +
      ` × ${source.status} ${STATUS_WEIGHT[source.status]} × recognition ${round(recognition)}${copied}`,
  };
}

/** Up to this many equal terms are written out one by one; more are written as a power. */
const MAX_REPEATED_TERMS = 3;

/** Noisy-OR of independent strengths, with the component that explains it. */
export function corroborate(strengths: readonly number[]): ConfidenceComponent {
  const score = 1 - strengths.reduce((p, s) => p * (1 - s), 1);
  // Equal strengths are written once with their count, so the line stays short however many sources agree.
  const counts = new Map<number, number>();
  for (const s of strengths) counts.set(round(s), (counts.get(round(s)) ?? 0) + 1);
  const terms = [...counts]
    .map(([s, n]) => (n > MAX_REPEATED_TERMS ? `(1 − ${s})^${n}` : Array<string>(n).fill(`(1 − ${s})`).join(" × ")))
    .join(" × ");
  return {
    factor: "corroboration",
    value: round(score),
    why: `${strengths.length} independent source${strengths.length === 1 ? "" : "s"}: 1 − ${terms || "1"}`,
  };
}
