// What the words around a name say: is the passage about cyber operations, does a cue ("a group known as",
// "aka", "the X hacking group") introduce the name, is the name used as software ("the Havex malware"),
// or is it part of a longer proper noun ("Cobalt Strike", "Google Play")? Pure reading of one text.
import type { Span } from "../core/index.ts";

/** Words that make a passage about cyber operations; ordinary prose about insects or scripture has none. */
const CYBER_TERMS = String.raw`hack(?:s|ed|ers?|ing)?|cyber[\w-]*|malware|ransomware|spyware|backdoors?|botnets?|(?:spear-?)?phishing|espionage|intrusions?|zero-days?|threat (?:actors?|groups?|intelligence)|state-(?:sponsored|backed|linked)|nation-state|infosec|APTs|(?:an )?APT (?:groups?|actors?|campaigns?|attacks?|operations?|hackers?)|C2|command-and-control|exfiltrat\w*|DDoS|data breach(?:es)?|breached|CVE-\d{4}-\d+|indicators of compromise|security (?:firms?|compan(?:y|ies)|researchers?|vendors?)`;
const CYBER = new RegExp(String.raw`\b(?:${CYBER_TERMS})\b`, "gi");
const CYBER_WORD = new RegExp(String.raw`^(?:${CYBER_TERMS})$`, "i");

/** True when the word is itself one of the cyber words ("hacking", "cyber", "malware"). */
export function isCyberWord(word: string): boolean {
  return CYBER_WORD.test(word.trim());
}

