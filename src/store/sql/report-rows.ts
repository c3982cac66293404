// Turns a ReportToStore into the rows of reports, report_mentions and report_claims, refusing with a clear
// reason anything PostgreSQL could not keep exactly (NUL characters, unpaired surrogates, non-finite
// numbers) or that breaks the columns' rules (spans, confidences, closed vocabularies).
import type { Insertable } from "kysely";
import {
  CERTAINTIES,
  ENTITY_KINDS,
  PREDICATES,
  SOURCE_KINDS,
  STATUSES,
  TLP_LEVELS,
  isOneOf,
  type Claim,
  type EntityRef,
  type Mention,
  type Span,
} from "../../core/index.ts";
import type { ReportToStore } from "../store.ts";
import { toStoredExtraction } from "./report-claims.ts";
import type { ReportClaimsTable, ReportMentionsTable, ReportsTable } from "./schema.ts";

export interface ReportRows {
  readonly report: Insertable<ReportsTable>;
  readonly mentions: readonly Insertable<ReportMentionsTable>[];
  readonly claims: readonly Insertable<ReportClaimsTable>[];
}

export type ReportRowsResult =
  { readonly ok: true; readonly rows: ReportRows } | { readonly ok: false; readonly reason: string };

const MENTION_VIAS_TABLE: Readonly<Record<Mention["via"], true>> = {
  exact: true,
  forgiving: true,
  typo: true,
  expansion: true,
  scheme: true,
  coreference: true,
  rule: true,
};
const MENTION_VIAS = Object.keys(MENTION_VIAS_TABLE) as readonly Mention["via"][];

/** ISO 8601 date (YYYY, YYYY-MM, YYYY-MM-DD) with an optional time and zone. */
const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)?)?$/;

/** A report that cannot be stored; the message is the outcome's reason. */
class Refusal extends Error {}

/** Every mention in an extraction: today only the actors' mention spans carry the Mention type. */
function mentionsOf(report: ReportToStore): Mention[] {
  return report.extraction.actors.flatMap((actor) => actor.mentionSpans);
}

/** Validates a report and lays it out as rows; never throws. */
export function toReportRows(report: ReportToStore): ReportRowsResult {
  try {
    return { ok: true, rows: buildRows(report) };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, reason: error.message };
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: `malformed report: ${message}` };
  }
}

function buildRows(report: ReportToStore): ReportRows {
  const { contentHash, source, text, extraction } = report;
  if (typeof contentHash !== "string" || !/^[0-9a-f]{64}$/.test(contentHash)) {
    throw new Refusal("malformed report: contentHash must be a sha256 digest in 64 lowercase hex digits");
  }
  if (typeof text !== "string") throw new Refusal("malformed report: text is not a string");
  if (
    typeof report.fingerprint !== "object" ||
    report.fingerprint === null ||
    !Array.isArray(report.fingerprint.paragraphs)
  ) {
    throw new Refusal("malformed report: it has no fingerprint (fingerprintReport of the segmented report)");
  }
  // The fingerprint is ours (numbers and base64) and is left out: walking it would cost more than the rest.
  checkStorable({ contentHash, source, text, extraction }, "report");
  if (source.origin.length === 0) throw new Refusal("malformed report: source.origin is empty");
  if (!isOneOf(SOURCE_KINDS, source.kind)) throw new Refusal(`malformed report: unknown source.kind ${q(source.kind)}`);
  if (!isOneOf(TLP_LEVELS, source.tlp)) throw new Refusal(`malformed report: unknown source.tlp ${q(source.tlp)}`);
  if (source.published !== null && !ISO_DATE.test(source.published)) {
    throw new Refusal(`malformed report: source.published ${q(source.published)} is not an ISO 8601 date`);
  }
  const reportId = contentHash.slice(0, 16);
  const mentions = mentionsOf(report).map((mention, ordinal) => {
    const where = `mention ${ordinal} (${q(mention.surface)})`;
    checkEntity(mention.entity, where);
    checkSpan(mention, text, where);
    checkConfidence(mention.confidence, where);
    if (!isOneOf(MENTION_VIAS, mention.via))
      throw new Refusal(`malformed report: ${where} has unknown via ${q(mention.via)}`);
    return {
      report_id: reportId,
      ordinal,
      entity_kind: mention.entity.kind,
      entity_key: mention.entity.key,
      entity_name: mention.entity.name,
      surface: mention.surface,
      start_offset: mention.start,
      end_offset: mention.end,
      confidence: mention.confidence,
      via: mention.via,
    };
  });
  const claims = extraction.claims.map((claim, ordinal) => toClaimRow(claim, { reportId, ordinal, text }));
  return {
    report: {
      id: reportId,
      content_hash: contentHash,
      origin: source.origin,
      url: source.url,
      title: source.title,
      published: source.published,
      outlet: source.outlet,
      byline: source.byline,
      source_kind: source.kind,
      tlp: source.tlp,
      text,
      text_length: text.length,
      extraction: toStoredExtraction(extraction),
      document_id: reportId,
    },
    mentions,
    claims,
  };
}

