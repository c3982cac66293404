// Facts as stored: the fused value without its evidence sentences, which the claims already hold. A fact
// that thousands of reports support is rewritten whenever one of them changes; leaving the sentences out
// keeps that write (and the read of the claims behind it) a fraction of the size. They are put back when a
// fact is read.
import { sql } from "kysely";
import type { Fact } from "../../../pipeline/fuse/index.ts";
import type { Db } from "./context.ts";

type StoredEvidence = Omit<Fact["evidence"][number], "evidence"> & { evidence: { start: number; end: number } };
export type StoredFactBody = Omit<Fact, "evidence"> & { evidence: StoredEvidence[] };

/** The JSON kept in `facts.body`. */
export function toStoredBody(fact: Fact): string {
  const evidence = fact.evidence.map((e) => ({ ...e, evidence: { start: e.evidence.start, end: e.evidence.end } }));
  return JSON.stringify({ ...fact, evidence });
}

/** Facts read back, each evidence entry with its sentence (from the claim it came from). */
export async function withSentences(db: Db, bodies: readonly StoredFactBody[]): Promise<Fact[]> {
  const wanted = new Map<string, { reportId: string; start: number; end: number }>();
  for (const e of bodies.flatMap((b) => b.evidence)) {
    wanted.set(keyOf(e.reportId, e.evidence.start, e.evidence.end), { reportId: e.reportId, ...e.evidence });
  }
  const sentences = new Map<string, string>();
  if (wanted.size > 0) {
    const spans = [...wanted.values()];
    const { rows } = await sql<{
      report_id: string;
      start_offset: number;
      end_offset: number;
      sentence: string | null;
    }>`
      select distinct c.report_id, c.start_offset, c.end_offset, c.sentence
      from unnest(${spans.map((s) => s.reportId)}::text[], ${spans.map((s) => s.start)}::int[],
                  ${spans.map((s) => s.end)}::int[]) as w(report_id, s, e)
      join report_claims c on c.report_id = w.report_id and c.start_offset = w.s and c.end_offset = w.e`.execute(db);
    for (const row of rows) sentences.set(keyOf(row.report_id, row.start_offset, row.end_offset), row.sentence ?? "");
  }
  return bodies.map((body) => ({
    ...body,
    evidence: body.evidence.map((e) => ({
      ...e,
      evidence: { ...e.evidence, sentence: sentences.get(keyOf(e.reportId, e.evidence.start, e.evidence.end)) ?? "" },
    })),
  }));
}

function keyOf(reportId: string, start: number, end: number): string {
  return `${reportId}:${start}:${end}`;
}
