// Organisation names as news writes them: runs of capitalised words joined by "of", "for", "'s"
// ("Department of Agriculture's Forest Service", "AT&T", "Charter Communications"), an institution
// noun after them ("Port of Houston authority"), a possessed institution ("NOAA's space weather lab",
// "Kenya's electoral commission"), a country with an institution ("the Moldovan government", "the Norwegian
// national parliament (Storting)") and an acronym in brackets after them.
import type { CountryMention } from "./countries.ts";
import {
  CALENDAR_WORDS,
  GENERIC_CAPITALISED,
  INSTITUTION_NOUNS,
  NOT_NAMES,
  SECTOR_ACRONYMS,
} from "./gazetteer-victims/organisations.ts";
import { REGIONS, US_STATES } from "./gazetteer-victims/country-forms.ts";

/** A candidate organisation name in a sentence (offsets relative to the sentence's normalised text). */
export interface NameRun {
  readonly start: number;
  readonly end: number;
  readonly name: string;
  /** The possessor, when the name is possessed ("NASA" in "NASA's jet propulsion lab"). */
  readonly owner: string | null;
  /** Acronym in brackets right after ("BfV", "Bundestag"), or null. */
  readonly acronym: string | null;
}

// "U.S. government officials" are a sector; "the U.S. government" is an organisation.
const PEOPLE_AND_KINDS =
  "officials|employees|staff|agencies|entities|organi[sz]ations|departments|bodies|contractors|networks|systems|websites|computers|workers|personnel|sites";
const WORD = "(?:[A-Z][\\p{L}\\p{N}&-]*(?:\\.[A-Z])*\\.?|\\d+[A-Za-z]+)";
const JOIN = `(?:\\s+&\\s+|\\s+(?:of the|of|for the|for|on(?!\\s+(?:${[...CALENDAR_WORDS].join("|")})\\b)|de|del|da|du|von|van|der)\\s+|'s\\s+|\\s+)`;
const RUN = new RegExp(`(?<![\\p{L}\\p{N}])${WORD}(?:${JOIN}${WORD})*`, "gu");
const POSSESSED = new RegExp(`^'s\\s+((?:[a-z][\\w-]*\\s+|[A-Z][\\w-]*\\s+){0,3}?(?:${INSTITUTION_NOUNS}))\\b`);
const INSTITUTION_AFTER = new RegExp(`^\\s+(?:${INSTITUTION_NOUNS})\\b`);
const COUNTRY_INSTITUTION = new RegExp(
  `^\\s+((?:(?!(?:and|or|of|the|for|to|in|on|at|by|with)\\b)[a-z][a-z-]*\\s+){0,2}(?:${INSTITUTION_NOUNS}))\\b(?!\\s*['-])(?!\\s+(?:${PEOPLE_AND_KINDS})\\b)`,
  "i",
);
/** "Joe Biden's campaign", "a senator's re-election campaign": a political campaign is named by whose it is. */
const CAMPAIGN_POSSESSED =
  /^'s\s+(?:(?:presidential|re-?election|election|electoral|political|senate|congressional|mayoral)\s+)?campaign\b/;
/** "the presidential campaign of Jane Doe", "the government of Ruritania": an institution named by whose it is. */
const INSTITUTION_OF =
  /\b(?:(?:presidential|re-?election|election|electoral|political)\s+campaign|government|parliament|presidency|armed forces)\s+of\s+(?:the\s+)?$/;
const ACRONYM_AFTER = /^\s*\(([A-Z][\p{L}\p{N}&.-]{1,15})\)/u;
const PLACES: ReadonlySet<string> = new Set([...REGIONS, ...US_STATES]);

const trimTrailingDot = (s: string) => (/\b[A-Z]\.[A-Z]\.$/.test(s) ? s : s.replace(/\.$/, ""));

/** Is every word of a name a place, a month, a kind of institution or a sector acronym? */
function isGenericName(words: readonly string[]): boolean {
  return words.every(
    (w) =>
      GENERIC_CAPITALISED.has(w) ||
      SECTOR_ACRONYMS.has(w) ||
      CALENDAR_WORDS.has(w) ||
      PLACES.has(w) ||
      NOT_NAMES.has(w),
  );
}

function countryAt(countries: readonly CountryMention[], start: number): CountryMention | undefined {
  return countries.find((c) => c.start === start);
}