function toClaimRow(
  claim: Claim,
  at: { reportId: string; ordinal: number; text: string },
): Insertable<ReportClaimsTable> {
  const where = `claim ${at.ordinal} (${claim.subject.name} ${claim.predicate} ${claim.object.name})`;
  checkEntity(claim.subject, `${where} subject`);
  checkEntity(claim.object, `${where} object`);
  if (!isOneOf(PREDICATES, claim.predicate)) throw new Refusal(`malformed report: ${where} has an unknown predicate`);
  const { modality } = claim;
  if (!isOneOf(CERTAINTIES, modality.certainty) || !isOneOf(STATUSES, modality.status)) {
    throw new Refusal(`malformed report: ${where} has an unknown certainty or status`);
  }
  if (typeof modality.negated !== "boolean") throw new Refusal(`malformed report: ${where} negated is not a boolean`);
  checkSpan(claim.evidence, at.text, `${where} evidence`);
  checkConfidence(claim.confidence, where);
  return {
    report_id: at.reportId,
    ordinal: at.ordinal,
    subject_kind: claim.subject.kind,
    subject_key: claim.subject.key,
    subject_name: claim.subject.name,
    predicate: claim.predicate,
    object_kind: claim.object.kind,
    object_key: claim.object.key,
    object_name: claim.object.name,
    certainty: modality.certainty,
    status: modality.status,
    negated: modality.negated,
    asserted_by: modality.assertedBy,
    start_offset: claim.evidence.start,
    end_offset: claim.evidence.end,
    confidence: claim.confidence,
    detail: claim.detail === undefined ? null : JSON.stringify(claim.detail),
    sentence: claim.evidence.sentence,
  };
}

function checkEntity(entity: EntityRef, where: string): void {
  if (!isOneOf(ENTITY_KINDS, entity.kind))
    throw new Refusal(`malformed report: ${where} has unknown entity kind ${q(entity.kind)}`);
  if (typeof entity.key !== "string" || entity.key.length === 0)
    throw new Refusal(`malformed report: ${where} has an empty entity key`);
  if (typeof entity.name !== "string") throw new Refusal(`malformed report: ${where} has no entity name`);
}

function checkSpan(span: Span, text: string, where: string): void {
  const { start, end } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    throw new Refusal(`malformed report: ${where} has offsets [${start}, ${end}) that are not integers`);
  }
  if (start < 0 || end < start || end > text.length) {
    throw new Refusal(`malformed report: ${where} span [${start}, ${end}) is outside the text (length ${text.length})`);
  }
}

function checkConfidence(confidence: number, where: string): void {
  if (typeof confidence !== "number" || !(confidence >= 0 && confidence <= 1)) {
    throw new Refusal(`malformed report: ${where} confidence ${String(confidence)} is not in [0, 1]`);
  }
}

/**
 * Walks every string and number of the report: PostgreSQL text and jsonb refuse U+0000, UTF-8 cannot carry an
 * unpaired surrogate (it would come back as U+FFFD), and JSON turns NaN and Infinity into null.
 */
function checkStorable(value: unknown, path: string): void {
  if (typeof value === "string") {
    const nul = value.indexOf("\u0000");
    if (nul !== -1) {
      throw new Refusal(
        `malformed report: ${path} contains a NUL character (U+0000) at offset ${nul}, which PostgreSQL cannot store`,
      );
    }
    const lone = /\p{Cs}/u.exec(value);
    if (lone) {
      throw new Refusal(
        `malformed report: ${path} contains an unpaired surrogate at offset ${lone.index}: it is not valid Unicode`,
      );
    }
  } else if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Refusal(`malformed report: ${path} is ${value}, which JSON cannot carry`);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => checkStorable(item, `${path}[${index}]`));
  } else if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      checkStorable(key, `${path} key`);
      checkStorable(item, `${path}.${key}`);
    }
  }
}

function q(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}
