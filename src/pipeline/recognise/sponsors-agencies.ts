// Agencies, bureaus and units as sponsors: the gazetteer's names and abbreviations ("MSS", "Unit 26165"),
// described agencies ("Russia's military intelligence service", "Chinese intelligence"), and the bureaus a text
// names by pattern ("the Jiangsu bureau of China's MSS", "Hainan State Security Department", "Unit 12345").
// Each takes the text's own words as its name, with a possessive state in front and a description behind.
import type { Span } from "../../core/index.ts";
import {
  AGENCY_DESCRIPTIONS,
  DESCRIBED_AGENCY,
  SPONSOR_ENTRIES,
  STATES,
  sponsorEntry,
  type SponsorEntry,
} from "./gazetteer/index.ts";
import { normaliseName, type SponsorMention } from "./sponsors-mention.ts";
import { stateName } from "./sponsors-states.ts";

const escape = (s: string) =>
  s
    .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
    .replace(/'/g, "['’]")
    .replace(/[ -]/g, "[\\s-]+");
const bounded = (body: string, flags: string) =>
  new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${body})(?![\p{L}\p{N}])`, flags);

interface EntryPattern {
  readonly entry: SponsorEntry;
  readonly pattern: RegExp;
  readonly length: number;
  /** A word the text must contain for the pattern to match (lower case when `caseless`), or null. */
  readonly needle: string | null;
  readonly caseless: boolean;
}

/** The longest plain word of a name (its words split where the pattern allows spaces, hyphens or quotes). */
function needleOf(name: string, caseless: boolean): string | null {
  const words = name.split(/[ '-]/).filter((w) => /^[A-Za-z0-9]+$/.test(w));
  const longest = words.sort((a, b) => b.length - a.length)[0];
  if (longest === undefined) return null;
  return caseless ? longest.toLowerCase() : longest;
}

const ENTRY_PATTERNS: readonly EntryPattern[] = SPONSOR_ENTRIES.flatMap((entry) => [
  ...entry.names.map((n) => ({
    entry,
    pattern: bounded(escape(n), "giu"),
    length: n.length,
    needle: needleOf(n, true),
    caseless: true,
  })),
  ...entry.abbreviations.map((a) => ({
    entry,
    pattern: bounded(escape(a), "gu"),
    length: a.length,
    needle: needleOf(a, false),
    caseless: false,
  })),
]).sort((a, b) => b.length - a.length);

/**
 * The text as caseless patterns see it, for looking up needles: lower case, with the two letters outside ASCII
 * that case-insensitive matching takes for ASCII ones (ſ for s, the Kelvin sign for k) folded too.
 */
const caselessView = (text: string) => text.toLowerCase().replace(/ſ/g, "s");

/** One pass that tells whether a sentence can hold any gazetteer name at all (most sentences hold none). */
const ANY_ENTRY = new RegExp(
  SPONSOR_ENTRIES.flatMap((e) => [...e.names, ...e.abbreviations].map((n) => `(?:${escape(n)})`)).join("|"),
  "iu",
);

const STATE_NOUNS = STATES.flatMap((s) => [...s.names, ...s.seats].map((word) => ({ word, code: s.code })));
const STATE_ADJECTIVES = STATES.flatMap((s) => s.adjectives.map((word) => ({ word, code: s.code })));
const POSSESSIVE_STATE = new RegExp(
  String.raw`(?<![\p{L}])(${STATE_NOUNS.map((s) => escape(s.word)).join("|")})['’]s\s+(?:the\s+)?$`,
  "u",
);
const DESCRIPTOR =
  /^\s+(?:(?:(?:military|foreign|main|civilian|state)\s+)?(?:intelligence|security|spy)\s+(?:service|agency|directorate|services|agencies)|military intelligence|spy agency)\b/i;
