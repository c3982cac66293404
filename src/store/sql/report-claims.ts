// A report's claims are kept once, as report_claims rows, and left out of the stored extraction JSON (they
// were more than half of it); reading a report puts them back from the rows, in their order. Reports stored
// before keep theirs in the JSON, which is read as it is.
import type { Kysely, Selectable } from "kysely";
import type { Claim, EntityKind, Extraction, Predicate } from "../../core/index.ts";
import type { ReportClaimsTable, StoreDatabase } from "./schema.ts";

/** The columns of a report_claims row that make a claim (a query may leave out the others). */
export type ClaimColumns = Omit<Selectable<ReportClaimsTable>, "report_id" | "ordinal" | "detail"> & {
  readonly detail: unknown;
};

/** A report_claims row read back as the claim it stores. */
export function claimOfRow(c: ClaimColumns): Claim {
  return {
    subject: { kind: c.subject_kind as EntityKind, key: c.subject_key, name: c.subject_name },
    predicate: c.predicate as Predicate,
    object: { kind: c.object_kind as EntityKind, key: c.object_key, name: c.object_name },
    modality: {
      certainty: c.certainty as Claim["modality"]["certainty"],
      status: c.status as Claim["modality"]["status"],
      negated: c.negated,
      assertedBy: c.asserted_by,
    },
    evidence: { start: c.start_offset, end: c.end_offset, sentence: c.sentence ?? "" },
    confidence: c.confidence,
    ...(c.detail === null ? {} : { detail: c.detail as NonNullable<Claim["detail"]> }),
  };
}

/** The extraction as stored: without its claims. */
export function toStoredExtraction(extraction: Extraction): string {
  return JSON.stringify({ ...extraction, claims: undefined });
}

/** Stored extractions read back whole: each gets its claims from the rows when the JSON has none. */
export async function withClaims<T extends { readonly id: string; readonly extraction: unknown }>(
  db: Kysely<StoreDatabase>,
  rows: readonly T[],
): Promise<(T & { extraction: Extraction })[]> {
  const missing = rows.filter((row) => !Array.isArray((row.extraction as Partial<Extraction>).claims));
  const claims = new Map<string, Claim[]>(missing.map((row) => [row.id, []]));
  if (missing.length > 0) {
    const found = await db
      .selectFrom("report_claims")
      .selectAll()
      .where(
        "report_id",
        "in",
        missing.map((row) => row.id),
      )
      .orderBy("report_id")
      .orderBy("ordinal")
      .execute();
    for (const c of found) {
      claims.get(c.report_id)?.push(claimOfRow(c));
    }
  }
  return rows.map((row) => {
    const extraction = row.extraction as Extraction;
    const own = claims.get(row.id);
    return { ...row, extraction: own === undefined ? extraction : { ...extraction, claims: own } };
  });
}
