// Victim sectors: the kinds of victim a text names inside its victim zones — "managed service providers",
// "power and natural gas distribution operators", "think tanks", "members of the press" — each kept in the
// text's words, mapped to the STIX 2.1 industry-sector vocabulary, with its count and whether it was a way
// in to others. A sector needs a head noun that says what kind of victim it is: bare "companies" or
// "organizations" are not a sector, "German companies" is; a descriptor of a named victim ("software
// company TeamViewer") is the organisation's, not a sector.
import type { Mention, StixSector } from "../../core/index.ts";
import { SECTOR_HEADS, STIX_SECTOR_RULES } from "./gazetteer-victims/sectors.ts";
import { ACCESS_PATH_CUES } from "./gazetteer-victims/triggers.ts";
import { quantifiedPhrase } from "./quantities.ts";
import { consolidateSectors } from "./sectors-consolidate.ts";
import { coordinatedSectors } from "./sectors-coordinated.ts";
import { exampleSectors, listedSectors } from "./sectors-examples.ts";
import {
  headIsModifier,
  isDroppable,
  meaningfulModifiers,
  readSectorPhrase,
  type SectorPhrase,
} from "./sectors-phrase.ts";
import type { VictimSentence, VictimZone } from "./victims-zones.ts";

export { consolidateSectors } from "./sectors-consolidate.ts";

/** A victim sector found in one sentence (offsets relative to that sentence's normalised text). */
export interface SectorHit {
  readonly name: string;
  readonly sector: StixSector | null;
  readonly phrase: SectorPhrase;
  readonly at: VictimSentence;
  readonly start: number;
  readonly end: number;
  readonly quantity: string | null;
  readonly accessPath: boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const heads = Object.keys(SECTOR_HEADS).sort((a, b) => b.length - a.length);
const HEAD_LOWER = new RegExp(
  `\\b(?:${heads
    .filter((h) => h === h.toLowerCase())
    .map(escape)
    .join("|")})\\b`,
  "gi",
);
const HEAD_ACRONYM = new RegExp(
  `\\b(?:${heads
    .filter((h) => h !== h.toLowerCase())
    .map(escape)
    .join("|")})\\b`,
  "g",
);
const INTERMEDIARY =
  /service providers?|\bmsps?\b|suppliers?|vendors?|third[- ]party|\bit providers?|software (?:companies|company|providers?|vendors?|makers?|developers?)/i;
const CLIENTS_AFTER = /^'s?\s+(?:clients|customers|users|subscribers|partners)\b/;
/** Heads of a whole kind, and the words that say only how much it matters ("critical sectors"). */
const WIDE = new Set(["sector", "industry"]);
const VAGUE = new Set(["critical", "key", "vital", "strategic", "important", "essential", "sensitive"]);
const KINDS_AFTER = /^\s+(?:in|across|from)\s+(?:the\s+)?[a-z][^.;:]{0,80}?\b(?:sectors|industries)\b/;
const NAME_AFTER = /^(?:\s*\([^)]*\))?\s+(?!And\b|Or\b|In\b)[A-Z][\p{L}\p{N}&-]*/u;

/** The STIX 2.1 industry sector of a phrase, or null when none fits. */
export function toStixSector(phrase: string): StixSector | null {
  for (const [pattern, sector] of STIX_SECTOR_RULES) if (pattern.test(phrase)) return sector;
  return null;
}

/** The phrase as the analyst writes it: leading generic and place words dropped when the rest still says the kind. */
function nameOf(text: string, phrase: SectorPhrase): string {
  const meaningful = meaningfulModifiers(phrase).length > 0 || phrase.complement !== null || phrase.head.standalone;
  let i = 0;
  for (; i < phrase.modifiers.length; i++) {
    const t = phrase.modifiers[i];
    if (!t || !isDroppable(t) || (t.place && !meaningful)) break;
  }
  return text.slice(phrase.modifiers[i]?.start ?? phrase.headStart, phrase.end).trim();
}