const DESCRIBED = new RegExp(
  String.raw`(?:(?<![\p{L}])(${STATE_NOUNS.map((s) => escape(s.word)).join("|")})['’]s|(?<![\p{L}])(${STATE_ADJECTIVES.map((s) => escape(s.word)).join("|")}))\s+((?:(?:main|top|chief|civilian|foreign|military|state|premier|elite)\s+)*(?:intelligence|spy|security)(?:\s+and\s+(?:intelligence|security))?(?:\s+(?:service|services|agency|agencies|apparatus|directorate))?|military(?:\s+intelligence)?(?=\s+(?:hackers?|hacking|officers?|units?|intelligence|cyber\w*|spies|personnel|operatives|agents?|actors?)\b|\s*[,;.)]|\s+(?:that|which|who)\b))(?![\p{L}])`,
  "gu",
);
const COMPANY_SUFFIX =
  /^\s+(?:Co\.?,? Ltd\.?|Co\.|Company(?: Limited)?|Ltd\.?|Limited|Inc\.?|Corp\.?|Group)(?![\p{L}])/u;
const UNIT_NUMBER = /(?<![\p{L}])(?:(?:PLA|GRU|Military)\s+)?Unit\s+\d{4,5}(?![\p{N}])/gu;
const SECURITY_BUREAU =
  /(?<![\p{L}])\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?\s+State\s+Security\s+(?:Bureau|Department)(?![\p{L}])/gu;
const BUREAU_BEFORE =
  /(?:^|[^\p{L}\p{N}])((?:\p{Lu}[\p{L}\p{M}-]*|\d{1,2}(?:st|nd|rd|th))(?:\s+\p{Lu}[\p{L}\p{M}-]*){0,2}\s+(?:[Oo]ffice|[Bb]ureau|[Bb]ranch|[Dd]epartment|[Dd]ivision|[Dd]irectorate|[Ss]ection|[Cc]ent(?:re|er))\s+of\s+(?:the\s+)?)$/u;
const BUREAU_AFTER =
  /^['’]s\s+\p{Lu}[\p{L}\p{M}-]*(?:\s+\p{Lu}[\p{L}\p{M}-]*)?\s+(?:office|bureau|branch|department|division)\b/u;

const overlaps = (a: Span, list: readonly Span[]) => list.some((b) => a.start < b.end && b.start < a.end);

function codeOf(word: string | undefined, table: readonly { word: string; code: string }[]): string | null {
  return table.find((s) => s.word === word)?.code ?? null;
}

function entryMention(entry: SponsorEntry, span: Span, surface: string, ownerState: string | null): SponsorMention {
  const parent = entry.parent ? sponsorEntry(entry.parent) : undefined;
  return Object.freeze({
    ...span,
    surface,
    key: entry.key,
    level: entry.level,
    form: entry.level === "front-company" ? "front" : entry.level === "unit" ? "unit" : "agency",
    country: entry.country,
    parentKey: parent ? parent.key : `state:${entry.country}`,
    parentName: parent
      ? (parent.abbreviations[0] ?? parent.names[0] ?? null)
      : (ownerState ?? stateName(entry.country)),
    parentLink: entry.level === "front-company" ? "employed-by" : "part-of",
    tied: false,
    cue: null,
  });
}

/** Gazetteer agencies, units and front companies in a sentence, widened to the text's own description. */
function gazetteerMentions(text: string, sentence: Span): SponsorMention[] {
  const body = text.slice(sentence.start, sentence.end);
  const out: SponsorMention[] = [];
  if (!ANY_ENTRY.test(body)) return out;
  const lower = caselessView(body);
  for (const { entry, pattern, needle, caseless } of ENTRY_PATTERNS) {
    if (needle !== null && !(caseless ? lower : body).includes(needle)) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(body); m; m = pattern.exec(body)) {
      let start = sentence.start + m.index;
      let end = start + m[0].length;
      if (overlaps({ start, end }, out)) continue;
      const owner = POSSESSIVE_STATE.exec(text.slice(sentence.start, start));
      if (owner) start -= owner[0].length;
      const after = text.slice(end, sentence.end);
      const abbreviation = entry.abbreviations.find((a) => new RegExp(String.raw`^\s*\(${escape(a)}\)`).test(after));
      if (abbreviation) end += /^\s*\([^)]*\)/.exec(after)?.[0].length ?? 0;
      else if (entry.level === "front-company") end += COMPANY_SUFFIX.exec(after)?.[0].length ?? 0;
      else end += DESCRIPTOR.exec(after)?.[0].length ?? 0;
      const ownerState = owner?.[1] ?? null;
      out.push(entryMention(entry, { start, end }, text.slice(start, end), ownerState));
    }
  }
  return out;
}

