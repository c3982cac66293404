// Sectors named as examples of a wider kind: "critical infrastructure sectors such as government facilities,
// financial services, critical manufacturing and communications", "critical infrastructure such as water and
// energy". The wider kind says the list is of kinds of victim, so each example is a sector of its own even
// without a head noun ("energy", "healthcare") — as long as it is a kind the STIX vocabulary knows. So is a bare
// kind listed beside sector phrases ("hit think tanks, education, health and pipeline operators").
import { SECTOR_HEADS } from "./gazetteer-victims/sectors.ts";
import type { PhraseToken } from "./sectors-phrase.ts";
import { toStixSector, type SectorHit } from "./sectors.ts";
import type { VictimSentence } from "./victims-zones.ts";

/** A wider kind, then the words that introduce its examples. */
const EXAMPLES_OF =
  /\b(?:sectors?|industries|industry|infrastructures?|verticals|fields)(?:\s+(?:in|across)\s+[^,.;:]{1,40}?)?\s*,?\s+(?:such\s+as|including|like|notably|particularly|especially|in\s+particular|among\s+them)\s+/gi;
/** Where the list of examples ends. */
const LIST_END =
  /[.;:!?()"]|\s[-\u2013\u2014]\s|\b(?:that|which|who|where|when|in|across|throughout|by|to|were|was|are|is|have|has|had|with|from|for|among|as well as|but|at|on)\b/;
const KIND = /^[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3}$/;
/** A sector named by one to three words, with no article or preposition ("health care", "higher education"). */
const BARE_KIND =
  /^(?!.*\b(?:the|a|an|of|to|for|in|on|at|their|its|his|her|our)\b)[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}$/;
const LEADING = /^(?:and|or|the|a|an|other|some|many)\s+/;

/** The examples of a list ("A, B and C", "A, B, and C", "A and B"), each with its offset in the list. */
export function splitExamples(list: string): { text: string; at: number }[] {
  const parts: { text: string; at: number }[] = [];
  for (const m of list.matchAll(/[^,]+/g)) parts.push({ text: m[0], at: m.index });
  const last = parts[parts.length - 1];
  // Without a serial comma the last part holds two examples: "… critical manufacturing and communications".
  if (last && !/^\s*(?:and|or)\s/.test(last.text) && /\s(?:and|or)\s/.test(last.text)) {
    const split = /\s(?:and|or)\s(?!.*\s(?:and|or)\s)/.exec(last.text);
    if (split) {
      parts.pop();
      parts.push({ text: last.text.slice(0, split.index), at: last.at });
      const tail = split.index + split[0].length;
      parts.push({ text: last.text.slice(tail), at: last.at + tail });
    }
  }
  return parts.map((p) => {
    const lead = /^\s*/.exec(p.text)?.[0].length ?? 0;
    let text = p.text.trim();
    let at = p.at + lead;
    for (let m = LEADING.exec(text); m; m = LEADING.exec(text)) {
      text = text.slice(m[0].length);
      at += m[0].length;
    }
    return { text, at };
  });
}

const SECTOR_HEAD = SECTOR_HEADS["sector"];

/** A kind of victim named without a head noun ("energy", "health care"), as a sector hit; null if it is none. */
function kindHit(s: VictimSentence, text: string, start: number): SectorHit | null {
  if (!SECTOR_HEAD || !KIND.test(text)) return null;
  const sector = toStixSector(text);
  if (!sector || sector === "commercial") return null;
  const end = start + text.length;
  const modifiers: PhraseToken[] = [];
  for (const w of text.matchAll(/[a-z][a-z-]*/g)) modifiers.push({ text: w[0], start: start + w.index, place: false });
  return {
    name: text,
    sector,
    phrase: { head: SECTOR_HEAD, modifiers, headStart: end, start, end, complement: null, lemma: "sector" },
    at: s,
    start,
    end,
    quantity: null,
    accessPath: false,
  };
}

/** The examples of wider kinds in one sentence's victim zones, each as a sector hit. */
export function exampleSectors(s: VictimSentence): SectorHit[] {
  const out: SectorHit[] = [];
  for (const m of s.text.matchAll(EXAMPLES_OF)) {
    if (!s.zones.some((z) => z.start <= m.index && m.index < z.end)) continue;
    const from = m.index + m[0].length;
    const rest = s.text.slice(from, from + 160);
    const list = rest.slice(0, LIST_END.exec(rest)?.index ?? rest.length);
    for (const item of splitExamples(list)) {
      const hit = kindHit(s, item.text, from + item.at);
      if (hit) out.push(hit);
    }
  }
  return out;
}

/**
 * "has hit political organisations, education, health and essential service providers": in a list of victims
 * whose other members are sector phrases, a bare word for a sector ("education", "health") is a sector too.
 * `found` are the sector phrases already read in the sentence.
 */
export function listedSectors(s: VictimSentence, found: readonly { start: number; end: number }[]): SectorHit[] {
  const out: SectorHit[] = [];
  for (const zone of s.zones) {
    const items = splitExamples(s.text.slice(zone.start, zone.end).replace(/[.!?"]+\s*$/, ""));
    const inList = (i: { text: string; at: number }) =>
      found.some((f) => f.start < zone.start + i.at + i.text.length && zone.start + i.at < f.end);
    if (items.length < 2 || !items.some(inList)) continue;
    for (const item of items) {
      // "corporations and agencies": a head noun left bare was judged no sector by the phrase reader.
      if (inList(item) || !BARE_KIND.test(item.text) || (item.text.split(/\s+/).pop() ?? "") in SECTOR_HEADS) continue;
      const hit = kindHit(s, item.text, zone.start + item.at);
      if (hit) out.push(hit);
    }
  }
  return out;
}
