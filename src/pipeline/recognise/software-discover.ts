// Software the catalogue does not know yet, found by how analysts introduce it: "a backdoor dubbed
// SnappyBee", "a new loader called X", or a coined name before a software noun ("the DeadGlyph backdoor",
// "the WINELOADER malware"). Platforms, languages, vendors and adjectives before the noun are not names
// ("the Linux malware", "the CrowdStrike tool").
import type { SegmentedReport, Span } from "../../core/index.ts";
import { SECURITY_VENDORS } from "./gazetteer/index.ts";
import { PLATFORM_WORDS } from "./gazetteer-arsenal/software-words.ts";
import { SOFTWARE_NOUNS } from "./software-context.ts";

export interface DiscoveredSoftware extends Span {
  readonly surface: string;
  readonly kind: "malware" | "tool";
}

const NAME = String.raw`[\p{Lu}\p{N}][\p{L}\p{N}_]*(?:[.-][\p{L}\p{N}_]+)*`;
const INTRODUCED = new RegExp(
  String.raw`\b(${SOFTWARE_NOUNS})\s*,?\s+(?:(?:which|that)\s+(?:\w+\s+){0,3}(?:calls?|named|dubbed)\s+|(?:called|named|dubbed|known\s+as|tracked\s+as|codenamed|code-named)\s+)["'“‘]?(${NAME})`,
  "gu",
);
const NOUN = new RegExp(String.raw`\b(?:${SOFTWARE_NOUNS})\b`, "gu");
/** The name right before a software noun, read backwards from the noun. */
const NAME_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}_.-])(${NAME})["'”’]?\s+$`, "u");

/** A coined shape no ordinary word takes: an inner capital, letters with digits, or capitals only (5+). */
function coined(name: string): boolean {
  return (
    /\p{Ll}\p{Lu}/u.test(name) ||
    (/\p{L}/u.test(name) && /\p{N}/u.test(name) && name.length >= 4) ||
    /^[\p{Lu}][\p{Lu}\p{N}_-]{4,}$/u.test(name)
  );
}

/** Words a cue may stand before that name nothing: pronouns, topics, sizes ("64-bit"), ids of other kinds. */
const NOT_NAME =
  /^(?:the|a|an|it|its|this|that|these|those|they|he|she|we|which|covid.*|\d.*|cve\b.*|t1\d{3}.*|ms\d{2}.*)$/i;

function isNotName(name: string): boolean {
  return NOT_NAME.test(name) || PLATFORM_WORDS.has(name.toLowerCase()) || SECURITY_VENDORS.has(name);
}

/** True when a span overlaps one of `sorted` (ordered by start; names are short, so only a few look back). */
export function overlapsSorted(sorted: readonly Span[], span: Span): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < span.end) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0 && i >= lo - 8; i--) if (sorted[i]!.end > span.start) return true;
  return false;
}

const kindOf = (noun: string): DiscoveredSoftware["kind"] =>
  /^(?:tools?|utilit|frameworks?|toolkits?)/i.test(noun) ? "tool" : "malware";

/** Cue-introduced software names in the report body, outside the spans already `taken`. */
export function discoverSoftware(report: SegmentedReport, taken: readonly Span[]): DiscoveredSoftware[] {
  const text = report.text;
  const from = report.body.start;
  const body = text.slice(from);
  const out: DiscoveredSoftware[] = [];
  const sorted = [...taken].sort((a, b) => a.start - b.start);
  const starts = new Set<number>();
  const free = (s: Span) => !starts.has(s.start) && !overlapsSorted(sorted, s);
  const add = (name: string, at: number, noun: string, strict: boolean) => {
    const start = from + at;
    const span = { start, end: start + name.length };
    if (isNotName(name) || (strict && !coined(name)) || !free(span)) return;
    starts.add(start);
    out.push(Object.freeze({ ...span, surface: name, kind: kindOf(noun) }));
  };
  // Cheap pre-check: no software noun, no discovery.
  if (!/malware|backdoor|trojan|RAT|loader|implant|wiper|tool|stealer|dropper|botnet|shell|ransomware/i.test(body))
    return out;
  for (const m of body.matchAll(INTRODUCED)) {
    const name = m[2]!;
    add(name, m.index + m[0].length - name.length, m[1]!, !/^\p{Lu}/u.test(name));
  }
  for (const m of body.matchAll(NOUN)) {
    const before = body.slice(Math.max(0, m.index - 60), m.index);
    const name = NAME_BEFORE.exec(before);
    if (name) add(name[1]!, m.index - before.length + name.index, m[0], true);
  }
  return out.sort((a, b) => a.start - b.start);
}