/** Agencies a text describes rather than names: "China's main intelligence service", "Russian military intelligence". */
function describedMentions(text: string, sentence: Span, taken: readonly Span[]): SponsorMention[] {
  const body = text.slice(sentence.start, sentence.end);
  const out: SponsorMention[] = [];
  DESCRIBED.lastIndex = 0;
  for (let m = DESCRIBED.exec(body); m; m = DESCRIBED.exec(body)) {
    const span = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
    if (overlaps(span, taken)) continue;
    const code = codeOf(m[1], STATE_NOUNS) ?? codeOf(m[2], STATE_ADJECTIVES);
    const kind = AGENCY_DESCRIPTIONS.find((d) => d.pattern.test(m?.[3] ?? ""))?.kind;
    if (!code || !kind) continue;
    const key = DESCRIBED_AGENCY[`${code}:${kind}`] ?? `${code}:${kind}`;
    out.push(
      Object.freeze({
        ...span,
        surface: m[0],
        key,
        level: "agency",
        form: "agency",
        country: code,
        parentKey: `state:${code}`,
        parentName: m[1] ?? stateName(code),
        parentLink: "part-of",
        tied: false,
        cue: null,
      }),
    );
  }
  return out;
}

function unitMention(span: Span, surface: string, parent: SponsorMention | null, parentKey?: string): SponsorMention {
  const entry = parentKey ? sponsorEntry(parentKey) : undefined;
  return Object.freeze({
    ...span,
    surface,
    key: `unit:${normaliseName(surface)}`,
    level: "unit",
    form: "unit",
    country: parent?.country ?? entry?.country ?? null,
    parentKey: parent?.key ?? parentKey ?? null,
    parentName: parent?.surface ?? entry?.abbreviations[0] ?? entry?.names[0] ?? null,
    parentLink: "part-of",
    tied: false,
    cue: null,
  });
}

/** Bureaus and units the gazetteer does not list: numbered units, provincial security bureaus, "X office of Y". */
function patternUnits(text: string, sentence: Span, agencies: readonly SponsorMention[]): SponsorMention[] {
  const body = text.slice(sentence.start, sentence.end);
  const out: SponsorMention[] = [];
  const taken = () => [...agencies.filter((a) => a.level !== "agency"), ...out];
  for (const [pattern, parentKey] of [
    [UNIT_NUMBER, undefined],
    [SECURITY_BUREAU, "cn-mss"],
  ] as const) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(body); m; m = pattern.exec(body)) {
      const span = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
      if (overlaps(span, taken())) continue;
      const parent = parentKey ? null : (agencies.find((a) => a.level === "agency") ?? null);
      out.push(unitMention(span, m[0], parent, parentKey));
    }
  }
  for (const agency of agencies.filter((a) => a.level === "agency")) {
    const before = BUREAU_BEFORE.exec(text.slice(sentence.start, agency.start));
    const after = BUREAU_AFTER.exec(text.slice(agency.end, sentence.end));
    const start = before?.[1] ? agency.start - before[1].length : agency.start;
    const end = after ? agency.end + after[0].length : agency.end;
    if (start === agency.start && end === agency.end) continue;
    out.push(unitMention({ start, end }, text.slice(start, end), agency));
  }
  return out;
}

/** Agency, unit and front-company mentions of one sentence, not yet judged tied or not. */
export function findAgencyMentions(text: string, sentence: Span): SponsorMention[] {
  const named = gazetteerMentions(text, sentence);
  const described = describedMentions(text, sentence, named);
  const agencies = [...named, ...described];
  return [...agencies, ...patternUnits(text, sentence, agencies)].sort((a, b) => a.start - b.start);
}
