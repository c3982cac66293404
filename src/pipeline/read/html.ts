// HTML pages → one report: the article text found by Mozilla Readability on a linkedom DOM, with
// paragraphs separated by blank lines and no markup; title, byline, date, canonical URL and site name from
// the page's metadata. Depth and element count are bounded before the DOM is built (see html-bound.ts), and
// large pages skip the article extractor for a plain walk of the body, so no page stalls the stage.
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { createReportSource } from "../../core/index.ts";
import { toIsoDate } from "./dates.ts";
import { boundHtml } from "./html-bound.ts";
import { readHtmlMetadata } from "./html-meta.ts";
import { textOfDom } from "./html-text.ts";
import { readOutcome, rejectWith, type RawInput, type Reader } from "./outcome.ts";

/**
 * Pages with more elements than this are read by a plain walk of the body instead: on linkedom the
 * extractor's cost grows faster than linearly with wide element lists (15,000 sibling elements take ~10 s),
 * while article pages hold a few thousand. (Readability's own `maxElemsToParse` relies on
 * `getElementsByTagName("*")`, which linkedom answers with an empty list.)
 */
const MAX_ELEMENTS_FOR_EXTRACTOR = 10_000;

interface Article {
  readonly text: string;
  readonly title: string | null;
  readonly byline: string | null;
  readonly published: string | null;
  readonly siteName: string | null;
}

/** Most elements built into a DOM: past it tags are dropped and text kept, so memory stays bounded. */
const MAX_DOM_ELEMENTS = 100_000;

function parseDocument(html: string, maxDepth: number): Document {
  const bounded = boundHtml(html, { maxDepth, maxElements: MAX_DOM_ELEMENTS }).html;
  const { document } = parseHTML(bounded);
  // linkedom builds no root for markup without elements (text, a lone doctype); its body getter then throws.
  if (document.documentElement) return document;
  return parseHTML(`<!doctype html><html><head></head><body>${bounded}</body></html>`).document;
}

/** The article as Readability sees it, or null when it finds none (or the page is too large for it). */
function extractArticle(document: Document): Article | null {
  if (document.querySelectorAll("*").length > MAX_ELEMENTS_FOR_EXTRACTOR) return null;
  try {
    const article = new Readability<Node>(document, { serializer: (node) => node }).parse();
    if (!article?.content) return null;
    return {
      text: textOfDom(article.content),
      title: article.title?.trim() || null,
      byline: article.byline?.replace(/^by\s+/i, "").trim() || null,
      published: toIsoDate(article.publishedTime),
      siteName: article.siteName?.trim() || null,
    };
  } catch {
    return null; // the extractor failed on this page: the caller walks it instead
  }
}

/** The text without a leading "By NAME" paragraph: the byline is in the source, not a sentence of the report. */
function withoutBylineLine(text: string, byline: string | null): string {
  if (!byline) return text;
  const paragraphs = text.split("\n\n");
  const index = paragraphs.slice(0, 3).findIndex(
    (p) =>
      p
        .replace(/^by\s+/i, "")
        .trim()
        .toLowerCase() === byline.toLowerCase(),
  );
  if (index === -1) return text;
  paragraphs.splice(index, 1);
  return paragraphs.join("\n\n");
}

/** The base for relative links: the fetched URL, or the origin when it is a web address. */
function baseUrlOf(input: RawInput): string | null {
  if (input.url) return input.url;
  return /^https?:\/\//i.test(input.origin) ? input.origin : null;
}

/** Reads an HTML page as one report. */
export const readHtml: Reader = (html, input, options) => {
  const document = parseDocument(html, options.limits.maxHtmlDepth);
  const meta = readHtmlMetadata(document, baseUrlOf(input));
  // The metadata is read first: the extractor removes scripts (JSON-LD) and rewrites the document.
  const article = extractArticle(document);
  let text = article?.text ?? "";
  if (text === "") {
    const root = document.documentElement ? (document.body ?? document.documentElement) : null;
    text = root ? textOfDom(root, { dropChrome: true }) : "";
  }
  const byline = meta.byline ?? article?.byline ?? null;
  text = withoutBylineLine(text, byline);
  if (text === "") return [rejectWith(input.origin, "empty-input", "HTML page without readable text: nothing to read")];
  const source = createReportSource({
    origin: input.origin,
    url: meta.canonicalUrl ?? input.url ?? null,
    title: meta.title ?? article?.title ?? null,
    published: meta.published ?? article?.published ?? null,
    outlet: meta.siteName ?? article?.siteName ?? null,
    byline,
    kind: options.defaults.kind,
    tlp: options.defaults.tlp,
  });
  return [readOutcome({ source, text })];
};

/** The text of an HTML fragment (a feed item's content): no article extraction, chrome kept. */
export function htmlFragmentToText(fragment: string, maxDepth: number): string {
  const document = parseDocument(`<!doctype html><html><head></head><body>${fragment}</body></html>`, maxDepth);
  return document.documentElement && document.body ? textOfDom(document.body) : "";
}
