// Which reader an input needs, from its content first (markup announces itself), then its Content-Type,
// then its file extension. Plain text is the default.

/** The reader an input goes to. `xml` is XML that is not a feed; `json-maybe` is text shaped like JSON. */
export type InputFormat = "text" | "html" | "feed" | "json" | "json-maybe" | "xml";

const FEED_ROOTS = new Set(["rss", "feed", "rdf:rdf"]);
const HTML_TAGS = new Set(["html", "head", "body", "div", "p", "meta", "title", "article", "section", "main", "span"]);

/** The lower-cased extension of an origin's last path segment (query and fragment of a URL ignored). */
export function extensionOf(origin: string): string {
  let path = origin;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(origin)) {
    try {
      path = new URL(origin).pathname;
    } catch {
      path = origin;
    }
  }
  const name = path.split(/[\\/]/).pop() ?? "";
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : "";
}

/** The media type of a Content-Type header, without parameters. */
function mediaType(contentType: string | null): string {
  return (contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
}

/** The markup prolog: whether it opens with an XML declaration or doctype, and the root element's name. */
export function markupRoot(text: string): { xmlDeclared: boolean; doctype: string | null; root: string | null } {
  const head = text.slice(0, 64 * 1024);
  let i = 0;
  let xmlDeclared = false;
  let doctype: string | null = null;
  for (;;) {
    while (i < head.length && /\s/.test(head[i] ?? "")) i++;
    if (head.startsWith("<?", i)) {
      if (head.startsWith("<?xml", i)) xmlDeclared = true;
      const end = head.indexOf("?>", i);
      if (end === -1) return { xmlDeclared, doctype, root: null };
      i = end + 2;
    } else if (head.startsWith("<!--", i)) {
      const end = head.indexOf("-->", i + 4);
      if (end === -1) return { xmlDeclared, doctype, root: null };
      i = end + 3;
    } else if (/^<!doctype\s/i.test(head.slice(i, i + 10))) {
      doctype = /^<!doctype\s+([^\s>[]+)/i.exec(head.slice(i, i + 200))?.[1]?.toLowerCase() ?? "";
      // An internal subset may hold '>' inside brackets; the root is found after it either way.
      const close = head.indexOf("]>", i);
      const simple = head.indexOf(">", i);
      const bracket = head.indexOf("[", i);
      const end = bracket !== -1 && bracket < simple && close !== -1 ? close + 1 : simple;
      if (end === -1) return { xmlDeclared, doctype, root: null };
      i = end + 1;
    } else {
      const root = /^<([a-zA-Z][\w:.-]*)/.exec(head.slice(i, i + 100))?.[1]?.toLowerCase() ?? null;
      return { xmlDeclared, doctype, root };
    }
  }
}

function formatOfMarkup(text: string, type: string, ext: string): InputFormat | null {
  const { xmlDeclared, doctype, root } = markupRoot(text);
  if (doctype === "html" || root === "html") return "html";
  if (root && FEED_ROOTS.has(root)) return "feed";
  if (root === null && doctype === null && !xmlDeclared) return null;
  const htmlDeclared = type === "text/html" || type === "application/xhtml+xml" || /^x?html?$/.test(ext);
  if (htmlDeclared || (!xmlDeclared && root !== null && HTML_TAGS.has(root))) return "html";
  return xmlDeclared || type.endsWith("xml") || ext === "xml" ? "xml" : null;
}

/** Picks the reader for a decoded input. */
export function sniffFormat(text: string, hints: { contentType: string | null; origin: string }): InputFormat {
  const type = mediaType(hints.contentType);
  const ext = extensionOf(hints.origin);
  const start = text.trimStart();
  if (start.startsWith("<")) {
    const format = formatOfMarkup(start, type, ext);
    if (format) return format;
  }
  if (type === "application/json" || type.endsWith("+json") || ext === "json") return "json";
  if (type === "text/html" || /^x?html?$/.test(ext)) return "html";
  if (/^[[{]/.test(start) && /[\]}]$/.test(text.trimEnd())) return "json-maybe";
  return "text";
}
