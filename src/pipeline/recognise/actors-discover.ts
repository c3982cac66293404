// Actors the catalogue does not know yet, discovered the way an analyst spots them: a name in a vendor's
// naming scheme ("Fluffy Panda", "UNC9999") in a passage about cyber operations, or a name a cyber text
// introduces as a group ("a hacker collective calling itself Holy League of Cyber Partisans").
import type { ActorDiscovery, Span } from "../../core/index.ts";
import { isPlaceWord, type TextContext } from "../../catalogue/index.ts";
import { NAMING_SCHEMES, NOT_A_NAME_WORD, ORDINARY_COMPOUNDS, type NamingScheme } from "./actors-schemes.ts";

export interface Discovered extends Span {
  readonly surface: string;
  readonly discovery: ActorDiscovery;
  readonly via: "scheme" | "rule";
  readonly confidence: number;
}

const CODE_TOKEN =
  /(?<![\p{L}\p{N}.-])(?:[A-Z]{2,4}(?:-[A-Z]{1,3})?[ -]?\d{1,5}|TEMP\.\p{Lu}\p{Ll}+|Storm-\d{3,4}|(?:Blue|Red|Green|Purple|Gr[ae]y)\p{Lu}\p{Ll}+)(?![\p{L}\p{N}]|-\d)/gu;
const WORD_PAIR = /(?<![\p{L}\p{N}'’-])(\p{Lu}[\p{L}]+)(?= (\p{Lu}[\p{L}]+)(?![\p{L}\p{N}-]))/gu;
const VENDORS = new RegExp(`\\b(?:${[...new Set(NAMING_SCHEMES.map((s) => s.vendor))].join("|")}|Unit 42)\\b`);

const discoveryOf = (s: NamingScheme): ActorDiscovery => ({ vendor: s.vendor, country: s.country, motive: s.motive });
const titleOrCaps = (a: string, b: string) =>
  (a === a.toUpperCase() && b === b.toUpperCase()) || (/^\p{Lu}\p{Ll}+$/u.test(a) && /^\p{Lu}\p{Ll}+$/u.test(b));

function vendorNearby(text: string, ctx: TextContext, span: Span): boolean {
  const u = ctx.unitOf(span.start);
  const from = ctx.units[Math.max(0, u - 1)]!.start;
  const to = ctx.units[Math.min(ctx.units.length - 1, u + 1)]!.end;
  return VENDORS.test(text.slice(from, to));
}

function codeSchemes(text: string, ctx: TextContext): Discovered[] {
  const out: Discovered[] = [];
  for (const m of text.matchAll(CODE_TOKEN)) {
    const scheme = NAMING_SCHEMES.find((s) => s.code?.test(m[0]));
    const span = { start: m.index, end: m.index + m[0].length };
    if (!scheme || !ctx.cyber(span)) continue;
    out.push({ ...span, surface: m[0], discovery: discoveryOf(scheme), via: "scheme", confidence: 0.7 });
  }
  return out;
}

/** "<Word> Panda", "Bronze <Word>": both words capitalised alike, not an ordinary compound, with a reason to believe it. */
function wordSchemes(text: string, ctx: TextContext): Discovered[] {
  const out: Discovered[] = [];
  for (const m of text.matchAll(WORD_PAIR)) {
    const [, first = "", second = ""] = m;
    const span = { start: m.index, end: m.index + first.length + 1 + second.length };
    const scheme = schemeOfPair(first, second);
    const phrase = `${first} ${second}`;
    if (!scheme || !titleOrCaps(first, second) || ORDINARY_COMPOUNDS.has(phrase.toLowerCase())) continue;
    if (!ctx.cyber(span)) continue;
    // "Typhoon Haiyan": a storm's name follows the word; "Super Typhoon" is weather too.
    if (scheme.word === "Typhoon" && /^ \p{Lu}/u.test(text.slice(span.end, span.end + 2))) continue;
    const allCaps = phrase === phrase.toUpperCase();
    const sure = ctx.cued(span) || vendorNearby(text, ctx, span) || allCaps;
    if (!sure) continue;
    out.push({ ...span, surface: phrase, discovery: discoveryOf(scheme), via: "scheme", confidence: 0.65 });
  }
  return out;
}

const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();

/** The first scheme (in NAMING_SCHEMES' order) with each word, as suffix and as prefix: most word pairs in a
 * report are people and organisations, looked up here instead of against every scheme. */
function firstByWord(position: "suffix" | "prefix"): Map<string, { scheme: NamingScheme; rank: number }> {
  const byWord = new Map<string, { scheme: NamingScheme; rank: number }>();
  NAMING_SCHEMES.forEach((scheme, rank) => {
    if (scheme.position === position && scheme.word && !byWord.has(scheme.word))
      byWord.set(scheme.word, { scheme, rank });
  });
  return byWord;
}
const BY_SUFFIX = firstByWord("suffix");
const BY_PREFIX = firstByWord("prefix");

/** The naming scheme a capitalised word pair follows ("Fluffy Panda", "Bronze Union"), or undefined. */
function schemeOfPair(first: string, second: string): NamingScheme | undefined {
  const asSuffix = BY_SUFFIX.get(cap(second));
  const bySuffix = asSuffix && distinctive(first) ? asSuffix : undefined;
  const asPrefix = BY_PREFIX.get(cap(first));
  const byPrefix = asPrefix && distinctive(second) ? asPrefix : undefined;
  if (bySuffix && byPrefix) return bySuffix.rank < byPrefix.rank ? bySuffix.scheme : byPrefix.scheme;
  return (bySuffix ?? byPrefix)?.scheme;
}
const distinctive = (w: string) => w.length >= 3 && !NOT_A_NAME_WORD.has(w.toLowerCase()) && !isPlaceWord(w);

const CALLED =
  /\b(?:group|gang|collective|crew|team|outfit|cell|cluster|hackers|threat actor)\s+(?:called|known as|named|dubbed|calling (?:itself|themselves)|which calls itself|tracked as)\s+(?:the\s+)?["“‘']?(\p{Lu}[\p{L}\p{N}&'’-]*(?:\s+(?:(?:of|the|de|for|al|el|and)\s+)?[\p{Lu}\p{N}][\p{L}\p{N}&'’-]*)*)/gu;

/** "a hacker collective calling itself Holy League of Cyber Partisans": the capitalised name after a group noun and a naming verb. */
function calledNames(text: string, ctx: TextContext): Discovered[] {
  const out: Discovered[] = [];
  for (const m of text.matchAll(CALLED)) {
    const name = (m[1] ?? "").replace(/['’]s$/, "");
    const start = m.index + m[0].length - (m[1] ?? "").length;
    const span = { start, end: start + name.length };
    const words = name.split(/\s+/);
    if (words.every((w) => isPlaceWord(w) || NOT_A_NAME_WORD.has(w.toLowerCase())) || !ctx.cyber(span)) continue;
    // A place in the name ("… of Russia Reborn") says nothing of who is behind it: no country.
    out.push({
      ...span,
      surface: name,
      discovery: { vendor: null, country: null, motive: null },
      via: "rule",
      confidence: 0.6,
    });
  }
  return out;
}

/** Every discovered actor name in the text (they may overlap catalogue names: the caller decides). */
export function discoverActors(text: string, ctx: TextContext): Discovered[] {
  return [...codeSchemes(text, ctx), ...wordSchemes(text, ctx), ...calledNames(text, ctx)].sort(
    (a, b) => a.start - b.start,
  );
}
