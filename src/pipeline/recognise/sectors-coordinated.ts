// Sectors named by one shared head: "the aviation, defense, education and maritime industries", "in the nuclear
// power, metals and solar industries", "defense, aerospace, nuclear and engineering entities", "aviation and
// energy companies". An analyst lists each kind — aviation, defense, education, maritime — not only the one the
// head stands beside. An "and" inside one kind ("oil and gas", "water and wastewater", "federal and state
// government") joins words of one sector and stays; an "and" between different sectors separates two kinds.
import type { SectorHit } from "./sectors.ts";
import { toStixSector } from "./sectors.ts";
import { SECTOR_HEADS } from "./gazetteer-victims/sectors.ts";
import type { PhraseToken } from "./sectors-phrase.ts";

/** Heads that a list of any kinds shares; other heads share a list only when each kind is a sector. */
const SHARED_HEADS = new Set(["industry", "sector"]);
const CONNECTORS = new Set(["and", "or", ","]);
const NOT_A_KIND = new Set(
  (
    "the a an of in on for to with by at from their its his her our this that these those other such as including " +
    "many several various key major critical private public both same different all some most more new own " +
    "large small big"
  ).split(" "),
);

interface Part {
  readonly text: string;
  readonly start: number;
}

/** The family of a STIX sector: "government-national" and "government-local" are one family. */
const family = (text: string) => toStixSector(text)?.replace(/-(?:national|regional|local)$/, "") ?? null;

/** The list that ends at the head: lowercase kind words, commas and "and"/"or", read leftwards. */
function listBefore(text: string, from: number, headStart: number): Part | null {
  const tokens = [...text.slice(from, headStart).matchAll(/[a-z][a-z-]*|,/g)];
  let i = tokens.length;
  while (i > 0) {
    const t = tokens[i - 1];
    if (!t) break;
    const gap = text.slice(
      from + t.index + t[0].length,
      i < tokens.length ? from + (tokens[i]?.index ?? 0) : headStart,
    );
    if (!/^\s*$/.test(gap)) break;
    if (!CONNECTORS.has(t[0]) && (NOT_A_KIND.has(t[0]) || t[0] in SECTOR_HEADS)) break;
    // "think tanks, and human rights organizations": a two-word head ends the list before it.
    if (`${t[0]} ${tokens[i]?.[0] ?? ""}` in SECTOR_HEADS) {
      i++;
      break;
    }
    i--;
  }
  while (i < tokens.length && CONNECTORS.has(tokens[i]?.[0] ?? "")) i++;
  const first = tokens[i];
  if (!first) return null;
  const start = from + first.index;
  // "members of the news media, nongovernmental organizations": the list starts inside another phrase.
  if (/\bof\s+(?:the\s+)?$/.test(text.slice(Math.max(0, start - 8), start))) return null;
  return { text: text.slice(start, headStart).trimEnd(), start };
}

/**
 * Splits "A and B" where A and B are different sectors; words of one sector stay together. Under a head
 * that lists kinds ("industries") any "and" separates two, unless both words are of one sector ("oil and gas").
 */
function splitAnd(part: Part, shared: boolean): Part[] {
  const words: Part[] = [];
  let at = 0;
  for (const piece of part.text.split(/\s+(?:and|or)\s+/)) {
    const offset = part.text.indexOf(piece, at);
    words.push({ text: piece, start: part.start + offset });
    at = offset + piece.length;
  }
  const out: Part[] = [];
  for (const w of words) {
    const prev = out[out.length - 1];
    const [a, b] = [prev ? family(prev.text) : null, family(w.text)];
    const together = a === b ? a !== null || !shared : !shared && (a === null || b === null);
    if (prev && together)
      out[out.length - 1] = {
        text: part.text.slice(prev.start - part.start, w.start - part.start + w.text.length),
        start: prev.start,
      };
    else out.push(w);
  }
  return out;
}

/** The kinds of a list ("A, B, and C and D"), each with its offset. */
function kindsOf(list: Part, shared: boolean): Part[] {
  const parts: Part[] = [];
  for (const m of list.text.matchAll(/[^,]+/g)) {
    const lead = /^\s*(?:(?:and|or)\s+)?/.exec(m[0])?.[0].length ?? 0;
    const text = m[0].slice(lead).trim();
    if (text) parts.push({ text, start: list.start + m.index + lead });
  }
  return parts.flatMap((p) => splitAnd(p, shared));
}

/**
 * The kinds that share a hit's head, each as a hit of its own, in order; the last keeps the head
 * ("semiconductor industries"). Empty when the phrase names one kind.
 */
export function coordinatedSectors(hit: SectorHit, zoneStart: number): SectorHit[] {
  const headText = hit.at.text.slice(hit.phrase.headStart, hit.end);
  if (!/s\b/.test(headText)) return [];
  const list = listBefore(hit.at.text, zoneStart, hit.phrase.headStart);
  if (!list) return [];
  const shared = SHARED_HEADS.has(hit.phrase.head.lemma);
  const kinds = kindsOf(list, shared);
  if (kinds.length < 2 || kinds.some((k) => k.text.split(/\s+/).length > 4)) return [];
  if (!shared && kinds.some((k) => toStixSector(k.text) === null)) return [];
  return kinds.map((kind, i) => {
    const last = i === kinds.length - 1;
    const end = last ? hit.end : kind.start + kind.text.length;
    const name = last ? hit.at.text.slice(kind.start, hit.end) : kind.text;
    const modifiers: PhraseToken[] = [];
    for (const w of kind.text.matchAll(/[a-z][a-z-]*/g))
      modifiers.push({ text: w[0], start: kind.start + w.index, place: false });
    return {
      ...hit,
      name,
      sector: toStixSector(`${kind.text} ${hit.phrase.lemma}`),
      phrase: { ...hit.phrase, modifiers, start: kind.start, end },
      start: kind.start,
      end,
      quantity: last ? hit.quantity : null,
      accessPath: last ? hit.accessPath : false,
    };
  });
}
