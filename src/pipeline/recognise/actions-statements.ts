// Attribution by statement: a public authority saying, without hedging, that a named group or a state's hackers
// did it ("the NCSC and its allies concluded that Russian military hackers had breached …", "Iranian state-backed
// hackers breached …, the Dutch government said today"). A weaker cue than "formally blamed": it becomes a
// condemnation of its own only when no stronger action of the same party in the report describes it.
import { findCountryMentions } from "./countries.ts";
import { isGovernmentParty, knownAgency, partyCountry } from "./cues/parties.ts";
import { splitParties, subjectBefore } from "./cues/noun-phrases.ts";
import { leadingSubject } from "./actions-parties.ts";

export interface AttributionStatement {
  /** The verb of saying, in sentence-text offsets (the action's date is read around it). */
  readonly start: number;
  readonly end: number;
  readonly by: readonly string[];
  readonly against: readonly string[];
}

const SAY = String.raw`(?:said|says|say|confirmed|confirms|revealed|reveals|announced|announces|concluded|determined|assessed|stated|disclosed)`;
const SAY_VERB = new RegExp(String.raw`\b${SAY}\b`, "g");
const SAY_WORD = new RegExp(String.raw`\b${SAY}\b`);
const SAY_AT_END = new RegExp(String.raw`,\s+((?:the\s+)?[^,"“”]{2,80}?)\s+(?:also\s+)?${SAY}\b[^,]*$`);
const HEDGE =
  /\b(?:likely|may|might|possibly|probably|suspect\w*|believed|could|appear\w*|seem\w*|unclear|whether|if)\b/i;
const DEED = String.raw`(?:had|has|have)?\s*(?:been\s+)?(?:\w+ly\s+)?(?:breached|hacked|attacked|compromised|targeted|infiltrated|penetrated|stole|carried\s+out|conducted|launched|orchestrated|deployed|(?:tried|attempted|sought)\s+to\s+\w+|(?:was|were|is|are)\s+(?:\w+\s+){0,2}?(?:behind|responsible))\b`;
/** What follows a state's adjective when it names its hackers ("Russian military hackers"). */
const HACKERS = /^(?:['’]s?)?(?:[\s-]+[\w-]+){0,3}?\s+(?:hackers|actors|[Gg]roup|spies|operatives)\b/;
/** States whose intelligence services are named as the doers of intrusions ("the GRU was behind …"). */
const ADVERSARY_STATES = new Set(["CN", "RU", "KP", "IR"]);
/** The fixed phrases of formal attribution ("highly likely", "almost certainly") are assessments, not hedges. */
const ASSESSMENT = /\b(?:highly|very)\s+likely\b|\balmost\s+certainly\b/gi;
const DONE_BY =
  /\b(?:was|were)\s+(?:\w+ly\s+)?(?:coordinated|carried\s+out|conducted|orchestrated|launched|perpetrated|committed)\s+by\s+$/i;

interface Perpetrator {
  readonly start: number;
  readonly end: number;
  readonly name: string;
}

/** State hackers ("Russian state hackers") and named groups in a text, in order. */
function perpetrators(text: string, actorSurfaces: readonly string[]): Perpetrator[] {
  const out: Perpetrator[] = [];
  for (const country of findCountryMentions(text)) {
    if (country.form !== "adjective" && !country.possessive) continue;
    const m = HACKERS.exec(text.slice(country.end));
    if (m)
      out.push({
        start: country.start,
        end: country.end + m[0].length,
        name: text.slice(country.start, country.end + m[0].length),
      });
  }
  for (const m of text.matchAll(/\b[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,5}/g)) {
    const agency = knownAgency(m[0]);
    const at = agency ? text.indexOf(agency, m.index) : -1;
    if (agency && ADVERSARY_STATES.has(partyCountry(agency) ?? "") && at >= 0)
      out.push({ start: at, end: at + agency.length, name: agency });
  }
  for (const surface of actorSurfaces) {
    const at = text.indexOf(surface);
    if (at >= 0 && !out.some((p) => p.start <= at && at < p.end))
      out.push({ start: at, end: at + surface.length, name: surface });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** True when the perpetrator is the doer of a deed: "X (known as Y) has repeatedly attacked", "was coordinated by X". */
function isDoer(text: string, p: Perpetrator): boolean {
  const after = text.slice(p.end, p.end + 80);
  if (new RegExp(String.raw`^\s*(?:\([^)]*\)\s*)?(?:[\w-]+\s+){0,5}?${DEED}`, "i").test(after)) return true;
  return DONE_BY.test(text.slice(Math.max(0, p.start - 60), p.start));
}

/** Unnamed speakers ("US officials", "sources") report an attribution; they do not make one. */
const UNNAMED_SPEAKER =
  /^(?:(?:\S+\s+){0,2})?(?:officials?|sources?|people|experts|analysts|investigators|researchers)$/i;

/** The public authorities a statement is made by, named as such, or none. */
function governmentParties(phrase: string | null): string[] {
  if (!phrase) return [];
  const parties = splitParties(phrase);
  return parties.some((p) => isGovernmentParty(p) && !UNNAMED_SPEAKER.test(p)) ? parties : [];
}

/** The reported clause, from the verb of saying to the end of the deed: where a hedge would weaken it. */
function complement(text: string, from: number, doer: Perpetrator): string {
  const rest = text.slice(doer.end);
  const stop = /[;.]|,\s|\s(?:and|but|while)\s/.exec(rest.slice(1));
  return text.slice(from, doer.end + (stop ? stop.index + 1 : rest.length));
}

/** Unhedged statements by a public authority that a state's hackers or a named group did something. */
export function findAttributionStatements(text: string, actorSurfaces: readonly string[]): AttributionStatement[] {
  const doers = perpetrators(text, actorSurfaces).filter((p) => isDoer(text, p));
  if (doers.length === 0) return [];
  const out: AttributionStatement[] = [];
  for (const say of text.matchAll(SAY_VERB)) {
    const end = say.index + say[0].length;
    const doer = doers.find((p) => p.start >= end);
    if (!doer || HEDGE.test(complement(text, end, doer).replace(ASSESSMENT, ""))) continue;
    const by = governmentParties(subjectBefore(text, say.index) ?? leadingSubject(text, say.index));
    if (by.length > 0) out.push({ start: say.index, end, by, against: [doer.name] });
  }
  const tail = SAY_AT_END.exec(text);
  const first = doers[0];
  if (out.length === 0 && tail?.[1] && first && first.start < tail.index && !HEDGE.test(text.slice(0, tail.index))) {
    const by = governmentParties(tail[1]);
    const afterGroup = tail.index + tail[0].indexOf(tail[1]) + tail[1].length;
    const sayWord = SAY_WORD.exec(text.slice(afterGroup));
    const sayAt = afterGroup + (sayWord?.index ?? 0);
    const sayEnd = sayAt + (sayWord?.[0].length ?? 0);
    if (by.length > 0) out.push({ start: sayAt, end: sayEnd, by, against: [first.name] });
  }
  return out;
}
