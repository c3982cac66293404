// Fetching a URL into a RawInput, through the ports it is given (fetch, name resolution). HTTP(S) only;
// one time limit for the whole fetch; the body streamed and cut off past `maxReportBytes`; redirects
// followed by hand, each hop's host checked, at most `maxRedirects` of them; and, unless `allowPrivate`,
// every address a host resolves to must be public (see address.ts). The check and the connection resolve
// the name separately: a composition root that must resist DNS rebinding passes a `fetch` whose connector
// pins the checked address.
import { EspialError } from "../../core/index.ts";
import { classifyAddress } from "./address.ts";
import { formatBytes, limitError, type Limits } from "./limits.ts";
import type { RawInput } from "./outcome.ts";

export interface FetchDeps {
  readonly fetch: typeof fetch;
  /** The IP addresses a host name resolves to (both families). */
  readonly resolveHost: (host: string) => Promise<string[]>;
}

export interface FetchOptions {
  readonly limits: Pick<Limits, "maxReportBytes" | "maxRedirects" | "fetchTimeoutMs">;
  /** Fetch private, loopback and other non-public addresses too (a lab, a test). */
  readonly allowPrivate: boolean;
}

/** A conditional GET's validators, from the last time the same URL was fetched. */
export interface Validators {
  readonly etag: string | null;
  readonly lastModified: string | null;
}

/** What a conditional fetch gives: the body and its new validators, or "not modified" (HTTP 304). */
export type ConditionalFetch =
  | ({ readonly status: "fetched"; readonly input: RawInput } & Validators)
  | { readonly status: "not-modified"; readonly url: string };

const ACCEPT =
  "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/plain;q=0.9, application/json;q=0.8, */*;q=0.5";
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

function network(message: string, cause?: unknown): EspialError {
  return new EspialError("network", message, cause === undefined ? undefined : { cause });
}

function httpUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new EspialError("bad-usage", `not a valid URL: ${text}`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new EspialError("unsupported", `only http and https URLs can be fetched, not ${url.protocol} (${text})`);
  }
  return url;
}

function refuse(url: URL, address: string, kind: string): EspialError {
  const via = address === url.hostname ? "" : ` (${url.hostname} resolves to it)`;
  return new EspialError(
    "refused-address",
    `refusing to fetch ${url.href}: ${address} is a ${kind} address${via}; only public addresses are fetched unless private addresses are allowed`,
  );
}

/** Refuses a host that is, or resolves to, anything but a public address. */
async function checkHost(url: URL, deps: FetchDeps, signal: AbortSignal): Promise<void> {
  // URL has already turned numeric hosts (2130706433, 0x7f.1, 017700000001) into dotted form.
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const name = host.replace(/\.$/, "").toLowerCase();
  if (name === "localhost" || name.endsWith(".localhost")) throw refuse(url, host, "loopback");
  const literal = classifyAddress(host);
  if (literal !== null) {
    if (literal !== "public") throw refuse(url, host, literal);
    return;
  }
  let addresses: string[];
  try {
    addresses = await untilAborted(deps.resolveHost(name), signal);
  } catch (error) {
    if (signal.aborted) throw error;
    throw network(`could not resolve ${name}: ${error instanceof Error ? error.message : String(error)}`, error);
  }
  if (addresses.length === 0) throw network(`could not resolve ${name}: no address`);
  for (const address of addresses) {
    const kind = classifyAddress(address) ?? "reserved";
    if (kind !== "public") throw refuse(url, address, kind);
  }
}

