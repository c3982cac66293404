// RSS 2.0, RSS 1.0 and Atom feeds → one report per item. XML entity expansion is off: a DOCTYPE that
// declares entities (the billion-laughs and external-entity attacks) is refused, any other DOCTYPE is
// ignored, and only XML's predefined entities and character references are decoded, in one pass. At most
// `limits.maxFeedItems` items are read: the rest are dropped while parsing (never kept in memory) and
// reported as one `skipped` outcome naming the limit.
import { XMLParser } from "fast-xml-parser";
import { createReportSource } from "../../core/index.ts";
import { entriesOf, type FeedEntry, type FeedText } from "./feed-items.ts";
import { htmlFragmentToText } from "./html.ts";
import {
  readOutcome,
  rejectWith,
  skippedOutcome,
  type RawInput,
  type Reader,
  type ReadOptions,
  type ReadOutcome,
} from "./outcome.ts";

const ITEM_PATHS = new Set(["rss.channel.item", "rdf:RDF.item", "feed.entry"]);
/** Elements kept as raw markup, so HTML and XHTML content reach the HTML reader intact. */
const STOP_NODES = [
  "rss.channel.item.description",
  "rss.channel.item.content:encoded",
  "rdf:RDF.item.description",
  "rdf:RDF.item.content:encoded",
  "feed.entry.content",
  "feed.entry.summary",
  "feed.entry.title",
];
const ARRAYS = new Set(["item", "entry", "link"]);

/** The DOCTYPE in a document's prolog: where it lies and its internal subset, if any. */
export function prologDoctype(xml: string): { start: number; end: number; subset: string | null } | null {
  let i = 0;
  for (;;) {
    while (i < xml.length && /\s/.test(xml[i] ?? "")) i++;
    const closer = xml.startsWith("<?", i) ? "?>" : xml.startsWith("<!--", i) ? "-->" : null;
    if (closer) {
      const end = xml.indexOf(closer, i);
      if (end === -1) return null;
      i = end + closer.length;
      continue;
    }
    if (!/^<!doctype/i.test(xml.slice(i, i + 9))) return null;
    const start = i;
    let quote: string | null = null;
    let subsetStart = -1;
    let subset: string | null = null;
    for (i += 9; i < xml.length; i++) {
      const ch = xml[i];
      if (quote) quote = ch === quote ? null : quote;
      else if (ch === '"' || ch === "'") quote = ch;
      else if (ch === "[" && subsetStart === -1) subsetStart = i + 1;
      else if (ch === "]" && subsetStart !== -1 && subset === null) subset = xml.slice(subsetStart, i);
      else if (ch === ">" && (subsetStart === -1 || subset !== null)) return { start, end: i + 1, subset };
    }
    return { start, end: xml.length, subset: subset ?? (subsetStart === -1 ? null : xml.slice(subsetStart)) };
  }
}

function parseFeedXml(xml: string, maxItems: number): { document: Record<string, unknown>; total: number } {
  let total = 0;
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    processEntities: false,
    htmlEntities: false,
    parseTagValue: false,
    parseAttributeValue: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
    cdataPropName: "#cdata",
    stopNodes: STOP_NODES,
    isArray: (name) => ARRAYS.has(name),
    updateTag: (name, jPath) => {
      if ((name === "item" || name === "entry") && ITEM_PATHS.has(String(jPath))) {
        total++;
        // Items past the limit are not attached to the document, so they are never kept.
        if (total > maxItems) return false;
      }
      return name;
    },
  });
  const document = parser.parse(xml) as unknown;
  return { document: document && typeof document === "object" ? (document as Record<string, unknown>) : {}, total };
}

function plain(text: FeedText | null, maxDepth: number): string {
  if (!text) return "";
  return text.html ? htmlFragmentToText(text.value, maxDepth) : text.value;
}

function itemOutcome(
  entry: FeedEntry,
  index: number,
  feed: { input: RawInput; outlet: string | null; options: ReadOptions },
): ReadOutcome {
  const { input, options } = feed;
  const maxDepth = options.limits.maxHtmlDepth;
  const guidUrl = entry.guid && /^https?:\/\//i.test(entry.guid) ? entry.guid : null;
  const origin = entry.link ?? guidUrl ?? `${input.origin}#item-${index + 1}`;
  const text = plain(entry.body, maxDepth).trim();
  if (text === "")
    return skippedOutcome(origin, "feed item without text (only a title and link): fetch its link to read it");
  const title = plain(entry.title, maxDepth).replace(/\s+/g, " ").trim();
  const source = createReportSource({
    origin,
    url: entry.link,
    title: title || null,
    published: entry.published,
    outlet: feed.outlet,
    byline: entry.byline,
    ...(entry.guid ? { guid: entry.guid } : {}),
    kind: options.defaults.kind,
    tlp: options.defaults.tlp,
  });
  return readOutcome({ source, text });
}

/** Reads an RSS or Atom feed: one outcome per item, plus one `skipped` for items past the limit. */
export const readFeed: Reader = (xml, input, options) => {
  const doctype = prologDoctype(xml);
  if (doctype?.subset && /<!ENTITY/i.test(doctype.subset)) {
    const message =
      "XML feed declares entities in its DOCTYPE: refused (entities are never expanded, so entity-expansion attacks cannot run)";
    return [rejectWith(input.origin, "unsupported", message)];
  }
  const body = doctype ? xml.slice(0, doctype.start) + xml.slice(doctype.end) : xml;
  const { maxFeedItems } = options.limits;
  let parsed: { document: Record<string, unknown>; total: number };
  try {
    parsed = parseFeedXml(body, maxFeedItems);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return [rejectWith(input.origin, "malformed", `not well-formed XML: ${reason}`)];
  }
  const feed = entriesOf(parsed.document);
  if (!feed) return [rejectWith(input.origin, "unsupported", "XML document is not an RSS or Atom feed")];
  if (feed.entries.length === 0) return [skippedOutcome(input.origin, "feed without items: nothing to read")];
  const outcomes = feed.entries.map((entry, i) => itemOutcome(entry, i, { input, outlet: feed.outlet, options }));
  if (parsed.total > maxFeedItems) {
    const reason = `feed holds ${parsed.total} items: read the first ${maxFeedItems}, skipped ${parsed.total - maxFeedItems} (over the limit maxFeedItems = ${maxFeedItems})`;
    outcomes.push(skippedOutcome(input.origin, reason));
  }
  return outcomes;
};
