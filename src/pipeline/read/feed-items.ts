// The items of a parsed feed, whatever its dialect (RSS 2.0, RSS 1.0/RDF, Atom), as one shape: title,
// link, guid, date, byline and content (raw, with whether it is HTML). Values come from fast-xml-parser with
// entity expansion off; they are decoded here (see xml-text.ts).
import { toIsoDate } from "./dates.ts";
import { xmlRawToText } from "./xml-text.ts";

/** Text from a feed, HTML or plain. */
export interface FeedText {
  readonly value: string;
  readonly html: boolean;
}

export interface FeedEntry {
  readonly title: FeedText | null;
  readonly link: string | null;
  readonly guid: string | null;
  readonly published: string | null;
  readonly byline: string | null;
  /** The item's body, decoded from XML. */
  readonly body: FeedText | null;
}

export interface ParsedFeed {
  readonly outlet: string | null;
  readonly entries: readonly FeedEntry[];
}

type XmlNode = Readonly<Record<string, unknown>>;

function first(value: unknown): unknown {
  return Array.isArray(value) ? (value as unknown[])[0] : value;
}

function asNode(value: unknown): XmlNode | null {
  const v = first(value);
  return v && typeof v === "object" ? (v as XmlNode) : null;
}

function joined(value: unknown): string {
  if (typeof value === "string") return value;
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string").join("") : "";
}

/** The raw character data of a value: a string, or a node's `#text` (and CDATA, kept literally). */
function rawOf(value: unknown): { raw: string; type: string | null } | null {
  const v = first(value);
  if (typeof v === "string") return { raw: v, type: null };
  if (!v || typeof v !== "object") return null;
  const node = v as XmlNode;
  const type = typeof node["@_type"] === "string" ? node["@_type"].toLowerCase() : null;
  const cdata = joined(node["#cdata"]);
  return { raw: joined(node["#text"]) + (cdata ? `<![CDATA[${cdata}]]>` : ""), type };
}

/** A plain field's text: decoded, whitespace collapsed, null when empty. */
function textOf(value: unknown): string | null {
  const r = rawOf(value);
  const text = r ? xmlRawToText(r.raw).replace(/\s+/g, " ").trim() : "";
  return text === "" ? null : text;
}

const LOOKS_LIKE_HTML = /<[a-zA-Z!/]|&[a-zA-Z][a-zA-Z0-9]*;|&#/;

/** A text construct: Atom's `type` decides HTML or text; in RSS it is HTML when it looks like it. */
function feedTextOf(value: unknown): FeedText | null {
  const r = rawOf(value);
  if (!r) return null;
  // XHTML content is markup already: decoding it would turn escaped text into tags.
  if (r.type === "xhtml") return r.raw.trim() ? { value: r.raw.trim(), html: true } : null;
  const text = xmlRawToText(r.raw).trim();
  if (text === "") return null;
  return { value: text, html: r.type === "html" || (r.type !== "text" && LOOKS_LIKE_HTML.test(text)) };
}

function rssLink(item: XmlNode): string | null {
  const links = Array.isArray(item["link"]) ? (item["link"] as unknown[]) : [item["link"]];
  for (const link of links) {
    const text = typeof link === "string" ? textOf(link) : null;
    if (text) return text;
  }
  return null;
}

function atomLink(entry: XmlNode): string | null {
  const links = (Array.isArray(entry["link"]) ? (entry["link"] as unknown[]) : [entry["link"]]).map(asNode);
  const alternate = links.find((l) => l && (l["@_rel"] === undefined || l["@_rel"] === "alternate")) ?? links[0];
  const href = alternate?.["@_href"];
  return typeof href === "string" ? xmlRawToText(href).trim() || null : null;
}

function fromRssItem(item: XmlNode): FeedEntry {
  const body = item["content:encoded"] !== undefined ? item["content:encoded"] : item["description"];
  return {
    title: feedTextOf(item["title"]),
    link: rssLink(item),
    guid: textOf(item["guid"]),
    published: toIsoDate(textOf(item["pubDate"]) ?? textOf(item["dc:date"])),
    byline: textOf(item["dc:creator"]) ?? textOf(item["author"]),
    body: feedTextOf(body),
  };
}

function fromAtomEntry(entry: XmlNode): FeedEntry {
  const body = entry["content"] !== undefined ? entry["content"] : entry["summary"];
  return {
    title: feedTextOf(entry["title"]),
    link: atomLink(entry),
    guid: textOf(entry["id"]),
    published: toIsoDate(textOf(entry["published"]) ?? textOf(entry["updated"]) ?? textOf(entry["dc:date"])),
    byline: textOf(asNode(entry["author"])?.["name"]),
    body: feedTextOf(body),
  };
}

function nodes(value: unknown): XmlNode[] {
  const list = Array.isArray(value) ? (value as unknown[]) : value === undefined ? [] : [value];
  return list.map(asNode).filter((n): n is XmlNode => n !== null);
}

/** The entries of a parsed feed document, or null when its root is not a feed. */
export function entriesOf(document: XmlNode): ParsedFeed | null {
  const rss = asNode(document["rss"]);
  if (rss) {
    const channel = asNode(rss["channel"]);
    return { outlet: textOf(channel?.["title"]), entries: nodes(channel?.["item"]).map(fromRssItem) };
  }
  const rdf = asNode(document["rdf:RDF"]);
  if (rdf) {
    return { outlet: textOf(asNode(rdf["channel"])?.["title"]), entries: nodes(rdf["item"]).map(fromRssItem) };
  }
  const atom = asNode(document["feed"]);
  if (atom) return { outlet: textOf(atom["title"]), entries: nodes(atom["entry"]).map(fromAtomEntry) };
  return null;
}
