// Segment: cuts a report into paragraphs and sentences, and finds where its body starts after any header.
// Guarantees: spans point into the text exactly as ingested, are ordered, never overlap, and every sentence
// lies inside one paragraph.
import type { Paragraph, Report, SegmentedReport, Sentence } from "../../core/index.ts";
import { parseHeader } from "./header.ts";
import { splitSentences } from "./sentences.ts";

export { parseHeader, type ReportHeader } from "./header.ts";
export { splitSentences } from "./sentences.ts";

const BULLET = /^\s*(?:[•*·▪‣◦-]|\d{1,2}[.)])\s+/;

/** Paragraph spans of text[from, text.length): blank lines and bullets separate them. */
function splitParagraphs(text: string, from: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let lineStart = from;
  let current: { start: number; end: number } | null = null;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const trimmed = line.trim();
    if (trimmed === "") {
      if (current) out.push(current);
      current = null;
    } else {
      const lead = line.length - line.trimStart().length;
      const start = lineStart + lead;
      const end = lineStart + line.trimEnd().length;
      const continues =
        current !== null &&
        !BULLET.test(line) &&
        /^\p{Ll}/u.test(trimmed) &&
        !/[.!?:]["'”’)]?$/.test(text.slice(current.start, current.end));
      if (current && continues) current.end = end;
      else {
        if (current) out.push(current);
        current = { start, end };
      }
    }
    if (lineEnd >= text.length) break;
    lineStart = lineEnd + 1;
  }
  if (current) out.push(current);
  return out;
}

/** Cuts a report into paragraphs and sentences. */
export function segmentReport(report: Report): SegmentedReport {
  const { text } = report;
  const header = parseHeader(text);
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  for (const p of splitParagraphs(text, header.bodyStart)) {
    const paragraph: Paragraph = Object.freeze({ index: paragraphs.length, start: p.start, end: p.end });
    paragraphs.push(paragraph);
    for (const s of splitSentences(text, p.start, p.end)) {
      sentences.push(
        Object.freeze({ index: sentences.length, paragraph: paragraph.index, start: s.start, end: s.end }),
      );
    }
  }
  return Object.freeze({
    ...report,
    paragraphs: Object.freeze(paragraphs),
    sentences: Object.freeze(sentences),
    body: Object.freeze({ start: header.bodyStart, end: text.length }),
  });
}
