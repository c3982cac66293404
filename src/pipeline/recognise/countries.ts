// Country mentions: every way a text names a country — its name ("the United States"), a short form
// ("U.S.", "UK", "Britain"), an adjective or demonym ("an Italian ISP", "Americans") or a capital standing
// for its government ("Beijing") — with its ISO 3166-1 alpha-2 code and span. Case-sensitive, so the
// pronoun "us" is never the United States; names that are also people or US states ("Georgia", "Jordan")
// count only with a country cue; "New Mexico", "Latin America" and "Indiana" are not countries.
import countries from "i18n-iso-countries";
import type { SegmentedReport, Span } from "../../core/index.ts";
import { normaliseText } from "../normalise/index.ts";
import {
  AMBIGUOUS_COUNTRY_NAMES,
  COUNTRY_ADJECTIVES,
  COUNTRY_CAPITALS,
  COUNTRY_DEMONYMS,
  COUNTRY_SHORT_FORMS,
  NOT_A_COUNTRY_BEFORE,
  US_STATES,
} from "./gazetteer-victims/country-forms.ts";
import { createPhraseTable } from "./cues/phrase-table.ts";

export type CountryForm = "name" | "short" | "adjective" | "demonym" | "capital";

export interface CountryMention extends Span {
  /** ISO 3166-1 alpha-2. */
  readonly code: string;
  /** The country's common English name. */
  readonly name: string;
  readonly surface: string;
  readonly form: CountryForm;
  /** Followed by "'s" or "'" ("China's MSS", "Philippines' central bank"). */
  readonly possessive: boolean;
  /** The word joined by a hyphen after it ("China-based" → "based", "Iran-backed" → "backed"), or null. */
  readonly compound: string | null;
}

interface Entry {
  readonly code: string;
  readonly form: CountryForm;
}

const COMMON_NAMES: Readonly<Record<string, string>> = {
  US: "United States",
  GB: "United Kingdom",
  RU: "Russia",
  CN: "China",
  IR: "Iran",
  KR: "South Korea",
  KP: "North Korea",
  SY: "Syria",
  TW: "Taiwan",
  VN: "Vietnam",
  LA: "Laos",
  MD: "Moldova",
  TR: "Turkey",
  CZ: "Czechia",
};

/** The common English name of a country code ("US" → "United States"). */
export function countryName(code: string): string {
  return COMMON_NAMES[code] ?? countries.getName(code, "en") ?? code;
}

function buildLexicon(): Map<string, Entry> {
  const lexicon = new Map<string, Entry>();
  const add = (surface: string, code: string, form: CountryForm) => {
    if (!lexicon.has(surface)) lexicon.set(surface, { code, form });
  };
  for (const [code, names] of Object.entries(countries.getNames("en", { select: "all" }))) {
    for (const n of names) if (!/[,()]/.test(n) && !(n in AMBIGUOUS_COUNTRY_NAMES)) add(n, code, "name");
  }
  for (const [code, list] of Object.entries(COUNTRY_SHORT_FORMS)) for (const n of list) add(n, code, "short");
  for (const [code, list] of Object.entries(COUNTRY_ADJECTIVES)) {
    for (const a of list) {
      add(a, code, "adjective");
      if (/(an|i)$/.test(a)) add(`${a}s`, code, "demonym");
    }
  }
  for (const [code, list] of Object.entries(COUNTRY_DEMONYMS)) for (const n of list) add(n, code, "demonym");
  for (const [code, list] of Object.entries(COUNTRY_CAPITALS)) for (const n of list) add(n, code, "capital");
  for (const [name, { code }] of Object.entries(AMBIGUOUS_COUNTRY_NAMES)) add(name, code, "name");
  // Proper names with a country word inside, longest first, so "Latin America" and "New Mexico" win.
  for (const place of US_STATES) if (!lexicon.has(place)) lexicon.set(place, { code: "", form: "name" });
  return lexicon;
}

