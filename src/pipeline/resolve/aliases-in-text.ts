// What the text itself says is one group: "APT33 (aka Elfin, Refined Kitten, or Holmium)",
// "APT41, also known as Wicked Panda", `tracked as "Fancy Bear," or "APT28."`. A naming
// cue starts a chain; commas, "and" and "or" continue it; anything else ends it. A plain list ("APT28,
// APT29 and Turla") has no cue, so it joins nothing.
import type { Mention } from "../../core/index.ts";

const Q_OPEN = `["“‘']?`;
const Q_CLOSE = `["”’']?`;
const CUE = String.raw`(?:aka|a\.k\.a\.?|(?:also |formerly |previously )?(?:known|tracked|called|named|referred to) as|also called|dubbed|formerly)`;
/** A vendor's own name for the group: "which Microsoft calls", "that CrowdStrike tracks as". */
const VENDOR_CALLS = String.raw`\p{Lu}[\p{L}\p{N}]*(?:\s\p{Lu}[\p{L}\p{N}]*)?\s+(?:calls|names|dubs|tracks\s+as|refers\s+to\s+as)`;

/** A cue between two names: "X, also known as Y", "X (aka Y", "X threat actor (also tracked as Y". */
const CUE_GAP = new RegExp(
  String.raw`^${Q_CLOSE}\s*(?:,\s*${CUE}|(?:\s+[\p{L}'’-]+){0,4}\s*\(\s*${CUE}|\s+${CUE})\s*${Q_OPEN}\s*$`,
  "iu",
);
/** Two vendors' names for one group: "X, which Microsoft calls Y", "that Google calls X and Microsoft calls Y". */
const VENDOR_GAP = new RegExp(
  String.raw`^${Q_CLOSE}\s*(?:,\s*(?:which|what)|,?\s+(?:and|while|whereas))\s+${VENDOR_CALLS}\s*${Q_OPEN}\s*$`,
  "u",
);
/** The next sentence names it again through "the group": "X stole data. The group, also tracked as Y, …". */
const GROUP_CUE_GAP = new RegExp(
  String.raw`^${Q_CLOSE}[^.!?;]*(?:[.!?;]["”’)]?\s+|,\s+and\s+)(?:the|this|that)\s+(?:[\p{L}-]+\s+){0,3}(?:group|gang|actor|crew|collective|cluster|hackers)\s*,?\s*\(?\s*(?:(?:which|who)\s+)?(?:(?:is|was|are|were|has been|have been)\s+)?(?:also\s+)?(?:known|tracked|called|referred to|dubbed)(?:\s+[\p{L}-]+){0,4}?\s+as\s*${Q_OPEN}\s*$`,
  "iu",
);
/** A list step inside a chain: `, ` `, and ` ` or ` `," "`. */
const LIST_GAP = new RegExp(String.raw`^${Q_CLOSE}\s*(?:,|,?\s+(?:and|or))\s*${Q_OPEN}\s*$`, "iu");
/** A cue before the first name of a chain that has no head: `known as "Stone Panda," "Red Apollo"`. */
const CUE_BEFORE = new RegExp(
  String.raw`(?:${CUE}|\bcall(?:s|ed)?\s+(?:the\s+group|the\s+actor|it|them))\s*${Q_OPEN}\s*$`,
  "iu",
);

/** Pairs of mention indexes (into the sorted list) that the text says name one group. */
export function aliasLinks(text: string, mentions: readonly Mention[]): [number, number][] {
  const links: [number, number][] = [];
  let chain = false;
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i]!;
    const b = mentions[i + 1]!;
    if (i === 0 || !chain) chain = CUE_BEFORE.test(text.slice(Math.max(0, a.start - 40), a.start));
    const gap = text.slice(a.end, b.start);
    if (CUE_GAP.test(gap) || VENDOR_GAP.test(gap) || GROUP_CUE_GAP.test(gap) || (chain && LIST_GAP.test(gap))) {
      links.push([i, i + 1]);
      chain = true;
    } else chain = false;
  }
  return links;
}
