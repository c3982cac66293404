// Evaluation: scores extractions against hand-made gold annotations with the metric of the evaluation
// contract, and checks floors that only rise.
import {
  emptyTallies,
  finishScores,
  scoreDocument,
  countryCodeWith,
  FIELDS,
  type Field,
  type FieldScore,
} from "./metric.ts";

export { FIELDS, type Field, type FieldScore } from "./metric.ts";

export interface EvalCase {
  readonly name: string;
  readonly gold: unknown;
  readonly pred: unknown;
}

export interface EvalResult {
  readonly documents: number;
  readonly failed: number;
  readonly fields: Record<Field, FieldScore>;
}

/** Scores predictions against gold, micro-averaged over the documents. */
export function evaluate(
  cases: readonly EvalCase[],
  countryOf: (normalisedName: string) => string | null,
  failed = 0,
): EvalResult {
  const tallies = emptyTallies();
  const code = countryCodeWith(countryOf);
  for (const c of cases) scoreDocument(c.gold, c.pred ?? {}, tallies, code);
  return { documents: cases.length, failed, fields: finishScores(tallies) };
}

/** Parses `field=F1,field=F1` floors; unknown fields are an error. */
export function parseFloors(spec: string): Partial<Record<Field, number>> {
  const floors: Partial<Record<Field, number>> = {};
  for (const part of spec.split(",").filter(Boolean)) {
    const [field, value] = part.split("=");
    if (
      !field ||
      !(FIELDS as readonly string[]).includes(field) ||
      value === undefined ||
      Number.isNaN(Number(value))
    ) {
      throw new Error(`bad floor "${part}": expected field=F1 with a field among ${FIELDS.join(", ")}`);
    }
    floors[field as Field] = Number(value);
  }
  return floors;
}

/** Fields whose F1 is below their floor. */
export function belowFloors(result: EvalResult, floors: Partial<Record<Field, number>>): string[] {
  return Object.entries(floors)
    .filter(([f, v]) => result.fields[f as Field].f1 < (v ?? 0))
    .map(([f, v]) => `${f} ${result.fields[f as Field].f1}<${v}`);
}

/** The table and score line, formatted like the reference scorer. */
export function formatEval(result: EvalResult): string[] {
  const lines = [
    `documents: ${result.documents}  without a usable prediction: ${result.failed}`,
    "field                  precision  recall   F1     (tp/gold/pred)",
  ];
  for (const f of FIELDS) {
    const x = result.fields[f];
    lines.push(
      `${f.padEnd(22)} ${String(x.precision).padEnd(10)} ${String(x.recall).padEnd(8)} ${String(x.f1).padEnd(6)} (${x.tp}/${x.gold}/${x.pred})`,
    );
  }
  lines.push(`score: ${FIELDS.map((f) => `${f}=${result.fields[f].f1}`).join(" ")}`);
  return lines;
}