const LEFT_CUE =
  /(?:\b(?:aka|a\.k\.a\.?|(?:also )?known as|(?:also )?tracked as|(?:also )?called|named|dubbed|calling (?:itself|themselves)|code-?named|designated|(?:hacking |threat |hacker |APT |cyber[- ]?espionage |ransomware )?(?:group|gang|actor|crew|collective|operators?))\s*["'“‘]?|\(\s*(?:aka|also (?:known|tracked) as|tracked as)\b[^()]*)$/i;
/** An apposition that says what the name is: "Sandworm, the GRU unit behind …". */
const APPOSITION =
  /^,\s+(?:the|a|an)\s+(?:[\p{L}'’-]+\s+){0,4}(?:group|unit|gang|actor|crew|team|hackers|operators|APT|cluster)\b/iu;
const RIGHT_CUE =
  /^(?:['’]s)?["'”’]?\)?\s*(?:(?:hacking|hacker|threat|cyber[- ]?espionage|cyberespionage|state[- ](?:sponsored|backed)|espionage|ransomware|APT|advanced persistent threat)[\s-]+)?(?:group|gang|actor|crew|collective|cluster|hackers|operators|APT)s?\b/i;
const SOFTWARE_AFTER =
  /^(?:['’]s)?\s+(?:malware|backdoor|trojan|RAT|loader|implant|wiper|worm|virus|spyware|botnet|toolkit|tool|family|strain|variant|samples?|dropper|stealer|payload)\b/i;
const SOFTWARE_BEFORE =
  /\b(?:malware|backdoor|trojan|RAT|tool|implant|loader|wiper)\s+(?:called|named|dubbed|known as)?\s*["'“‘]?$/i;

/** Capitalised words that may stand next to a group's name without being part of it. */
const NEIGHBOURS_OK = new Set(
  (
    "the a an and or but in on at by for from as also while when after before since that this these those both like " +
    "with unlike its their group team gang crew apt actor hackers operators campaign microsoft mandiant crowdstrike " +
    "secureworks symantec kaspersky eset fireeye proofpoint google cisco talos dragos recorded future palo alto unit " +
    "trend micro fbi cisa nsa doj ncsc bfv gchq eu us uk un nato"
  ).split(" "),
);

export interface TextContext {
  readonly text: string;
  /** True when the text has two or more cyber words (or names of malware and tools) anywhere. */
  readonly topical: boolean;
  /** True when a cyber term stands in the sentence of `span` or the one before or after it (outside `span`). */
  cyber(span: Span): boolean;
  /** True when a cue word introduces the name or a group noun follows it. */
  cued(span: Span): boolean;
  /** True when the name opens its sentence, where a capital letter says nothing. */
  sentenceInitial(span: Span): boolean;
  /** True when the text uses the name for software ("the Havex malware", "malware called X"). */
  software(span: Span): boolean;
  /** True when a capitalised word joins the name into a longer proper noun ("Cobalt Strike", "Google Play"). */
  compound(span: Span, isPlace: (word: string) => boolean): boolean;
  /** Index of the sentence (or header line) holding an offset. */
  unitOf(offset: number): number;
  readonly units: readonly Span[];
}

/** Sentences, with header lines and other gaps between them as units of their own. */
function unitsOf(text: string, sentences: readonly Span[] | undefined): Span[] {
  const base = sentences?.length ? [...sentences].sort((a, b) => a.start - b.start) : naiveSentences(text);
  const units: Span[] = [];
  let at = 0;
  const gap = (from: number, to: number) => {
    for (const m of text.slice(from, to).matchAll(/[^\n]+/g)) {
      if (m[0].trim()) units.push({ start: from + m.index, end: from + m.index + m[0].length });
    }
  };
  for (const s of base) {
    if (s.start > at) gap(at, s.start);
    units.push(s);
    at = Math.max(at, s.end);
  }
  gap(at, text.length);
  return units;
}

function naiveSentences(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(/[^.!?\n]+(?:[.!?]+["'”’)]*|\n|$)/g)) {
    if (m[0].trim()) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

function termSpans(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(CYBER)) {
    if (/apt/i.test(m[0]) && !/APT/.test(m[0])) continue; // "an apt remark" is no APT
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const firstPart = (word: string) => word.split(/[-–]/)[0] ?? word;

/**
 * Reads the context of names in one text; `sentences` are the segmenter's, else a naive split is used;
 * `evidence` are more spans that count as cyber words (names of malware and tools found in the text).
 */
export function createTextContext(
  text: string,
  sentences?: readonly Span[],
  evidence: readonly Span[] = [],
): TextContext {
  const units = unitsOf(text, sentences);
  const terms = [...termSpans(text), ...evidence].sort((a, b) => a.start - b.start);
  const unitOf = (offset: number) => {
    let lo = 0;
    let hi = units.length - 1;
    let best = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (units[mid]!.start <= offset) {
        best = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return best;
  };
  const firstTermFrom = (offset: number) => {
    let lo = 0;
    let hi = terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (terms[mid]!.end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const cyber = (span: Span) => {
    const u = unitOf(span.start);
    const from = units[Math.max(0, u - 1)]!.start;
    const to = units[Math.min(units.length - 1, u + 1)]!.end;
    for (let i = firstTermFrom(from); i < terms.length && terms[i]!.start < to; i++) {
      const t = terms[i]!;
      if (t.end <= span.start || t.start >= span.end) return true;
    }
    return false;
  };
  const left = (span: Span, n: number) => text.slice(Math.max(0, span.start - n), span.start);
  const right = (span: Span, n: number) => text.slice(span.end, span.end + n);
  const sentenceInitial = (span: Span) => {
    const u = units[unitOf(span.start)];
    return u !== undefined && /^[\s"'“‘(*•-]*$/.test(text.slice(u.start, span.start));
  };
  const compound = (span: Span, isPlace: (word: string) => boolean) => {
    const after = /^ ([\p{Lu}][\p{L}\p{N}'’-]*)/u.exec(right(span, 40))?.[1];
    const before = /([\p{Lu}][\p{L}\p{N}'’-]*) $/u.exec(left(span, 40))?.[1];
    const joins = (word: string | undefined) =>
      word !== undefined && !/['’]s$/.test(word) && !NEIGHBOURS_OK.has(word.toLowerCase()) && !isPlace(firstPart(word));
    if (joins(after)) return true;
    return joins(before) && !sentenceInitial({ start: span.start - (before?.length ?? 0) - 1, end: span.start });
  };
  return {
    text,
    topical: terms.length >= 2,
    units,
    unitOf,
    cyber,
    cued: (span) =>
      LEFT_CUE.test(left(span, 60)) || RIGHT_CUE.test(right(span, 60)) || APPOSITION.test(right(span, 60)),
    sentenceInitial,
    software: (span) => SOFTWARE_AFTER.test(right(span, 30)) || SOFTWARE_BEFORE.test(left(span, 40)),
    compound,
  };
}
