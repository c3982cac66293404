// Which IP addresses a fetch may reach. Anything that is not a public unicast address — private, loopback,
// link-local, unique-local, multicast, unspecified, reserved or documentation ranges, IPv4 and IPv6 alike,
// with IPv4 addresses embedded in IPv6 (mapped, compatible, NAT64, 6to4) judged as IPv4 — is refused, so a
// URL in a report or feed cannot make Espial probe the network it runs in.

/** What kind of address an IP is; only `public` may be fetched without `allowPrivate`. */
export const ADDRESS_KINDS = [
  "public",
  "private",
  "loopback",
  "link-local",
  "unique-local",
  "multicast",
  "unspecified",
  "reserved",
] as const;
export type AddressKind = (typeof ADDRESS_KINDS)[number];

/** The four bytes of a dotted-decimal IPv4 address, or null. */
export function parseIpv4(text: string): number[] | null {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (!m) return null;
  const bytes = m.slice(1).map(Number);
  return bytes.every((b) => b <= 255) ? bytes : null;
}

/** The eight 16-bit groups of an IPv6 address (brackets and zone allowed), or null. */
export function parseIpv6(text: string): number[] | null {
  let s = text.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  if (!s.includes(":")) return null;
  let tail: number[] = [];
  const lastColon = s.lastIndexOf(":");
  const last = s.slice(lastColon + 1);
  if (last.includes(".")) {
    const b = parseIpv4(last);
    if (!b) return null;
    tail = [((b[0] ?? 0) << 8) | (b[1] ?? 0), ((b[2] ?? 0) << 8) | (b[3] ?? 0)];
    s = s.slice(0, lastColon + 1);
    if (!s.endsWith("::")) s = s.slice(0, -1);
  }
  const halves = s.split("::");
  if (halves.length > 2) return null;
  const groupsOf = (part: string | undefined) => (part ? part.split(":") : []);
  const head = groupsOf(halves[0]);
  const rest = groupsOf(halves[1]);
  if (![...head, ...rest].every((g) => /^[0-9a-fA-F]{1,4}$/.test(g))) return null;
  const hex = (list: string[]) => list.map((g) => parseInt(g, 16));
  const need = 8 - tail.length;
  if (halves.length === 2) {
    const fill = need - head.length - rest.length;
    if (fill < 1) return null;
    return [...hex(head), ...new Array<number>(fill).fill(0), ...hex(rest), ...tail];
  }
  return head.length === need ? [...hex(head), ...tail] : null;
}

function ipv4Kind(octets: readonly number[]): AddressKind {
  const [a = 0, b = 0, c = 0] = octets;
  if (a === 0) return "unspecified";
  if (a === 127) return "loopback";
  if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)) return "private";
  if (a === 100 && b >= 64 && b <= 127) return "private"; // shared address space (carrier-grade NAT)
  if (a === 169 && b === 254) return "link-local";
  if (a >= 224 && a <= 239) return "multicast";
  if (a >= 240) return "reserved"; // includes 255.255.255.255
  if (a === 192 && b === 0 && (c === 0 || c === 2)) return "reserved"; // IETF protocol, documentation
  if (a === 198 && (b === 18 || b === 19)) return "reserved"; // benchmarking
  if ((a === 198 && b === 51 && c === 100) || (a === 203 && b === 0 && c === 113)) return "reserved";
  return "public";
}

function embeddedIpv4(w: readonly number[], from: number): number[] {
  const hi = w[from] ?? 0;
  const lo = w[from + 1] ?? 0;
  return [hi >> 8, hi & 0xff, lo >> 8, lo & 0xff];
}

function ipv6Kind(w: readonly number[]): AddressKind {
  const [w0 = 0, w1 = 0, w2 = 0, w3 = 0, w4 = 0, w5 = 0, w6 = 0, w7 = 0] = w;
  const firstFiveZero = w0 === 0 && w1 === 0 && w2 === 0 && w3 === 0 && w4 === 0;
  if (firstFiveZero && w5 === 0 && w6 === 0 && w7 === 0) return "unspecified";
  if (firstFiveZero && w5 === 0 && w6 === 0 && w7 === 1) return "loopback";
  if (firstFiveZero && (w5 === 0xffff || w5 === 0)) return ipv4Kind(embeddedIpv4(w, 6)); // mapped, compatible
  if (w0 === 0x64 && w1 === 0xff9b && w2 === 0 && w3 === 0 && w4 === 0 && w5 === 0) {
    return ipv4Kind(embeddedIpv4(w, 6)); // NAT64
  }
  if (w0 === 0x2002) return ipv4Kind(embeddedIpv4(w, 1)); // 6to4
  if ((w0 & 0xffc0) === 0xfe80) return "link-local";
  if ((w0 & 0xffc0) === 0xfec0) return "private"; // deprecated site-local
  if ((w0 & 0xfe00) === 0xfc00) return "unique-local";
  if ((w0 & 0xff00) === 0xff00) return "multicast";
  if ((w0 & 0xe000) !== 0x2000) return "reserved"; // outside global unicast 2000::/3
  if (w0 === 0x2001 && (w1 === 0x0db8 || w1 === 0)) return "reserved"; // documentation, Teredo
  if (w0 === 0x2001 && w1 < 0x0200) return "reserved"; // IETF protocol assignments
  return "public";
}

/** Classifies an IP address given as text; null when the text is not an IP address. */
export function classifyAddress(address: string): AddressKind | null {
  const v4 = parseIpv4(address);
  if (v4) return ipv4Kind(v4);
  const v6 = parseIpv6(address);
  return v6 ? ipv6Kind(v6) : null;
}
