// Indicators of compromise: the addresses, names and hashes a defender can block or hunt for, plain or
// defanged ("hxxps://evil[.]example/x", "203.0.113[.]7", "ops[at]evil(.)example"), refanged for storage with
// the text's own form kept. Not indicators: the report's furniture written plainly (its outlet, the vendors
// and government sites it cites, link shorteners, big benign services), version numbers shaped like
// addresses ("version 1.2.3.4"), file names shaped like domains ("invoice.pdf", "readme.md"), product and
// company names ("ASP.NET", "Booking.com"). Private and reserved addresses are kept and flagged.
import type { ArsenalSpan, IndicatorFinding, SegmentedReport, Span } from "../../core/index.ts";
import { squashName } from "../../catalogue/index.ts";
import { evidenceFor } from "./context.ts";
import { mayBeDefanged, refang } from "./indicators-defang.ts";
import {
  classifyIndicator,
  isReservedIPv4,
  isReservedIPv6,
  parseIPv4,
  type Classified,
} from "./indicators-classify.ts";
import { BENIGN_ADDRESSES, BENIGN_DOMAINS, FILE_LIKE_TLDS, GOVERNMENT_SUFFIXES } from "./gazetteer-arsenal/domains.ts";

export { defang, refang } from "./indicators-defang.ts";

/**
 * Whitespace-delimited tokens with a dot, colon, @ or bracket inside (not only as the sentence's punctuation),
 * or a long hex run.
 */
