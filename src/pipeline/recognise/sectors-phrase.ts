// Reading one sector phrase around a head noun: "at least 11 power and natural gas distribution operators",
// "members of the press", "non-governmental organizations (NGOs)". Works on a sentence's normalised text;
// the head is found by the caller, the modifiers to its left and the complement to its right here.
import type { CountryMention } from "./countries.ts";
import {
  GENERIC_MODIFIERS,
  JOINABLE_MODIFIERS,
  MEMBERS_OF,
  REGIONAL_MODIFIERS,
  SECTOR_HEADS,
  type SectorHead,
} from "./gazetteer-victims/sectors.ts";

/** A word of a sector phrase; `place` when it is a country or regional word ("US", "German", "EU"). */
export interface PhraseToken {
  readonly text: string;
  readonly start: number;
  readonly place: boolean;
}

/** One sector phrase as written: its tokens, head, complement, and where it starts and ends. */
export interface SectorPhrase {
  readonly head: SectorHead;
  /** Modifier tokens left of the head, in order, as written. */
  readonly modifiers: readonly PhraseToken[];
  readonly headStart: number;
  readonly start: number;
  readonly end: number;
  /** The "of …" complement of "members of …", "ministries of …", without "of". */
  readonly complement: string | null;
  /** The lemma after reading the complement ("members of the press" → "press"). */
  readonly lemma: string;
}

const FUNCTION_WORDS = new Set(
  (
    "the a an of in on at for to from by with and or but their its his her our your this that these those which " +
    "who whom any all each every no not into onto than then there here such as including include includes included own " +
    "mostly mainly primarily largely chiefly predominantly principally especially particularly notably " +
    "was were is are be been being has have had also both either neither via over under across within against " +
    "about toward towards after before during like among between inside upon per since until near behind beyond " +
    "through throughout amid despite around one two three four five six seven eight nine ten eleven twelve " +
    "twenty thirty forty fifty hundred hundreds thousand thousands dozen dozens million millions"
  ).split(" "),
);
/** Words in -ing that do modify a sector ("banking", "shipping"); other -ing words are verbs. */
const ING_MODIFIERS = new Set(
  "banking shipping mining manufacturing engineering consulting gaming publishing accounting trading marketing clearing messaging computing networking broadcasting".split(
    " ",
  ),
);
// "telecom equipment", "banking software": the head names what is made or used, not who was hit.
const ASSET_AFTER = /^\s+(?:devices?|equipment|software|products?|messages?|platforms?|technology|services?|tools?)\b/i;
const PLURAL_LAST = /s\b[^\w]*$/;
const PRESS = /^(?:the\s+)?(?:press|media|news media)$/i;
/** Heads that name a whole kind even in the singular ("the energy sector", "India's power industry"). */
const WIDE_HEADS: ReadonlySet<string> = new Set(["sector", "industry", "infrastructure", "grid"]);
const APPOSITION = /\p{Lu}[\p{L}\p{N}&.-]*\s*,\s+the\s+$/u;

function isModifierToken(token: string, place: boolean): boolean {
  if (place) return true;
  if (/^[a-z][a-z-]*$/.test(token))
    // "anti-doping agencies": a hyphened compound ending in -ing is a noun, not a verb.
    return !FUNCTION_WORDS.has(token) && (!token.endsWith("ing") || ING_MODIFIERS.has(token) || token.includes("-"));
  if (/^[A-Z]{2,5}s?$/.test(token)) return true;
  if (REGIONAL_MODIFIERS.has(token)) return true;
  const lower = token.toLowerCase();
  return (
    /^[A-Z][a-z]+$/.test(token) && (JOINABLE_MODIFIERS.has(lower) || lower in SECTOR_HEADS || lower === "internet")
  );
}

