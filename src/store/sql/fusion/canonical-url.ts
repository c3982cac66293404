// What makes two reports versions of one document without reading them: the same canonical URL, or (for a
// near duplicate) the same title from the same outlet. URLs are compared without scheme, "www.", mobile or
// AMP hosts and paths, fragments, tracking parameters and trailing slashes; titles without case,
// punctuation and an "Update:" mark.

const TRACKING = /^(?:utm_.*|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|cmpid|ocid|ref|ref_src|smid|share)$/;

/** The URL a document is known by, or null when there is none (or it is not a URL). */
export function canonicalUrl(url: string | null): string | null {
  if (url === null || url.trim() === "") return null;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return parsed.href;
  const host = parsed.hostname.toLowerCase().replace(/^(?:www\d?|m|mobile|amp)\./, "");
  const path = parsed.pathname
    .replace(/\/(?:amp|index\.html?|index\.php)\/?$/i, "/")
    .replace(/\.amp(?=\.html?$)/i, "")
    .replace(/\/+$/, "");
  const params = [...parsed.searchParams]
    .filter(([key]) => !TRACKING.test(key.toLowerCase()))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = params.length > 0 ? `?${new URLSearchParams(params).toString()}` : "";
  return `${host}${parsed.port ? `:${parsed.port}` : ""}${path}${query}`;
}

/** A title (or an outlet's name) folded for comparison; null when it has no letters or digits. */
export function titleKey(title: string | null): string | null {
  if (title === null) return null;
  const folded = title
    .normalize("NFKC")
    .toLowerCase()
    .replace(/^\s*(?:[([]updated?(?:\s*\d+)?[)\]]|updated?(?:\s*\d+)?\s*[:\-–—])\s*/u, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
  return folded === "" ? null : folded;
}

/** Whether two reports look like one publication: the same title from the same (or no named) outlet. */
export function samePublication(
  a: { readonly title: string | null; readonly outlet: string | null },
  b: { readonly title: string | null; readonly outlet: string | null },
): boolean {
  const title = titleKey(a.title);
  return title !== null && title === titleKey(b.title) && titleKey(a.outlet) === titleKey(b.outlet);
}
