// What a refanged token is, by its shape alone: an IPv4 or IPv6 address (with a port or a prefix length), a
// domain name with a real top-level domain, a URL, an e-mail address, or an MD5/SHA-1/SHA-256 hash as a
// whole hex token. Also which addresses are private or reserved.
import type { IndicatorKind } from "../../core/index.ts";
import { TOP_LEVEL_DOMAINS } from "./gazetteer-arsenal/domains.ts";

export interface Classified {
  readonly kind: IndicatorKind;
  /** Normalised: lower-case hosts and hashes, scheme lower-case. */
  readonly value: string;
  /** The host of a domain, URL or e-mail address; the address of an IP. */
  readonly host: string;
  /** A URL given with a scheme ("http://…"), not a bare host and path. */
  readonly schemed: boolean;
}

const OCTET = /^(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

/** The four octets of a dotted IPv4 address, or null (no leading zeros, each ≤ 255). */
export function parseIPv4(s: string): number[] | null {
  const parts = s.split(".");
  if (parts.length !== 4 || !parts.every((p) => OCTET.test(p))) return null;
  return parts.map(Number);
}

/** Private, loopback, link-local, shared, documentation, benchmarking, multicast and reserved IPv4 ranges. */
export function isReservedIPv4(o: readonly number[]): boolean {
  const [a = 0, b = 0, c = 0] = o;
  return (
    a === 0 ||
    a === 10 ||
    a === 127 ||
    a >= 224 ||
    (a === 100 && b >= 64 && b <= 127) ||
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 192 && b === 0 && (c === 0 || c === 2)) ||
    (a === 198 && (b === 18 || b === 19)) ||
    (a === 198 && b === 51 && c === 100) ||
    (a === 203 && b === 0 && c === 113)
  );
}

/** True for a well-formed IPv6 address with at least one digit ("2001:db8::1", not "dead::beef" or "12:30:45"). */
export function isIPv6(s: string): boolean {
  if (!/^[0-9a-f:]+$/i.test(s) || !/\d/.test(s) || (s.match(/:/g)?.length ?? 0) < 2) return false;
  const halves = s.split("::");
  if (halves.length > 2) return false;
  const groups = halves.flatMap((h) => (h === "" ? [] : h.split(":")));
  if (!groups.every((g) => /^[0-9a-f]{1,4}$/i.test(g))) return false;
  return halves.length === 2 ? groups.length <= 7 : groups.length === 8;
}

/** Loopback, unspecified, link-local, unique-local and documentation IPv6 ranges. */
export function isReservedIPv6(s: string): boolean {
  const v = s.toLowerCase();
  return v === "::1" || v === "::" || /^fe[89ab]/.test(v) || /^f[cd]/.test(v) || /^2001:0?db8:/.test(v);
}

/** A domain name: two or more labels, letters, digits and inner hyphens, ending in a real top-level domain. */
export function isDomain(host: string): boolean {
  if (host.length > 253 || !host.includes(".")) return false;
  const labels = host.toLowerCase().split(".");
  const tld = labels[labels.length - 1]!;
  if (!TOP_LEVEL_DOMAINS.has(tld)) return false;
  return labels.every((l) => /^[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9])?$/.test(l)) && !/^\d+$/.test(labels[0]!);
}

const HASH_KIND: Readonly<Record<number, IndicatorKind>> = { 32: "md5", 40: "sha1", 64: "sha256" };

/** A host with an optional port: the address or domain it names, or null. */
function hostKind(host: string): { kind: "ipv4" | "ipv6" | "domain"; host: string } | null {
  const bare = host.replace(/^\[(.*)\](?::\d{1,5})?$/, "$1").replace(/^([^:]*\.[^:]*):\d{1,5}$/, "$1");
  if (parseIPv4(bare)) return { kind: "ipv4", host: bare };
  if (isIPv6(bare)) return { kind: "ipv6", host: bare.toLowerCase() };
  if (isDomain(bare)) return { kind: "domain", host: bare.toLowerCase() };
  return null;
}

function classifyUrl(s: string): Classified | null {
  const m = /^([a-z][a-z0-9+.-]{1,9}):\/\/(?:[^@/\s]*@)?([^/?#\s]+)(.*)$/i.exec(s);
  if (!m || !/^(?:https?|ftp|sftp|wss?)$/i.test(m[1]!)) return null;
  const host = hostKind(m[2]!);
  if (!host) return null;
  const value = `${m[1]!.toLowerCase()}://${m[2]!.toLowerCase()}${m[3]!}`;
  return { kind: "url", value, host: host.host, schemed: true };
}

/** What a refanged token is, or null when it is none of the indicator kinds. */
export function classifyIndicator(s: string): Classified | null {
  if (s.includes("://")) return classifyUrl(s);
  const kind = HASH_KIND[s.length];
  if (kind && /^[0-9a-f]+$/i.test(s)) {
    // A run of hex digits with no letter (or no digit) is a number or a word, not a hash.
    return /[a-f]/i.test(s) && /\d/.test(s) ? { kind, value: s.toLowerCase(), host: "", schemed: false } : null;
  }
  const email = /^([a-z0-9._%+-]+)@([a-z0-9.-]+)$/i.exec(s);
  if (email) {
    const domain = email[2]!.toLowerCase();
    return isDomain(domain)
      ? { kind: "email", value: `${email[1]!.toLowerCase()}@${domain}`, host: domain, schemed: false }
      : null;
  }
  const cidr = /^(\d{1,3}(?:\.\d{1,3}){3})\/(\d{1,2})$/.exec(s);
  if (cidr && parseIPv4(cidr[1]!) && Number(cidr[2]) <= 32)
    return { kind: "ipv4", value: s, host: cidr[1]!, schemed: false };
  const slash = s.indexOf("/");
  const host = hostKind(slash < 0 ? s : s.slice(0, slash));
  if (!host) return null;
  if (slash >= 0 && host.kind !== "ipv6" && slash < s.length - 1)
    return { kind: "url", value: host.host + s.slice(slash), host: host.host, schemed: false };
  return { kind: host.kind, value: host.host, host: host.host, schemed: false };
}