/** The sector whose head is `match`, when it lies in `zone` and names a kind of victim. */
function sectorAt(
  s: VictimSentence,
  zone: VictimZone,
  match: RegExpMatchArray,
  next: VictimSentence | undefined,
): SectorHit | null {
  const headStart = match.index ?? 0;
  const headEnd = headStart + match[0].length;
  if (headStart < zone.start || headEnd > zone.end || headIsModifier(s.text, headEnd)) return null;
  // A capitalised head inside a sentence belongs to a name ("National Laboratory").
  if (/^\p{Lu}\p{Ll}/u.test(match[0]) && !/^\W*$/.test(s.text.slice(0, headStart))) return null;
  const phrase = readSectorPhrase(
    s.text,
    { zoneStart: zone.start, zoneEnd: zone.end, headStart, headEnd },
    s.countries,
  );
  if (!phrase) return null;
  // A place alone makes a sector of businesses ("German companies"), not of any organisation.
  const places = phrase.head.cls === "business" && phrase.modifiers.some((t) => t.place);
  const kinds = meaningfulModifiers(phrase);
  if (!phrase.head.standalone && kinds.length === 0 && !phrase.complement && !places) return null;
  // "defence networks" are victims, "computer networks" things; "critical sectors" name no kind at all.
  if (phrase.head.kindOnly && (!/s$/.test(match[0]) || toStixSector(kinds.join(" ")) === null)) return null;
  if (WIDE.has(phrase.head.lemma) && kinds.every((k) => VAGUE.has(k.toLowerCase()))) return null;
  // "German companies in the defence and aerospace sectors": the sectors that follow say the kind.
  if (kinds.length === 0 && KINDS_AFTER.test(s.text.slice(phrase.end, zone.end))) return null;
  // "software company TeamViewer": a singular descriptor of a named victim is the organisation's, not a sector.
  if (!/s$/.test(match[0]) && NAME_AFTER.test(s.text.slice(phrase.end))) return null;
  const name = nameOf(s.text, phrase);
  const clients = CLIENTS_AFTER.test(s.text.slice(headEnd));
  const cue = ACCESS_PATH_CUES.test(s.text) || (next !== undefined && ACCESS_PATH_CUES.test(next.text));
  return {
    name,
    sector: toStixSector(`${name} ${phrase.lemma}`),
    phrase,
    at: s,
    start: phrase.start,
    end: phrase.end,
    quantity: quantifiedPhrase(s.text, phrase.start, phrase.end),
    accessPath: clients || (cue && INTERMEDIARY.test(name)),
  };
}

/** Victim sectors of a report, consolidated: one per kind of victim, in order of first mention. */
export function findVictimSectors(
  sentences: readonly VictimSentence[],
  actorMentions: readonly Mention[] = [],
): SectorHit[] {
  const hits: SectorHit[] = [];
  sentences.forEach((s, i) => {
    const taken: { start: number; end: number }[] = [];
    const heads = [...s.text.matchAll(HEAD_LOWER), ...s.text.matchAll(HEAD_ACRONYM)].sort((a, b) => a.index - b.index);
    for (const zone of s.zones) {
      for (const match of heads) {
        if (taken.some((t) => t.start <= match.index && match.index < t.end)) continue;
        const hit = sectorAt(s, zone, match, sentences[i + 1]);
        if (!hit) continue;
        const at = s.toOriginal(hit.start);
        if (actorMentions.some((a) => a.start <= at && at < a.end)) continue;
        const kinds = coordinatedSectors(hit, zone.start);
        taken.push({ start: kinds[0]?.start ?? hit.start, end: hit.end });
        hits.push(...(kinds.length > 0 ? kinds : [hit]));
      }
    }
    for (const hit of [...exampleSectors(s), ...listedSectors(s, taken)]) {
      if (taken.some((t) => t.start < hit.end && hit.start < t.end)) continue;
      taken.push({ start: hit.start, end: hit.end });
      hits.push(hit);
    }
  });
  return consolidateSectors(hits.sort((a, b) => a.at.sentence.start - b.at.sentence.start || a.start - b.start));
}
