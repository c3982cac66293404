// In-document coreference for groups: "the group", "the hacking group", "the threat actor", "the hackers"
// and "they" point back to the nearest group named before them — not across a nearer antecedent ("They
// compromised …" after "two hackers" are the two hackers, not the group), and not from far away.
// These mentions carry `via: "coreference"`; they serve claims, never the names a text uses.
import type { EntityRef, Mention, SegmentedReport } from "../../core/index.ts";

const MODIFIER = String.raw`(?:hacking|hacker|threat|cyber-?espionage|espionage|state-(?:sponsored|backed|linked)|APT|criminal|cybercriminal|ransomware|same|Chinese|Russian|Iranian|North Korean|Vietnamese|Belarusian)`;
const GROUP_NP = new RegExp(
  String.raw`\b(?:the|this|that)\s+(?:${MODIFIER}\s+){0,3}(?:group|gang|threat actor|actor|crew|collective|hackers|attackers|operators)\b(?!\s+of\b)`,
  "gi",
);
const PRONOUN = /\b(?:they|them|their|themselves)\b/gi;
/** Other plural agents a pronoun may mean: people counted or named, officials, companies. */
const PEOPLE =
  /\b(?:(?:two|three|four|five|six|several|\d+)\s+(?:[\p{L}-]+\s+)?(?:hackers|men|women|defendants|individuals|people|officers|members|suspects|nationals|agents|officials|employees)|defendants|prosecutors|officials|researchers|authorities|agencies|companies|investigators|officers|suspects|analysts|experts|governments|allies|lawmakers|\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+ and \p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+)\b/u;
/** Any other plural a pronoun may mean: "the Sony attacks", "28 other countries", "multiple members". */
const PLURAL_NP =
  /\b(?:the|these|those|its|their|many|several|multiple|other|some|all|both|dozens of|hundreds of|thousands of|millions of|\d[\d,]*|two|three|four|five)\s+(?:[\p{L}-]+\s+){0,2}\p{Ll}{2,}[^\s's]s\b/u;
const NUMBERED_PEOPLE =
  /\b(?:two|three|four|five|six|several|\d+)\s+(?:[\p{L}-]+\s+)?(?:hackers|men|defendants|individuals|suspects|officers)\b|\bdefendants\b/iu;

interface Anchor {
  readonly start: number;
  readonly end: number;
  readonly entity: EntityRef;
}

/** Coreference mentions of the named groups, in text order. */
export function coreferenceMentions(report: SegmentedReport, named: readonly Anchor[]): Mention[] {
  const { text, sentences } = report;
  const sentenceOf = (at: number) => sentences.findIndex((s) => s.start <= at && at < s.end);
  const anaphors = [
    ...[...text.matchAll(GROUP_NP)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      kind: /hackers|attackers|operators/i.test(m[0]) ? ("plural" as const) : ("group" as const),
    })),
    ...[...text.matchAll(PRONOUN)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      kind: "pronoun" as const,
    })),
  ].sort((a, b) => a.start - b.start);
  const anchors: Anchor[] = [...named].sort((a, b) => a.start - b.start);
  const out: Mention[] = [];
  for (const a of anaphors) {
    if (anchors.some((n) => n.start < a.end && a.start < n.end)) continue;
    // "the hacking group APT10": the name itself follows; no coreference needed.
    if (/^\s+["“]?[\p{Lu}\d]/u.test(text.slice(a.end, a.end + 3)) && a.kind !== "pronoun") continue;
    const before = anchors.filter((n) => n.end <= a.start);
    const antecedent = before[before.length - 1];
    if (!antecedent) continue;
    const here = sentenceOf(a.start);
    const there = sentenceOf(antecedent.start);
    if (here < 0 || there < 0 || here - there > (a.kind === "pronoun" ? 1 : 3)) continue;
    // "the actor behind them": an object pronoun does not mean the subject of its own sentence.
    if (here === there && /^them/i.test(text.slice(a.start, a.end))) continue;
    const between = text.slice(antecedent.end, a.start);
    if (a.kind === "pronoun" && (PEOPLE.test(between) || PLURAL_NP.test(between))) continue;
    if (a.kind === "plural" && NUMBERED_PEOPLE.test(between)) continue;
    const mention: Mention = Object.freeze({
      start: a.start,
      end: a.end,
      surface: text.slice(a.start, a.end),
      entity: antecedent.entity,
      confidence: a.kind === "pronoun" ? 0.4 : 0.55,
      via: "coreference" as const,
    });
    out.push(mention);
    anchors.splice(before.length, 0, { start: a.start, end: a.end, entity: antecedent.entity });
  }
  return out;
}