const CANDIDATE = /(?<!\S)(?:(?=[^\s]*[.:@[(\\][^\s,;!?"'”’)])\S+|[0-9a-fA-F]{32,64}(?=[\s,;)\]"'”’]|\.(?:\s|$)|$))/g;
const HEX_INSIDE = /(?<![0-9A-Za-z])(?:[0-9a-fA-F]{64}|[0-9a-fA-F]{40}|[0-9a-fA-F]{32})(?![0-9A-Za-z])/;
const LEADING = /^[("'“‘<*{]+/;
const VERSION_BEFORE =
  /\b(?:version|ver|v|build|release|firmware|update|patch|kernel|windows|ios|android|chrome|firefox|macos|os|section|clause|rev|revision)\.?\s*$|§\s*$/i;

/** A token with the punctuation of its sentence taken off (unbalanced brackets, quotes, a final full stop). */
function trimToken(token: string, at: number): Span & { text: string } {
  let start = 0;
  let end = token.length;
  const link = token.indexOf("](");
  if (link >= 0) start = link + 2;
  const lead = LEADING.exec(token.slice(start));
  if (lead) start += lead[0].length;
  if (token[start] === "[" && !token.includes("]", start)) start++;
  for (;;) {
    const last = token[end - 1];
    if (end <= start || last === undefined) break;
    if (".,;:!?\"'”’>*}".includes(last)) end--;
    else if (last === ")" && unbalanced(token, start, end, "(", ")")) end--;
    else if (last === "]" && unbalanced(token, start, end, "[", "]")) end--;
    else break;
  }
  return { start: at + start, end: at + end, text: token.slice(start, end) };
}

/** More closing than opening brackets in token[start, end). */
function unbalanced(token: string, start: number, end: number, open: string, close: string): boolean {
  let depth = 0;
  for (let i = start; i < end; i++) {
    if (token[i] === open) depth++;
    else if (token[i] === close) depth--;
  }
  return depth < 0;
}

/** Hosts that are the report's own (its URL, its outlet's name). */
function ownHosts(report: SegmentedReport): { hosts: Set<string>; outlet: string | null } {
  const hosts = new Set<string>();
  const url = report.source.url ? /^[a-z]+:\/\/([^/?#:]+)/i.exec(report.source.url) : null;
  if (url) hosts.add(url[1]!.toLowerCase().replace(/^www\./, ""));
  const outlet = report.source.outlet ? squashName(report.source.outlet) : null;
  return { hosts, outlet: outlet && outlet.length >= 4 ? outlet : null };
}

function isFurniture(host: string, own: ReturnType<typeof ownHosts>): boolean {
  const labels = host.replace(/^www\./, "").split(".");
  for (let i = 0; i < labels.length - 1; i++) {
    const suffix = labels.slice(i).join(".");
    if (BENIGN_DOMAINS.has(suffix) || own.hosts.has(suffix) || GOVERNMENT_SUFFIXES.includes(suffix)) return true;
  }
  if (GOVERNMENT_SUFFIXES.includes(labels[labels.length - 1]!)) return true;
  // The outlet's own site: its name is the registered label ("BleepingComputer" → bleepingcomputer.com).
  const registered = labels.length >= 2 ? labels[labels.length - 2]! : "";
  return own.outlet !== null && registered.length >= 4 && own.outlet.startsWith(registered);
}

/** True when a plainly written token is not an indicator in its place. */
function isPlainNoise(c: Classified, surface: string, before: string, own: ReturnType<typeof ownHosts>): boolean {
  switch (c.kind) {
    case "ipv4":
      return BENIGN_ADDRESSES.has(c.host) || VERSION_BEFORE.test(before);
    case "ipv6":
    case "md5":
    case "sha1":
    case "sha256":
      return false;
    case "domain":
    case "url":
    case "email": {
      if (c.host && isFurniture(c.host, own)) return true;
      if (c.schemed || c.kind === "email") return false;
      const host = surface.split("/")[0]!;
      const tld = c.host.slice(c.host.lastIndexOf(".") + 1);
      // Written plainly, a capitalised name is a product or company ("ASP.NET", "Booking.com"), and a name
      // ending in a file extension is a file ("notes.md").
      return /\p{Lu}/u.test(host) || FILE_LIKE_TLDS.has(tld);
    }
  }
}

function reservedOf(c: Classified): boolean {
  const v4 = parseIPv4(c.host);
  if (v4) return isReservedIPv4(v4);
  return c.kind === "ipv6" || (c.kind === "url" && c.host.includes(":")) ? isReservedIPv6(c.host) : false;
}

interface Found {
  readonly c: Classified;
  readonly span: ArsenalSpan;
  readonly defanged: boolean;
}

function readToken(text: string, token: string, at: number, own: ReturnType<typeof ownHosts>): Found | null {
  const t = trimToken(token, at);
  if (t.text.length < 4) return null;
  const { value, defanged } = mayBeDefanged(t.text) ? refang(t.text) : { value: t.text, defanged: false };
  let c = classifyIndicator(value);
  let span: ArsenalSpan = { start: t.start, end: t.end, surface: t.text };
  if (!c) {
    // A hash behind a label ("SHA256:…", "md5=…").
    const hex = HEX_INSIDE.exec(t.text);
    if (!hex) return null;
    c = classifyIndicator(hex[0]);
    span = { start: t.start + hex.index, end: t.start + hex.index + hex[0].length, surface: hex[0] };
    if (!c) return null;
  }
  if (!defanged && isPlainNoise(c, span.surface, text.slice(Math.max(0, span.start - 24), span.start), own))
    return null;
  return { c, span: Object.freeze(span), defanged };
}

/** Finds the indicators of compromise in a report's body, one finding per kind and value. */
export function recogniseIndicators(report: SegmentedReport): IndicatorFinding[] {
  const { text } = report;
  const own = ownHosts(report);
  const byValue = new Map<string, Found[]>();
  CANDIDATE.lastIndex = report.body.start;
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    const found = readToken(text, m[0], m.index, own);
    if (!found) continue;
    const key = `${found.c.kind} ${found.c.value}`;
    const list = byValue.get(key);
    if (list) list.push(found);
    else byValue.set(key, [found]);
  }
  return [...byValue.values()].map((list) => {
    const first = list[0]!;
    return Object.freeze({
      kind: first.c.kind,
      value: first.c.value,
      surface: first.span.surface,
      defanged: list.some((f) => f.defanged),
      reserved: reservedOf(first.c),
      spans: Object.freeze(list.map((f) => f.span)),
      evidence: evidenceFor(report, first.span),
    });
  });
}
