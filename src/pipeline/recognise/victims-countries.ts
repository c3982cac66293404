// Victim countries: a country is a victim when the text says its organisations, networks or people were hit —
// a country mention inside a victim zone ("broke into … in Japan, Brazil", "a Greek ISP",
// "targeting U.S. and allied countries' defence systems"), or the countries of the sentence before when a sentence
// says "All were targeted". Not a victim: the attacker or sponsor ("Chinese hackers", "the Iran-backed
// group", "China's MSS", "blamed the attack on North Korea"), a capital standing for its government
// ("Beijing"), a country acting ("Poland has detained …" sits outside any zone) and the home country of a
// parent company ("a Canada-based subsidiary of a French operator": the subsidiary was hit, in Canada).
import type { Mention } from "../../core/index.ts";
import type { CountryMention } from "./countries.ts";
import { ATTACKER_FILLERS, ATTACKER_NOUNS, SPONSOR_AGENCIES, SPONSOR_COMPOUNDS } from "./gazetteer-victims/triggers.ts";
import { ANAPHORIC_VICTIMS } from "./gazetteer-victims/triggers.ts";
import { quantifiedPhrase } from "./quantities.ts";
import { inZone, type VictimSentence } from "./victims-zones.ts";

/** A victim country found in one sentence (offsets relative to that sentence's normalised text). */
export interface VictimCountryHit {
  readonly mention: CountryMention;
  readonly at: VictimSentence;
  /** The sentence before, when the country was named there and hit here ("… include Britain. All were targeted"). */
  readonly antecedent: VictimSentence | null;
  readonly quantity: string | null;
}

const ATTACKER_AFTER = new RegExp(`^\\s+(?:(?:${ATTACKER_FILLERS})[\\s-]+){0,3}(?:${ATTACKER_NOUNS})\\b`, "i");
const SPONSOR_AFTER = new RegExp(`^'s?\\s+(?:(?:${ATTACKER_FILLERS})[\\s-]+){0,2}(?:${SPONSOR_AGENCIES})\\b`, "i");
const ATTACKER_BEFORE =
  /(?:\bblam\w*\b[^.;]*?\bon|\b(?:attributed|linked|tied|traced)\s+(?:\w+\s+){0,3}?to|\bon behalf of|\bin support of|\bsponsored by|\bbacked by|\bbehind|\bby)\s+(?:the\s+)?$/i;
// "the Inter-Parliamentary Alliance on China": the country is the topic of a name, not its owner; so is the
// country in "critics of China".
const TOPIC_BEFORE =
  /\p{Lu}[\p{L}-]*\s+(?:on|against|for)\s+$|\b(?:critics?|critical|opponents?|enemies|foes)\s+of\s+$/u;
const PARENT_BEFORE = /\b(?:affiliate|subsidiary|branch|division|arm|franchise|unit)\s+of\s+(?:a|an|the)\s+$/i;
const COUNTRY_COUNT =
  /(?:(?:more than|over|at least|nearly|about|some|around|almost)\s+)?(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|dozens of|a dozen)\s+(?:other\s+|more\s+|different\s+)?countries\b/i;

/** Does the text make this country the attacker or sponsor rather than a victim? */
export function isAttackerCountry(text: string, m: CountryMention, actorAt?: (start: number) => boolean): boolean {
  if (m.form === "capital") return true;
  if (m.compound && SPONSOR_COMPOUNDS.has(m.compound)) return true;
  const after = text.slice(m.end).replace(/^-\p{L}+/u, "");
  if (ATTACKER_AFTER.test(after)) return true;
  if (m.possessive && SPONSOR_AFTER.test(after)) return true;
  if (m.possessive && actorAt) {
    const next = /^'s?\s+/.exec(after);
    if (next && actorAt(m.end + next[0].length)) return true;
  }
  return ATTACKER_BEFORE.test(text.slice(Math.max(0, m.start - 80), m.start));
}

const LIST_GAP = /^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/;

/** An adjective with no noun after it is a language or a people ("translated from English to Chinese"). */
function isBareAdjective(text: string, m: CountryMention): boolean {
  if (m.form !== "adjective" || m.compound) return false;
  const after = text.slice(m.end);
  if (/^\s*(?:[.;:!?)"]|$)/.test(after) || /^\s+(?:to|into|from|in|on|at|by|for|with)\b/.test(after)) return true;
  const gap = /^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)/.exec(after);
  return gap !== null && !/^\p{Lu}/u.test(after.slice(gap[0].length));
}

function isVictimIn(s: VictimSentence, m: CountryMention, actorAt: (start: number) => boolean): boolean {
  const zone = inZone(s.zones, m.start, m.end);
  if (!zone || isBareAdjective(s.text, m)) return false;
  const before = s.text.slice(Math.max(0, m.start - 40), m.start);
  if (PARENT_BEFORE.test(before) || TOPIC_BEFORE.test(before)) return false;
  return !isAttackerCountry(s.text, m, actorAt);
}

/** Countries listed right after an attacker are attackers too ("blamed the intrusions on Syria and Iran"). */
function attackerLists(s: VictimSentence, actorAt: (start: number) => boolean): Set<CountryMention> {
  const out = new Set<CountryMention>();
  let previous: CountryMention | undefined;
  for (const m of s.countries) {
    const listed = previous !== undefined && out.has(previous) && LIST_GAP.test(s.text.slice(previous.end, m.start));
    if (listed || isAttackerCountry(s.text, m, actorAt)) out.add(m);
    previous = m;
  }
  return out;
}

function countIn(s: VictimSentence, m: CountryMention): string | null {
  const zone = inZone(s.zones, m.start, m.end);
  const count = zone ? COUNTRY_COUNT.exec(s.text.slice(zone.start, zone.end)) : null;
  return count ? count[0] : quantifiedPhrase(s.text, m.start);
}

/** Victim countries of a report, one hit per mention, in text order (not yet deduplicated). */
export function findVictimCountries(
  sentences: readonly VictimSentence[],
  actorMentions: readonly Mention[] = [],
): VictimCountryHit[] {
  const hits: VictimCountryHit[] = [];
  sentences.forEach((s, i) => {
    const actorAt = (rel: number) => {
      const at = s.toOriginal(rel);
      return actorMentions.some((a) => a.start <= at && at < a.end);
    };
    const attackers = attackerLists(s, actorAt);
    for (const m of s.countries) {
      if (!attackers.has(m) && isVictimIn(s, m, actorAt))
        hits.push({ mention: m, at: s, antecedent: null, quantity: countIn(s, m) });
    }
    const before = sentences[i - 1];
    if (before && ANAPHORIC_VICTIMS.test(s.text)) {
      for (const m of before.countries) {
        if (!isAttackerCountry(before.text, m)) hits.push({ mention: m, at: s, antecedent: before, quantity: null });
      }
    }
  });
  return hits;
}