const LEXICON = buildLexicon();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const PHRASES = createPhraseTable([...LEXICON.keys()], { notBefore: /[\p{L}\p{N}&.]/u, notAfter: /[\p{L}\p{N}&]/u });
const BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${NOT_A_COUNTRY_BEFORE.map(escape).join("|")}) $`, "u");

/** True when most letters of the surrounding sentence are capitals (a headline: "HELP US"). */
function shouting(text: string, at: number): boolean {
  const around = text.slice(Math.max(0, at - 40), at + 40).replace(/[^\p{L}]/gu, "");
  const upper = around.replace(/[^\p{Lu}]/gu, "").length;
  return around.length > 12 && upper / around.length > 0.6;
}

/** A raw match that is not a country: "New Mexico", "Latin America", "Bank of America", "HELP US". */
function rejected(text: string, start: number, surface: string): boolean {
  const before = text.slice(Math.max(0, start - 12), start);
  if (BEFORE.test(before)) return true;
  if (surface === "America" && /\bof $/.test(before)) return true;
  if (surface === "US" && shouting(text, start)) return true;
  return false;
}

function toMention(text: string, start: number, surface: string, entry: Entry): CountryMention {
  const end = start + surface.length;
  const after = text.slice(end, end + 24);
  const compound = /^-(\p{L}+)/u.exec(after)?.[1]?.toLowerCase() ?? null;
  const possessive = /^(?:'s\b|'(?!\p{L}))/u.test(after) || (surface.endsWith("s") && /^'/.test(after));
  return Object.freeze({
    start,
    end,
    code: entry.code,
    name: countryName(entry.code),
    surface,
    form: entry.form,
    possessive,
    compound,
  });
}

/** Is an ambiguous name ("Georgia", "Jordan") used for the country here? */
function resolvesAmbiguous(
  text: string,
  context: string,
  m: CountryMention,
  others: readonly CountryMention[],
): boolean {
  const rule = AMBIGUOUS_COUNTRY_NAMES[m.surface];
  if (!rule) return true;
  const listed = others.some((o) => {
    const gap = o.end <= m.start ? text.slice(o.end, m.start) : text.slice(m.end, o.start);
    return /^(?:,\s*(?:and |or )?|\s+(?:and|or)\s+)$/.test(gap);
  });
  if (listed) return true;
  if (rule.cues.length === 0) return false;
  if (rule.cues.some((c) => context.includes(c))) return true;
  const before = text.slice(Math.max(0, m.start - 30), m.start);
  const after = text.slice(m.end, m.end + 30);
  const nameNear = /\p{Lu}\p{Ll}+ $/u.test(before) || /^ \p{Lu}/u.test(after);
  const stateNear = US_STATES.some((s) => s !== m.surface && context.includes(s));
  return /\b(?:in|to|from|against|of|with) $/.test(before) && !nameNear && !stateNear;
}

/**
 * Every country mention in a text, in order. Offsets are into `text` as given; `context` (the whole report
 * when `text` is one sentence of it) is where cues for ambiguous names ("Georgian", "Tbilisi") are looked for.
 * @example findCountryMentions("attacks on U.S. and British firms") // → US "U.S.", GB "British"
 */
export function findCountryMentions(text: string, context: string = text): CountryMention[] {
  const raw: CountryMention[] = [];
  for (const hit of PHRASES.findAll(text)) {
    const surface = hit.phrase;
    const entry = LEXICON.get(surface);
    if (!entry?.code || rejected(text, hit.start, surface)) continue;
    raw.push(toMention(text, hit.start, surface, entry));
  }
  // Ambiguous names resolve against the sure ones, then against each other ("in Chad and Niger").
  const sure = new Set(raw.filter((m) => !(m.surface in AMBIGUOUS_COUNTRY_NAMES)));
  for (let grew = true; grew;) {
    grew = false;
    for (const m of raw) {
      if (!sure.has(m) && resolvesAmbiguous(text, context, m, [...sure])) {
        sure.add(m);
        grew = true;
      }
    }
  }
  return raw.filter((m) => sure.has(m));
}

const normaliseName = (s: string) =>
  s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/['\u2019]s\b/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/^the /, "");

const BY_NAME: ReadonlyMap<string, string> = (() => {
  const table = new Map<string, string>();
  for (const [surface, entry] of LEXICON) {
    if (entry.code && entry.form !== "capital") table.set(normaliseName(surface), entry.code);
  }
  table.set("korean", "KR");
  return table;
})();

/**
 * The ISO code of a country named in any form — "U.S.", "Britain", "Italian", "South Koreans" — after the
 * evaluation's normalisation (lower case, punctuation to spaces); null when it names no country.
 * @example countryCodeOfName("u s") // → "US"
 */
export function countryCodeOfName(name: string): string | null {
  return BY_NAME.get(normaliseName(name)) ?? null;
}

/** Every country mention in a report's body, with spans into the report text exactly as ingested. */
export function recogniseCountryMentions(report: SegmentedReport): CountryMention[] {
  const norm = normaliseText(report.text);
  return findCountryMentions(norm.text)
    .map((m) => {
      const span = norm.toOriginalSpan(m.start, m.end);
      return Object.freeze({ ...m, ...span, surface: report.text.slice(span.start, span.end) });
    })
    .filter((m) => m.start >= report.body.start);
}