/** A promise that rejects as soon as the signal aborts. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason as Error);
    if (signal.aborted) return onAbort();
    signal.addEventListener("abort", onAbort, { once: true });
    void promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

/** Reads a response body, refusing it as soon as it passes the byte limit. */
async function readCapped(response: Response, maxBytes: number, url: string): Promise<Uint8Array> {
  const tooLarge = (size: string) =>
    limitError("too-large", `response from ${url} is too large (${size})`, {
      name: "maxReportBytes",
      value: formatBytes(maxBytes),
    });
  const declared = Number(response.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge(`Content-Length ${declared} bytes`);
  }
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(`more than ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** Follows redirects by hand from `start`; returns the final response and its URL. */
async function followRedirects(
  start: URL,
  deps: FetchDeps,
  options: FetchOptions & { signal: AbortSignal; headers: Record<string, string> },
): Promise<{ response: Response; url: URL }> {
  const visited = new Set<string>();
  let url = start;
  for (let followed = 0; ; followed++) {
    if (!options.allowPrivate) await checkHost(url, deps, options.signal);
    visited.add(url.href);
    const response = await deps.fetch(url.href, {
      redirect: "manual",
      signal: options.signal,
      headers: { accept: ACCEPT, "user-agent": "Espial (threat-intelligence reader)", ...options.headers },
    });
    if (!REDIRECTS.has(response.status)) return { response, url };
    await response.body?.cancel().catch(() => undefined);
    const location = response.headers.get("location");
    if (!location) throw network(`HTTP ${response.status} redirect without a Location from ${url.href}`);
    const next = httpUrl(new URL(location, url).href);
    if (visited.has(next.href)) throw network(`redirect loop: ${url.href} redirects back to ${next.href}`);
    if (followed + 1 > options.limits.maxRedirects) {
      const what = `too many redirects fetching ${start.href} (next: ${next.href})`;
      throw limitError("network", what, { name: "maxRedirects", value: String(options.limits.maxRedirects) });
    }
    url = next;
  }
}

function conditionalHeaders(validators: Validators | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  if (validators?.etag) headers["if-none-match"] = validators.etag;
  if (validators?.lastModified) headers["if-modified-since"] = validators.lastModified;
  return headers;
}

/** The error a fetch failure becomes: ours as is (also when the HTTP client wraps it), others as `network`. */
function asFetchError(error: unknown, start: URL): EspialError {
  if (error instanceof EspialError) return error;
  const cause = error instanceof Error ? error.cause : undefined;
  if (cause instanceof EspialError) return cause;
  const detail = cause instanceof Error ? ` (${cause.message})` : "";
  return network(
    `could not fetch ${start.href}: ${error instanceof Error ? error.message : String(error)}${detail}`,
    error,
  );
}

/**
 * Fetches a URL unless it is unchanged since `validators` (If-None-Match / If-Modified-Since): a feed poll.
 * Same limits and address checks as `fetchInput`.
 */
export async function fetchIfChanged(
  url: string,
  deps: FetchDeps,
  options: FetchOptions & { readonly validators?: Validators },
): Promise<ConditionalFetch> {
  const start = httpUrl(url);
  const { fetchTimeoutMs, maxReportBytes } = options.limits;
  const controller = new AbortController();
  const timeout = network(`timed out after ${fetchTimeoutMs} ms fetching ${start.href} (limit fetchTimeoutMs)`);
  const timer = setTimeout(() => controller.abort(timeout), fetchTimeoutMs);
  try {
    const headers = conditionalHeaders(options.validators);
    const { response, url: final } = await followRedirects(start, deps, {
      ...options,
      signal: controller.signal,
      headers,
    });
    if (response.status === 304 && Object.keys(headers).length > 0) {
      await response.body?.cancel().catch(() => undefined);
      return { status: "not-modified", url: final.href };
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      throw network(
        `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""} from ${final.href}`,
      );
    }
    const bytes = await readCapped(response, maxReportBytes, final.href);
    return {
      status: "fetched",
      input: { bytes, origin: url, contentType: response.headers.get("content-type"), url: final.href },
      etag: response.headers.get("etag"),
      lastModified: response.headers.get("last-modified"),
    };
  } catch (error) {
    if (controller.signal.aborted) throw timeout;
    throw asFetchError(error, start);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Fetches a URL's bytes for `readInput`, within the limits and refusing non-public addresses.
 * @example await fetchInput("https://example.org/feed.xml", { fetch, resolveHost }, { limits, allowPrivate: false })
 */
export async function fetchInput(url: string, deps: FetchDeps, options: FetchOptions): Promise<RawInput> {
  const fetched = await fetchIfChanged(url, deps, options);
  // Without validators no server answers 304 to us; a 304 anyway is an HTTP error like any other.
  if (fetched.status === "not-modified") throw network(`HTTP 304 Not Modified from ${fetched.url}`);
  return fetched.input;
}
