// Fusing one newly inserted report with the store, inside its savepoint: detect what it copies (and what
// copies it) among the reports sharing its band keys, keep its fingerprint, claims and mentions, place it
// in its document, record the copies, and add its actions to the events. A report refused at any step
// leaves nothing of all this behind: the savepoint rolls it all back. Facts are
// brought up to date once per chunk, for the reports each fusion says count or no longer count (see ingest.ts).
import type { Insertable } from "kysely";
import type { Extraction, ReportSource } from "../../../core/index.ts";
import { detectCopies, type ReportFingerprint } from "../../../pipeline/fuse/index.ts";
import type { ReportClaimsTable, ReportMentionsTable } from "../schema.ts";
import { candidateIndexFor } from "./candidates.ts";
import { inFusion, type Db, type FusionContext } from "./context.ts";
import { recordCopies } from "./copies.ts";
import { placeInDocument } from "./documents.ts";
import { addReportToEvents, retractFromEvents } from "./events.ts";
import { writeFingerprint } from "./fingerprints.ts";

/** Rows per INSERT statement: PostgreSQL takes at most 65,535 parameters in one statement. */
const ROWS_PER_INSERT = 1000;

export interface InsertedReport {
  readonly id: string;
  /** Its ingest order, as the database numbered it. */
  readonly seq: string;
  readonly source: ReportSource;
  readonly extraction: Extraction;
  readonly fingerprint: ReportFingerprint;
  readonly mentions: readonly Insertable<ReportMentionsTable>[];
  readonly claims: readonly Insertable<ReportClaimsTable>[];
}

export function* slices<T>(rows: readonly T[]): Generator<T[]> {
  for (let from = 0; from < rows.length; from += ROWS_PER_INSERT) yield rows.slice(from, from + ROWS_PER_INSERT);
}

/** What a new report changes in the facts: its own claims count when it is its document's latest version; the
 * version it supersedes no longer counts. (Copies change a fact's confidence, never whether it exists.) */
export interface FactChanges {
  readonly added: readonly string[];
  readonly superseded: readonly string[];
  /** Reports whose borrowing changed (they turned out to copy this one): their facts' values change. */
  readonly borrowing: readonly string[];
}

/** Fuses a new report; returns whose claims now count for the facts, and whose no longer do. */
export async function fuseNewReport(db: Db, ctx: FusionContext, report: InsertedReport): Promise<FactChanges> {
  const timing = { published: report.source.published, ingestedSeq: Number(report.seq) };
  const { index, timings } = await candidateIndexFor(db, ctx, report);
  const detection = inFusion("detecting copies", () =>
    detectCopies({ id: report.id, fingerprint: report.fingerprint, ...timing }, index),
  );
  await writeFingerprint(db, ctx, report);
  await insertClaimsAndMentions(db, report);
  const placement = await placeInDocument(db, report, detection);
  const borrowing = await recordCopies(db, ctx, { id: report.id, timing, fresh: true, timings }, detection);
  if (placement.superseded !== null) await retractFromEvents(db, [placement.superseded]);
  if (placement.latest) await addReportToEvents(db, report.id, report.extraction);
  return {
    added: placement.latest ? [report.id] : [],
    superseded: placement.superseded === null ? [] : [placement.superseded],
    borrowing: [...borrowing],
  };
}

/** The report's claims and mentions: in one statement when each fits in one INSERT. */
async function insertClaimsAndMentions(db: Db, report: Pick<InsertedReport, "claims" | "mentions">): Promise<void> {
  const { claims, mentions } = report;
  if (
    claims.length > 0 &&
    mentions.length > 0 &&
    claims.length <= ROWS_PER_INSERT &&
    mentions.length <= ROWS_PER_INSERT
  ) {
    await db
      .with("claims", (w) => w.insertInto("report_claims").values([...claims]))
      .insertInto("report_mentions")
      .values([...mentions])
      .execute();
    return;
  }
  for (const slice of slices(claims)) await db.insertInto("report_claims").values(slice).execute();
  for (const slice of slices(mentions)) await db.insertInto("report_mentions").values(slice).execute();
}