/** Tokens of text[from, to) from the right, with whether each is a country word. */
function tokensLeftOf(text: string, from: number, to: number, places: readonly CountryMention[]): PhraseToken[] {
  const out: PhraseToken[] = [];
  const re = /(?:U\.S\.A?\.?|U\.K\.|[\p{L}\p{N}][\p{L}\p{N}&'-]*)|[^\s\p{L}\p{N}]/gu;
  for (const m of text.slice(from, to).matchAll(re)) {
    const start = from + m.index;
    const place = places.some((p) => p.start <= start && start < p.end);
    const prev = out[out.length - 1];
    if (place && prev?.place && places.some((p) => p.start <= prev.start && start < p.end)) {
      out[out.length - 1] = { text: text.slice(prev.start, start + m[0].length), start: prev.start, place: true };
    } else out.push({ text: m[0], start, place });
  }
  return out.reverse();
}

/** The modifiers left of a head, back to the first word that cannot modify it (a number, "the", a name). */
function readModifiers(text: string, zoneStart: number, headStart: number, places: readonly CountryMention[]) {
  const tokens = tokensLeftOf(text, zoneStart, headStart, places);
  const taken: PhraseToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) break;
    if (t.text === "and" || t.text === "&") {
      const before = tokens[i + 1];
      const after = taken[taken.length - 1];
      const joins = (w: string | undefined) => w !== undefined && JOINABLE_MODIFIERS.has(w.toLowerCase());
      const joinedOnce = taken.some((x) => x.text === "and" || x.text === "&");
      if (before && joins(before.text) && after && !(after.text.toLowerCase() in SECTOR_HEADS) && !joinedOnce) {
        taken.push(t);
        continue;
      }
      break;
    }
    // A possessor ("Bangladesh's central bank") is not a modifier: the phrase names its organisation.
    if (/'s?$/.test(t.text) || !isModifierToken(t.text, t.place)) break;
    // A plural head right before ours ("companies providers") ends another phrase; it does not modify ours.
    const other = SECTOR_HEADS[t.text.toLowerCase()];
    if (other && !other.standalone && taken.length === 0 && /s$/.test(t.text)) break;
    taken.push(t);
  }
  return taken.reverse();
}

/** The "of …" complement after a head ("of foreign affairs", "of the press"), up to `limit`. */
function complementOf(text: string, at: number, limit: number): { text: string; end: number } | null {
  const m = /^\s+of\s+(?:the\s+)?/.exec(text.slice(at, limit));
  if (!m) return null;
  let end = at + m[0].length;
  const words = /[\p{L}\p{N}][\p{L}\p{N}-]*/uy;
  for (let n = 0; n < 4; n++) {
    words.lastIndex = end + (n > 0 && text[end] === " " ? 1 : 0);
    const w = words.exec(text);
    if (!w || w.index + w[0].length > limit || FUNCTION_WORDS.has(w[0].toLowerCase()) || /ed$/.test(w[0])) break;
    end = w.index + w[0].length;
  }
  const body = text.slice(at, end).replace(/^\s+of\s+/, "");
  return end > at + m[0].length ? { text: body, end } : null;
}

/** The head's lemma, or the kind its words name ("members of parliaments" → legislator). */
function lemmaWith(head: SectorHead, words: string): string {
  for (const [pattern, lemma] of MEMBERS_OF) if (pattern.test(words.trim())) return lemma;
  return head.lemma;
}

/** Is the head ending at `end` a modifier of what follows ("telecom equipment", "utility companies")? */
export function headIsModifier(text: string, end: number): boolean {
  if (ASSET_AFTER.test(text.slice(end))) return true;
  const next = /^\s+([a-z][a-z-]*)/.exec(text.slice(end))?.[1];
  return next !== undefined && next in SECTOR_HEADS && !FUNCTION_WORDS.has(next);
}

/** Reads the sector phrase whose head is text[headStart, headEnd), inside a zone starting at zoneStart. */
export function readSectorPhrase(
  text: string,
  span: { zoneStart: number; zoneEnd: number; headStart: number; headEnd: number },
  places: readonly CountryMention[],
): SectorPhrase | null {
  const head =
    SECTOR_HEADS[text.slice(span.headStart, span.headEnd)] ??
    SECTOR_HEADS[text.slice(span.headStart, span.headEnd).toLowerCase()];
  if (!head) return null;
  const tokens = readModifiers(text, span.zoneStart, span.headStart, places);
  const before = text.slice(Math.max(0, (tokens[0]?.start ?? span.headStart) - 40), tokens[0]?.start ?? span.headStart);
  const singular = !/s$/.test(text.slice(span.headStart, span.headEnd));
  // "Bangladesh's central bank", "the German federal parliament": one organisation, not a sector.
  // "India's power sector" is a sector all the same; "the state reactor operator" is one organisation.
  const wide = WIDE_HEADS.has(head.lemma);
  if (singular && !wide && (/'s?\s+$/.test(before) || (head.cls === "own" && /\bthe\s+$/i.test(before)))) return null;
  // "… Korea Hydro & Nuclear Power, the state reactor operator": an apposition describes the name before it.
  if (singular && APPOSITION.test(before)) return null;
  let end = span.headEnd;
  let complement: string | null = null;
  if (["member", "ministry"].includes(head.lemma) && /s$/.test(text.slice(span.headStart, span.headEnd))) {
    const c = complementOf(text, end, span.zoneEnd);
    // "members of the German parliament" name one organisation, not a sector; "members of parliament" a kind.
    const kind = c !== null && /^\s+of\s+[a-z]+$/.test(text.slice(span.headEnd, c.end));
    if (c && !PRESS.test(c.text) && !PLURAL_LAST.test(c.text) && !kind) return null;
    if (c) ({ text: complement, end } = c);
  }
  const lemma = lemmaWith(head, `${tokens.map((t) => t.text).join(" ")} ${complement ?? ""}`);
  const acronym = /^\s*\((?:[A-Z][A-Za-z]{1,7}s?)\)/.exec(text.slice(end));
  if (acronym) end += acronym[0].length;
  return {
    head,
    modifiers: tokens.map((t) => ({ ...t, place: t.place || REGIONAL_MODIFIERS.has(t.text) })),
    headStart: span.headStart,
    start: tokens[0]?.start ?? span.headStart,
    end,
    complement,
    lemma,
  };
}

/** A modifier that says nothing of the kind of victim: a generic word or a place. */
export function isDroppable(token: PhraseToken): boolean {
  return token.place || GENERIC_MODIFIERS.has(token.text.toLowerCase());
}

/** Modifier words that tell the kind of victim (not generic, not places, not "and"). */
export function meaningfulModifiers(phrase: SectorPhrase): string[] {
  return phrase.modifiers.filter((t) => !isDroppable(t) && t.text !== "and" && t.text !== "&").map((t) => t.text);
}
