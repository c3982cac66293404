// Sectors named by one shared head: "the aviation, defense, education and maritime industries", "in the nuclear
// power, metals and solar industries". An analyst lists each kind — aviation, defense, education, maritime — not
// only the one the head stands beside.
import type { SectorHit } from "./sectors.ts";
import { toStixSector } from "./sectors.ts";
import type { PhraseToken } from "./sectors-phrase.ts";

/** Heads that a list of kinds shares. */
const SHARED_HEADS = new Set(["industry", "sector"]);
/** A kind in the list: one to three lowercase words ("health care", "local government"). */
const WORD = String.raw`(?!(?:the|a|an|in|of|and|or|to|for|with)\b)[a-z][a-z-]*`;
const KIND = String.raw`${WORD}(?:\s+${WORD}){0,2}`;
/** The list left of the phrase with the head: "the A, B, C and " or "the A, B, and ". */
const LIST_BEFORE = new RegExp(
  String.raw`\b(?:the|in|across|including|spanning)\s+((?:${KIND}\s*,\s*)*${KIND}\s*,?\s+and\s+)$`,
);
const NOT_A_KIND =
  /\b(?:the|a|an|of|in|on|for|to|with|by|at|from|their|its|and|or|other|such|as|including|many|several|various|key|major|critical|private|public|both|same|different)\b/;

/** The kinds that share a hit's head, each as a hit of its own, in order. */
export function coordinatedSectors(hit: SectorHit): SectorHit[] {
  if (!SHARED_HEADS.has(hit.phrase.head.lemma) || !/s$/.test(hit.at.text.slice(hit.phrase.headStart, hit.end)))
    return [];
  const before = hit.at.text.slice(0, hit.start);
  const list = LIST_BEFORE.exec(before);
  if (!list?.[1]) return [];
  const listStart = before.length - list[1].length;
  const out: SectorHit[] = [];
  for (const m of list[1].matchAll(/([^,]+?)(?:\s*,\s*(?:and\s+)?|\s*,?\s+and\s+$)/g)) {
    const kind = m[1] ?? "";
    if (NOT_A_KIND.test(kind)) return [];
    const start = listStart + m.index;
    const end = start + kind.length;
    const modifiers: PhraseToken[] = [];
    for (const w of kind.matchAll(/[a-z][a-z-]*/g))
      modifiers.push({ text: w[0], start: start + w.index, place: false });
    out.push({
      ...hit,
      name: kind,
      sector: toStixSector(`${kind} ${hit.phrase.lemma}`),
      phrase: { ...hit.phrase, modifiers, start, end },
      start,
      end,
      quantity: null,
      accessPath: false,
    });
  }
  return out;
}
