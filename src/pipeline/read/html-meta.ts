// A page's own metadata: title, byline, publication date, canonical URL and site name, from Open Graph and
// article meta tags, JSON-LD, `<time datetime>` and `<link rel=canonical>`. Read before the article
// extractor touches the document (it removes scripts, JSON-LD included).
import { toIsoDate } from "./dates.ts";

export interface HtmlMetadata {
  readonly title: string | null;
  readonly byline: string | null;
  readonly published: string | null;
  readonly canonicalUrl: string | null;
  readonly siteName: string | null;
}

const DATE_METAS = [
  'meta[property="article:published_time"]',
  'meta[property="og:published_time"]',
  'meta[property="og:article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="date"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="publish-date"]',
  'meta[name="dc.date"]',
  'meta[name="dc.date.issued"]',
  'meta[name="dcterms.created"]',
  'meta[name="parsely-pub-date"]',
];
const ARTICLE_TYPES = /article|posting|report|webpage/i;
/** JSON-LD blocks larger than this are not read (a page's metadata is small). */
const MAX_JSON_LD_CHARS = 256 * 1024;
/** Most JSON-LD nodes visited in one page. */
const MAX_JSON_LD_NODES = 2_000;

function clean(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/g, " ").trim();
  return text ? text : null;
}

function metaContent(document: Document, selectors: readonly string[]): string | null {
  for (const selector of selectors) {
    const value = clean(document.querySelector(selector)?.getAttribute("content"));
    if (value) return value;
  }
  return null;
}

type JsonLdNode = Readonly<Record<string, unknown>>;

/** JSON-LD objects of the page, flattened through arrays and `@graph`, visited breadth-first and bounded. */
function jsonLdNodes(document: Document): JsonLdNode[] {
  const queue: unknown[] = [];
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    const source = script.textContent ?? "";
    if (source.length > MAX_JSON_LD_CHARS) continue;
    try {
      queue.push(JSON.parse(source));
    } catch {
      // A broken JSON-LD block is common on real pages; the other sources still count.
    }
  }
  const nodes: JsonLdNode[] = [];
  const enqueue = (values: readonly unknown[]) => {
    for (const v of values) if (queue.length < MAX_JSON_LD_NODES) queue.push(v);
  };
  for (let i = 0; i < queue.length; i++) {
    const value = queue[i];
    if (Array.isArray(value)) enqueue(value);
    else if (value && typeof value === "object") {
      const node = value as JsonLdNode;
      nodes.push(node);
      if (Array.isArray(node["@graph"])) enqueue(node["@graph"] as unknown[]);
    }
  }
  return nodes;
}

/** A name from a JSON-LD value: a string, `{name}`, or a list of them (a few levels at most). */
function nameOf(value: unknown, depth = 0): string | null {
  if (typeof value === "string") return clean(value);
  if (depth >= 3) return null;
  if (Array.isArray(value)) {
    const names = value
      .slice(0, 20)
      .map((v) => nameOf(v, depth + 1))
      .filter((n): n is string => n !== null);
    return names.length > 0 ? names.join(", ") : null;
  }
  if (value && typeof value === "object" && "name" in value) return nameOf(value.name, depth + 1);
  return null;
}

function isArticle(node: JsonLdNode): boolean {
  const type = node["@type"];
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === "string" && ARTICLE_TYPES.test(t));
}

function fromJsonLd(nodes: readonly JsonLdNode[], key: string): unknown {
  const article = nodes.find((n) => isArticle(n) && n[key] !== undefined);
  return (article ?? nodes.find((n) => n[key] !== undefined))?.[key];
}

function absoluteUrl(href: string | null, base: string | null): string | null {
  if (!href) return null;
  try {
    const url = new URL(href, base ?? undefined);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

function timeElementDate(document: Document): string | null {
  const time =
    document.querySelector("time[pubdate][datetime]") ??
    document.querySelector("article time[datetime], main time[datetime]") ??
    document.querySelector("time[datetime]");
  return toIsoDate(time?.getAttribute("datetime"));
}

function stripBy(byline: string | null): string | null {
  return clean(byline?.replace(/^by\s+/i, ""));
}

/** Reads a page's metadata; `baseUrl` resolves a relative canonical link. */
export function readHtmlMetadata(document: Document, baseUrl: string | null): HtmlMetadata {
  const ld = jsonLdNodes(document);
  const metaAuthor = metaContent(document, ['meta[name="author"]', 'meta[property="article:author"]']);
  const published =
    toIsoDate(metaContent(document, DATE_METAS)) ??
    toIsoDate(nameOf(fromJsonLd(ld, "datePublished"))) ??
    timeElementDate(document);
  const canonical = document.querySelector('link[rel~="canonical"]')?.getAttribute("href") ?? null;
  return {
    title:
      clean(nameOf(fromJsonLd(ld, "headline"))) ??
      metaContent(document, ['meta[property="og:title"]', 'meta[name="twitter:title"]']) ??
      clean(document.querySelector("title")?.textContent),
    byline: stripBy(metaAuthor && !/^https?:/i.test(metaAuthor) ? metaAuthor : nameOf(fromJsonLd(ld, "author"))),
    published,
    canonicalUrl:
      absoluteUrl(canonical, baseUrl) ?? absoluteUrl(metaContent(document, ['meta[property="og:url"]']), baseUrl),
    siteName:
      metaContent(document, ['meta[property="og:site_name"]', 'meta[name="application-name"]']) ??
      nameOf(fromJsonLd(ld, "publisher")),
  };
}
