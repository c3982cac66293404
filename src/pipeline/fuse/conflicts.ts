// Conflicting details of one fact: reports that agree on the claim but give different counts or dates
// ("at least 45 companies" and "more than 40 companies"). Every value is kept beside the reports that
// give it; nothing is overwritten or averaged.
import type { Claim } from "../../core/index.ts";
import { foldForComparison } from "../normalise/index.ts";

export interface FactConflict {
  /** The detail that differs ("quantity", "date"). */
  readonly field: string;
  readonly value: string | number | boolean | null;
  /** The reports that give this value. */
  readonly sources: readonly string[];
}

/** Details that are the wording of one text, not facts: they always differ and never conflict. */
const WORDING = new Set(["phrase", "surface", "text", "sentence", "evidence", "note"]);

const comparable = (value: string | number | boolean | null) =>
  typeof value === "string" ? foldForComparison(value).toLowerCase() : String(value);

/** The details on which observations of one fact disagree, each value with its sources. */
export function conflictsOf(list: readonly (Pick<Claim, "detail"> & { readonly reportId: string })[]): FactConflict[] {
  const fields = new Map<string, Map<string, { value: string | number | boolean | null; sources: Set<string> }>>();
  for (const o of list) {
    for (const [field, value] of Object.entries(o.detail ?? {})) {
      if (WORDING.has(field) || value === null || value === undefined) continue;
      const values =
        fields.get(field) ?? new Map<string, { value: string | number | boolean | null; sources: Set<string> }>();
      fields.set(field, values);
      const entry = values.get(comparable(value)) ?? { value, sources: new Set<string>() };
      entry.sources.add(o.reportId);
      values.set(comparable(value), entry);
    }
  }
  const conflicts: FactConflict[] = [];
  for (const [field, values] of fields) {
    if (values.size < 2) continue;
    for (const { value, sources } of values.values()) conflicts.push({ field, value, sources: [...sources] });
  }
  return conflicts;
}
