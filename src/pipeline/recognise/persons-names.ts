// Where names can be in a sentence: runs of capitalised words ("Deputy Attorney General Rod Rosenstein",
// "Natasha de Teran"), with any title in front split off, and the tests that tell a name from an organisation,
// a place or a product by its shape alone.
import countries from "i18n-iso-countries";
import {
  EAST_ASIAN_SURNAMES,
  GIVEN_NAMES,
  HONORIFICS,
  NATIONALITY_WORDS,
  NON_PERSON_WORDS,
  PATRONYMIC,
  PLACE_NAMES,
  SECURITY_VENDORS,
  SPONSOR_ENTRIES,
  TITLE_WORDS,
  isSyllabicGivenName,
} from "./gazetteer/index.ts";

/** A run of capitalised words that may name a person, with the title in front of it split off. */
export interface NameRun {
  /** Offsets of the name itself, title excluded. */
  readonly start: number;
  readonly end: number;
  /** Where the run began, title included. */
  readonly runStart: number;
  readonly tokens: readonly string[];
  /** The capitalised title words stripped from the front ("Deputy Attorney General"), or null. */
  readonly title: string | null;
}

interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly possessive: boolean;
}

const WORD = /[@#]?[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’.\-&]*/gu;
const PARTICLES = new Set([
  "de",
  "da",
  "del",
  "della",
  "di",
  "du",
  "van",
  "von",
  "der",
  "den",
  "bin",
  "ibn",
  "al",
  "el",
  "dos",
  "das",
  "ter",
  "le",
  "la",
]);
const ABBREVIATED = new Set([
  "Mr",
  "Mrs",
  "Ms",
  "Dr",
  "Prof",
  "Sen",
  "Rep",
  "Gov",
  "Gen",
  "Col",
  "Lt",
  "Maj",
  "Capt",
  "Adm",
  "Sgt",
  "St",
  "Jr",
  "Sr",
]);
/** Capitalised words that open sentences and clauses but never names. */
const FUNCTION_WORDS = new Set(
  `The A An But And Also When While If In On At For By With From As After Before Since This That These Those It He She
They We I His Her Their Its Our Then Yet So Meanwhile However Still Later Now Here There Why How What Who Where Among
Between Under Over Despite Although Though Until Unlike Like Both Each Every Some Many Most All Several Other Another
Such No Not Only Even Today Yesterday Last Next Earlier Two Three Four Five Speaking According Asked Neither Nor Instead
Following Without Within Whether Because Once Per Via Dear Hi Thanks Please Read See More`.split(/\s+/),
);
const COUNTRY_NAMES: ReadonlySet<string> = new Set(
  Object.values(countries.getNames("en", { select: "all" })).flatMap((names) => names),
);

function wordsOf(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = 0;
  const slice = text.slice(from, to);
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    let word = m[0];
    while (word.endsWith(".") && !(ABBREVIATED.has(word.slice(0, -1)) || /^(?:\p{Lu}\.)+$/u.test(word))) {
      word = word.slice(0, -1);
    }
    word = word.replace(/[-'’&]+$/u, "");
    const possessive = /['’]s$/u.test(word);
    const bare = possessive ? word.slice(0, -2) : word;
    out.push({ text: bare, start: from + m.index, end: from + m.index + bare.length, possessive });
  }
  return out;
}

const isCapitalised = (w: string) => /^\p{Lu}/u.test(w);

/** Splits the words of a sentence into runs of capitalised words joined by single spaces or name particles. */
function runsOf(text: string, words: readonly Word[]): Word[][] {
  const runs: Word[][] = [];
  let run: Word[] = [];
  const close = () => {
    while (run.length && PARTICLES.has(run[run.length - 1]?.text ?? "")) run.pop();
    if (run.length) runs.push(run);
    run = [];
  };
  for (const w of words) {
    const prev = run[run.length - 1];
    const joined = prev !== undefined && /^[ \t]+$/.test(text.slice(prev.end, w.start)) && !prev.possessive;
    if (!joined) close();
    if (w.text.startsWith("@") || w.text.startsWith("#")) continue;
    if (isCapitalised(w.text) || (run.length > 0 && PARTICLES.has(w.text))) run.push(w);
    else close();
  }
  close();
  return runs;
}

const isAcronym = (w: string) => /^[\p{Lu}\d.&-]{2,}$/u.test(w);
const HYPHEN_DESCRIPTOR =
  /-(?:backed|linked|based|sponsored|affiliated|nexus|born|led|run|owned|made|aligned|related|style)$/i;

/** Agencies and front companies the gazetteer knows ("Chosun Expo", "Hainan Xiandun"): never persons. */
const SPONSOR_NAMES: ReadonlySet<string> = new Set(
  SPONSOR_ENTRIES.flatMap((e) => [...e.names, ...e.abbreviations]).flatMap((n) => {
    const words = n.split(" ");
    return words.map((_, i) => words.slice(0, i + 1).join(" "));
  }),
);

/** "Lisa O. Monaco": a given name, a middle initial and a surname — a person, whatever the surname also names. */
const initialled = (tokens: readonly string[]) =>
  tokens.length === 3 && GIVEN_NAMES.has(tokens[0] ?? "") && /^\p{Lu}\.$/u.test(tokens[1] ?? "");

/** Is this (title-free) list of words one that can never be a person's name? */
function isNonPerson(tokens: readonly string[]): boolean {
  const joined = tokens.join(" ");
  if (initialled(tokens) && !tokens.some((t) => NON_PERSON_WORDS.has(t))) return false;
  if (PLACE_NAMES.has(joined) || COUNTRY_NAMES.has(joined)) return true;
  if (SPONSOR_NAMES.has(joined)) return true;
  return tokens.some(
    (t) =>
      NON_PERSON_WORDS.has(t) ||
      SECURITY_VENDORS.has(t) ||
      NATIONALITY_WORDS.has(t) ||
      (isAcronym(t) && !/^\p{Lu}\.$/u.test(t)) ||
      /\d/.test(t) ||
      HYPHEN_DESCRIPTOR.test(t) ||
      (/\p{Ll}\p{Lu}/u.test(t) && !/^(?:Mc|Mac|O'|De|Di|La|Le|Van)/u.test(t)) ||
      (tokens.length > 1 && (PLACE_NAMES.has(t) || COUNTRY_NAMES.has(t))),
  );
}

/** Splits the title off the front of a run: leading titles, and an organisation's title ("Microsoft President"). */
function splitTitle(run: readonly Word[]): { title: string[]; name: Word[] } {
  let i = 0;
  const title: string[] = [];
  while (i < run.length) {
    const t = run[i]?.text ?? "";
    if (FUNCTION_WORDS.has(t) || NATIONALITY_WORDS.has(t) || (isAcronym(t) && i < run.length - 1)) i++;
    else if (TITLE_WORDS.has(t)) {
      title.push(t);
      i++;
    } else break;
  }
  const rest = run.slice(i);
  // "Microsoft President Brad Smith": an organisation, then a title, then the name.
  const last = rest.map((w) => w.text).findLastIndex((t) => HONORIFICS.has(t) || TITLE_WORDS.has(t));
  if (last > 0 && last < rest.length - 1 && isNonPerson(rest.slice(0, last).map((w) => w.text))) {
    return { title: [...title, ...rest.slice(0, last + 1).map((w) => w.text)], name: rest.slice(last + 1) };
  }
  // "Chief Cabinet Secretary Jane Roe", "Economy Minister Jane Roe": a word or two naming the portfolio, then
  // the title's head noun, then a two-word name.
  if (last > 0 && last <= 2 && rest.length - last - 1 >= 2 && !GIVEN_NAMES.has(rest[0]?.text ?? "")) {
    return { title: [...title, ...rest.slice(0, last + 1).map((w) => w.text)], name: rest.slice(last + 1) };
  }
  // "… for Terrorism and Financial Intelligence Bradley T. Smith": the tail of a long title, then a given name.
  const given = rest.findIndex((w, k) => k > 0 && GIVEN_NAMES.has(w.text) && rest.length - k >= 2);
  if (given > 0 && isNonPerson(rest.map((w) => w.text)) && !isNonPerson(rest.slice(given).map((w) => w.text))) {
    return { title: [...title, ...rest.slice(0, given).map((w) => w.text)], name: rest.slice(given) };
  }
  return { title, name: rest };
}

/** Name runs of a sentence [from, to): titles split off, organisations, places and products left out. */
export function findNameRuns(text: string, from: number, to: number): NameRun[] {
  const out: NameRun[] = [];
  for (const run of runsOf(text, wordsOf(text, from, to))) {
    const { title, name } = splitTitle(run);
    const first = name[0];
    const last = name[name.length - 1];
    if (!first || !last || name.length > 5) continue;
    const tokens = name.map((w) => w.text);
    if (isNonPerson(tokens)) continue;
    out.push({
      start: first.start,
      end: last.end,
      runStart: run[0]?.start ?? first.start,
      tokens,
      title: title.length ? title.join(" ") : null,
    });
  }
  return out;
}

/** Name tokens without particles ("Natasha de Teran" → Natasha, Teran). */
export const coreTokens = (tokens: readonly string[]) => tokens.filter((t) => !PARTICLES.has(t));

/** Chinese or Korean shape: family name, then a given name of one or two syllables in one or two words. */
export function hasEastAsianShape(tokens: readonly string[]): boolean {
  const [family, ...given] = coreTokens(tokens);
  if (!family || !EAST_ASIAN_SURNAMES.has(family) || given.length < 1 || given.length > 2) return false;
  return given.every((g) => isSyllabicGivenName(g));
}

/** Evidence from the name alone: a common given name first, an East Asian shape, or a patronymic. */
export function looksLikeName(tokens: readonly string[]): boolean {
  const core = coreTokens(tokens);
  if (core.length < 2) return false;
  if (GIVEN_NAMES.has(core[0] ?? "")) return true;
  if (hasEastAsianShape(tokens)) return true;
  return core.length === 3 && PATRONYMIC.test(core[1] ?? "");
}
