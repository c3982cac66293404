// The header block some reports open with: a title line, a blank line, `Source: OUTLET`, `Date: YYYY-MM-DD`;
// or a bare dateline (` date 2018-12-20 …`) glued to the first paragraph.

export interface ReportHeader {
  readonly title: string | null;
  readonly outlet: string | null;
  readonly published: string | null;
  readonly url: string | null;
  readonly byline: string | null;
  /** Offset where the body starts (0 when there is no header). */
  readonly bodyStart: number;
}

const FIELD = /^(source|date|published|url|link|by|author|byline)\s*:\s*(.*)$/i;
const ISO_DATE = /^(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const DATELINE = /^\s*date[:\s]+(\d{4}-\d{2}-\d{2})\s+/i;

/** Reads a header block at the top of a text, if there is one. */
export function parseHeader(text: string): ReportHeader {
  const dateline = DATELINE.exec(text);
  if (dateline?.[1]) {
    return {
      title: null,
      outlet: null,
      published: dateline[1],
      url: null,
      byline: null,
      bodyStart: dateline[0].length,
    };
  }
  const lines = text.slice(0, 4000).split("\n");
  let offset = 0;
  let title: string | null = null;
  const fields: Record<string, string> = {};
  let sawField = false;
  let bodyStart = 0;
  for (let i = 0; i < lines.length && i < 12; i++) {
    const line = lines[i] ?? "";
    const trimmed = line.trim();
    const next = offset + line.length + 1;
    const field = FIELD.exec(trimmed);
    if (field?.[1] && field[2] !== undefined) {
      fields[field[1].toLowerCase()] = field[2].trim();
      sawField = true;
      bodyStart = Math.min(next, text.length);
    } else if (trimmed === "") {
      if (sawField) bodyStart = Math.min(next, text.length);
    } else if (i === 0 && trimmed.length <= 300 && !/[.!?]["')\]]?$/.test(trimmed)) {
      title = trimmed;
    } else {
      break;
    }
    offset = next;
  }
  if (!sawField) return { title: null, outlet: null, published: null, url: null, byline: null, bodyStart: 0 };
  while (bodyStart < text.length && /\s/.test(text[bodyStart] ?? "")) bodyStart++;
  const rawDate = fields["date"] ?? fields["published"] ?? null;
  const published = rawDate && ISO_DATE.test(rawDate) ? rawDate.slice(0, 10) : null;
  return {
    title,
    outlet: fields["source"] ?? null,
    published,
    url: fields["url"] ?? fields["link"] ?? null,
    byline: fields["by"] ?? fields["author"] ?? fields["byline"] ?? null,
    bodyStart,
  };
}
