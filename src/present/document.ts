// A stored report as a document: its source and text, what was read in it, its document's versions, and
// the passages it copied (each with the report and span it came from) or that others copied from it.
import { sliceSpan } from "../core/span.ts";
import type { CopiedPassageRecord, ReportRelations, StoredReport } from "../store/store.ts";
import { presentExtraction } from "./extract-contract.ts";

const passage = (p: CopiedPassageRecord) => ({
  span: p.copySpan,
  from: { document: p.sourceReportId, span: p.sourceSpan },
  copy: p.copyReportId,
  similarity: Math.round(p.similarity * 1000) / 1000,
  exact: p.exact,
});

export function presentDocument(report: StoredReport, relations: ReportRelations) {
  return {
    id: report.id,
    document: relations.documentId,
    content_hash: report.contentHash,
    source: report.source,
    ingested_at: report.ingestedAt,
    versions: relations.versions.map((v) => ({
      document: v.reportId,
      version: v.version,
      title: v.title,
      published: v.published,
      ingested_at: v.ingestedAt,
      latest: v.latest,
    })),
    copied_passages: relations.copiedFrom.map(passage),
    copied_by: relations.copiedBy.map(passage),
    duplicates: relations.links.map((l) => ({
      copy: l.copyReportId,
      source: l.sourceReportId,
      similarity: Math.round(l.similarity * 1000) / 1000,
      exact: l.exact,
      duplicate: l.duplicate,
    })),
    text: report.text,
    extraction: presentExtraction(report.source, report.extraction),
  };
}

/** The text with each copied passage marked by where it came from, as an analyst reads it. */
export function documentLines(report: StoredReport, relations: ReportRelations): string[] {
  const lines = [
    `${report.id}  ${report.source.title ?? report.source.origin}  (${report.source.published ?? "undated"})`,
  ];
  if (relations.versions.length > 1) {
    lines.push(`  versions of document ${relations.documentId}:`);
    for (const v of relations.versions) {
      const marks = [v.reportId === report.id ? "this one" : "", v.latest ? "latest" : ""].filter(Boolean).join(", ");
      lines.push(`    ${v.version}. ${v.reportId}  ${v.published ?? "undated   "}${marks ? `  (${marks})` : ""}`);
    }
  }
  for (const p of relations.copiedFrom) {
    lines.push(
      `  copied from ${p.sourceReportId} [${p.sourceSpan.start}, ${p.sourceSpan.end}): here [${p.copySpan.start}, ${p.copySpan.end})`,
    );
  }
  for (const p of relations.copiedBy) {
    lines.push(
      `  copied by ${p.copyReportId} [${p.copySpan.start}, ${p.copySpan.end}): from here [${p.sourceSpan.start}, ${p.sourceSpan.end})`,
    );
  }
  for (const l of relations.links) {
    const other = l.copyReportId === report.id ? `duplicates ${l.sourceReportId}` : `duplicated by ${l.copyReportId}`;
    lines.push(`  ${other} (similarity ${Math.round(l.similarity * 100)}%${l.exact ? ", exact" : ""})`);
  }
  lines.push("");
  let at = 0;
  let text = "";
  for (const p of [...relations.copiedFrom].sort((a, b) => a.copySpan.start - b.copySpan.start)) {
    if (p.copySpan.start < at) continue;
    text += sliceSpan(report.text, { start: at, end: p.copySpan.start });
    text += `⟦copied from ${p.sourceReportId} [${p.sourceSpan.start}, ${p.sourceSpan.end})⟧ `;
    text += sliceSpan(report.text, p.copySpan) + " ⟦end of copy⟧";
    at = p.copySpan.end;
  }
  lines.push(text + report.text.slice(at));
  return lines;
}