/** Splits the possessor off a run: a country possessor is dropped before a proper name ("US's Office of …"). */
function splitOwner(text: string, start: number, end: number, countries: readonly CountryMention[]) {
  const run = text.slice(start, end);
  const at = run.indexOf("'s ");
  if (at < 0) return { start, owner: null as string | null };
  const owner = run.slice(0, at);
  const country = countryAt(countries, start);
  if (country && country.end - start === owner.length) return { start: start + at + 3, owner: null };
  return { start, owner };
}

/** Reads the name starting at a run of capitalised words, or null when it names no organisation. */
function readRun(text: string, m: RegExpMatchArray, countries: readonly CountryMention[]): NameRun | null {
  let start = m.index ?? 0;
  let end = start + trimTrailingDot(m[0]).length;
  const leading = (w: string) => NOT_NAMES.has(w) || CALENDAR_WORDS.has(w);
  while (leading(text.slice(start, end).split(/\s+/)[0] ?? "")) {
    const next = text.indexOf(" ", start);
    if (next < 0 || next >= end) return null;
    start = next + 1;
  }
  const split = splitOwner(text, start, end, countries);
  start = split.start;
  let owner = split.owner;
  const country = countryAt(countries, start);
  // "Russia for the NotPetya attack": a country does not begin a longer name joined by "of" or "for".
  if (country && /^\s+(?:of|for)\s/.test(text.slice(country.end, end))) end = country.end;
  const rest = text.slice(country ? country.end : start, end).trim();
  const words = rest.split(/\s+/).filter(Boolean);
  const possessed = POSSESSED.exec(text.slice(end));
  const countryInstitution = country && !rest ? COUNTRY_INSTITUTION.exec(text.slice(end)) : null;
  const campaign = country ? null : CAMPAIGN_POSSESSED.exec(text.slice(end));
  const of = INSTITUTION_OF.exec(text.slice(Math.max(0, start - 60), start));
  if (of && (country ? !rest : words.length > 0)) {
    // "the government of Ukraine": the institution is the victim, named by its country or person.
    return {
      start: start - of[0].length,
      end,
      name: text.slice(start - of[0].length, end),
      owner: null,
      acronym: null,
    };
  }
  if (campaign) {
    owner = text.slice(start, end);
    end += campaign[0].length;
  } else if (possessed?.[1]) {
    owner = text.slice(start, end);
    end += possessed[0].length;
  } else if (countryInstitution) {
    // "an Irish water utility" is a kind of victim; "the Ukrainian government" is one organisation.
    if (/\b(?:a|an)\s+$/i.test(text.slice(Math.max(0, start - 4), start))) return null;
    end += countryInstitution[0].length;
  } else {
    if (!rest) return null;
    const place = PLACES.has(rest) || words.some((w) => SECTOR_ACRONYMS.has(w) || PLACES.has(w));
    // "Navy" alone is a kind of institution; "U.S. Navy" is one.
    if (place || (isGenericName(words) && !country)) return null;
    const institution = INSTITUTION_AFTER.exec(text.slice(end));
    if (institution) end += institution[0].length;
  }
  let name = text.slice(start, end);
  const acronym = ACRONYM_AFTER.exec(text.slice(end));
  if (acronym?.[1] && !SECTOR_ACRONYMS.has(acronym[1])) {
    end += acronym[0].length;
    name = text.slice(start, end);
  }
  return { start, end, name, owner, acronym: acronym?.[1] ?? null };
}

/** "blamed the SVR for the SolarWinds compromise": a bare acronym does not begin a name joined by "for". */
const ACRONYM_FOR = /^([A-Z]{2,6})(\s+for(?:\s+the)?\s+)/;

function splitAtAcronym(m: RegExpMatchArray): RegExpMatchArray[] {
  const split = ACRONYM_FOR.exec(m[0]);
  const at = m.index ?? 0;
  if (!split?.[1] || !split[2]) return [m];
  const part = (value: string, index: number) => Object.assign([value], { index }) as RegExpMatchArray;
  const restAt = split[1].length + split[2].length;
  return [part(split[1], at), part(m[0].slice(restAt), at + restAt)];
}

/** Candidate organisation names in text[from, to). */
export function findNameRuns(text: string, from: number, to: number, countries: readonly CountryMention[]): NameRun[] {
  const out: NameRun[] = [];
  RUN.lastIndex = 0;
  for (const whole of text.matchAll(RUN)) {
    for (const m of splitAtAcronym(whole)) {
      const at = m.index ?? 0;
      if (at < from || at >= to) continue;
      const run = readRun(text, m, countries);
      if (run && run.start < to) out.push(run);
    }
  }
  return out;
}
