// The last name of a list of aliases the catalogue does not know: "also tracked as APT45, Onyx Sleet and
// Stonefly" — the list is opened by a naming cue and every name before the new one is a group already found, so
// the new one is another name of that group.
import type { Span } from "../../core/index.ts";
import { isPlaceWord } from "../../catalogue/index.ts";
import { NOT_A_NAME_WORD } from "./actors-schemes.ts";

const CUE_BEFORE = /(?:aka|a\.k\.a\.?|(?:known|tracked|called|named|referred to) as|also called|dubbed)\s*["“‘']?\s*$/i;
const LIST_STEP = /^["”’']?\s*,\s*["“‘']?\s*$/;
const TAIL =
  /^["”’']?\s*,?\s+(?:and|or)\s+["“‘']?(\p{Lu}[\p{L}\p{N}]+(?:[ -]\p{Lu}[\p{L}\p{N}]+)?)["”’']?(?=\s*[,.;:)]|\s+(?:is|are|was|were|has|have)\b)/u;

export interface ChainTail extends Span {
  readonly surface: string;
}

/** New names closing a cued list of known names (mentions sorted by start, not overlapping). */
export function chainTails(text: string, mentions: readonly Span[]): ChainTail[] {
  const out: ChainTail[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const last = mentions[i]!;
    const tail = TAIL.exec(text.slice(last.end, last.end + 60));
    if (!tail) continue;
    const surface = tail[1] ?? "";
    const next = mentions[i + 1];
    const start = last.end + tail[0].lastIndexOf(surface);
    const span = { start, end: start + surface.length };
    if (next && next.start < span.end) continue;
    if (surface.split(/[ -]/).some((w) => NOT_A_NAME_WORD.has(w.toLowerCase()) || isPlaceWord(w))) continue;
    // Walk back over the list to the cue that opens it.
    let first = i;
    while (first > 0 && LIST_STEP.test(text.slice(mentions[first - 1]!.end, mentions[first]!.start))) first--;
    const opening = mentions[first]!;
    if (!CUE_BEFORE.test(text.slice(Math.max(0, opening.start - 30), opening.start))) continue;
    out.push({ ...span, surface });
  }
  return out;
}
