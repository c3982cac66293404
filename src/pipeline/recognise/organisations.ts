// Victim organisations: named organisations inside a victim zone ("broke into the networks of Boeing",
// "Victims include chip designer Contoso, shipping firm Fabrikam …", "(including AT&T,
// Verizon …)"), and names that an attack noun follows anywhere ("the 2014 Sony attack", "the Bangladesh
// Bank heist"). Not victims: the groups themselves, the agencies that act on the intrusion (FBI, DOJ,
// Treasury), and whoever the text quotes or cites as a source (vendors that report, media outlets).
import type { Mention } from "../../core/index.ts";
import {
  ACTING_AGENCIES,
  ACTOR_NAME,
  EVENT_AFTER,
  MALWARE_NAMES,
  PERSON_BEFORE,
  PERSON_TITLE,
  MEMBER_OR_ASSET,
  PRODUCT_BEFORE,
  PRODUCT_WORDS,
  REPORTING_VERBS,
  SOURCE_BEFORE,
} from "./gazetteer-victims/organisations.ts";
import { ACCESS_PATH_CUES, SPONSOR_AGENCIES } from "./gazetteer-victims/triggers.ts";
import { consolidateOrganisations } from "./organisations-consolidate.ts";
import { findNameRuns, type NameRun } from "./organisations-names.ts";
import { countedBefore } from "./quantities.ts";
import type { VictimSentence } from "./victims-zones.ts";

export interface OrganisationHit {
  readonly name: string;
  readonly owner: string | null;
  readonly at: VictimSentence;
  readonly start: number;
  readonly end: number;
  readonly quantity: string | null;
  readonly accessPath: boolean;
}

const key = (s: string) =>
  s
    .toLowerCase()
    .replace(/'s\b/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/^the /, "");
const ACTING = [...ACTING_AGENCIES].map(key);
const ACTING_LONG = ACTING.filter((a) => a.includes(" "));
const REPORTS_AFTER = new RegExp(
  `^(?:\\s*\\([^)]{1,20}\\))?(?:,[^,]{1,60},)?\\s+(?:(?:has|have|had|also|previously|later|then|officially|formally|recently|first|itself)\\s+)*(?:${REPORTING_VERBS})\\b`,
);
const MALWARE_AFTER =
  /^\s+(?:\([^)]*\)\s+)?(?:malware|ransomware|worm|virus|strain|botnet|backdoor|trojan|implant|wiper|tool|family|variant|campaign|operation|group|hackers|actors?|threat actor|exploit|vulnerabilit(?:y|ies)|bugs?)\b/i;
const NEXT_NOUN = /^\s+([a-z][a-z-]+)/;
const NEXT_ALLOWED = new RegExp(
  `^(?:${MEMBER_OR_ASSET}|and|or|in|of|at|on|to|from|by|with|for|that|which|who|was|were|is|are|has|have|had|as|after|before|since|last|this|earlier|between|during|through|via|over|into|among|amid|but|including|when|where|while|also|itself|about|around|until|because|despite|than|whose|said|says)$`,
);
const ING_NOUNS =
  /^(?:messaging|banking|networking|computing|hosting|marketing|trading|clearing|mailing|accounting|processing|engineering|building|shipping|streaming|booking|ticketing|billing|logging|printing)$/;
const INTERMEDIARY_BEFORE = /\b(?:provider|supplier|vendor|software|IT services?|contractor|cloud)\s+$/i;
const CLIENTS_AFTER = /^'s?\s+(?:clients|customers|users|subscribers|partners)\b/;

/** The names a report uses for whoever reports, acts or is cited: never a victim for that. */
export function findReporters(sentences: readonly VictimSentence[]): Set<string> {
  const out = new Set<string>();
  for (const s of sentences) {
    for (const run of findNameRuns(s.text, 0, s.text.length, s.countries)) {
      const cited = SOURCE_BEFORE.test(s.text.slice(Math.max(0, run.start - 40), run.start));
      if (!cited && !REPORTS_AFTER.test(s.text.slice(run.end))) continue;
      out.add(key(run.name));
      if (run.owner) out.add(key(run.owner));
      if (run.acronym) out.add(key(run.acronym));
    }
  }
  return out;
}

/** Names the text also uses for malware, tools or groups ("Shamoon malware", "the Ghostwriter campaign"). */
function findNonVictimNames(sentences: readonly VictimSentence[]): Set<string> {
  const out = new Set<string>();
  for (const s of sentences) {
    for (const run of findNameRuns(s.text, 0, s.text.length, s.countries)) {
      if (MALWARE_AFTER.test(s.text.slice(run.end))) out.add(key(run.name));
    }
  }
  return out;
}

interface Filters {
  readonly reporters: ReadonlySet<string>;
  readonly nonVictims: ReadonlySet<string>;
  readonly actorAt: (s: VictimSentence, start: number, end: number) => boolean;
}

/** Is the name the first thing a victim zone names ("hacking the US Treasury")? */
function isDirectObject(s: VictimSentence, run: NameRun): boolean {
  return s.zones.some((z) => {
    const gap = z.direction === "after" ? s.text.slice(z.start, run.start) : s.text.slice(run.end, z.end);
    return /^\s*(?:the\s+)?$/i.test(gap);
  });
}

/** Events are where victims were, not victims: "the Tokyo Olympic and Paralympic Games", "the Munich Security Conference". */
const EVENT_NAME = /\b(?:Games|Olympics|Paralympics|Cup|Championships?|Festival|Summit|Conference|Elections?)$/;

const NOT_AN_ORGANISATION = /^(?:[A-Z]{2,}s|[A-Z]+-\d+|Wi-?Fi|Bluetooth)$/;

/** "operated by the American company Viasat": a kind of business named before the name says it is the one hit. */
const DESCRIBED_BEFORE = /\b(?:company|firm|operator|provider|maker|manufacturer|contractor|supplier|carrier)\s+$/i;

/** "China's Ministry of State Security": a state's intelligence service is the sponsor, never the victim. */
const SPONSOR_SERVICE = new RegExp(`^(?:${SPONSOR_AGENCIES})$`);

function isVictimName(s: VictimSentence, run: NameRun, f: Filters): boolean {
  if (SPONSOR_SERVICE.test(run.name) && /['’]s\s+$/.test(s.text.slice(Math.max(0, run.start - 4), run.start)))
    return false;
  const k = key(run.name);
  const keys = [k, run.owner ? key(run.owner) : "", run.acronym ? key(run.acronym) : ""].filter(Boolean);
  const described = DESCRIBED_BEFORE.test(s.text.slice(Math.max(0, run.start - 30), run.start));
  if (keys.some((x) => (f.reporters.has(x) && !described) || f.nonVictims.has(x))) return false;
  // An agency that acts on intrusions is a victim only as the very object of one ("hacking the US Treasury").
  const acting = keys.some((x) => ACTING.includes(x) || ACTING.includes(x.replace(/^(?:u s|us|uk|u k)\s/, "")));
  if ((acting && !isDirectObject(s, run)) || ACTING_LONG.some((a) => ` ${k} `.includes(` ${a} `))) return false;
  if (!described && [...f.reporters].some((r) => r.length > 2 && ` ${k} `.startsWith(` ${r} `))) return false;
  const bare = run.owner ? run.name.slice(run.owner.length).replace(/^'s\s+/, "") : run.name;
  if (ACTOR_NAME.test(bare) || ACTOR_NAME.test(run.name) || f.actorAt(s, run.start, run.end)) return false;
  if (run.name.split(/\s+/).some((w) => MALWARE_NAMES.has(w))) return false;
  // "President Jane Doe's re-election campaign": the title is the owner's; the campaign is the victim.
  const campaign = /\bcampaign(?:\s+of\b|$)/.test(run.name);
  if (
    !campaign &&
    (PERSON_TITLE.test(run.name) || PERSON_BEFORE.test(s.text.slice(Math.max(0, run.start - 30), run.start)))
  )
    return false;
  if (EVENT_NAME.test(run.name)) return false;
  if (PRODUCT_WORDS.test(run.name) || PRODUCT_BEFORE.test(s.text.slice(Math.max(0, run.start - 30), run.start)))
    return false;
  // "PLCs", "COVID-19": a plural acronym names a class of things, a letters-and-number code a thing.
  if (NOT_AN_ORGANISATION.test(run.name)) return false;
  // "the attack on a defector in Salisbury": one plain word after "in" is a place.
  if (/^\p{Lu}\p{Ll}+$/u.test(run.name) && /\bin\s+$/.test(s.text.slice(Math.max(0, run.start - 4), run.start)))
    return false;
  const after = s.text.slice(run.end);
  // "the SolarWinds supply-chain compromise": an attack noun after the name makes it the one hit.
  if (EVENT_AFTER.test(after)) return true;
  const next = NEXT_NOUN.exec(after)?.[1];
  // "SWIFT messages", "Cisco devices": a name before a common noun modifies it.
  return next === undefined || NEXT_ALLOWED.test(next) || (/(?:ed|ly|ing)$/.test(next) && !ING_NOUNS.test(next));
}

/** "broke into its corporate email system": what the zone names is the victim's own. */
const OWN_ASSETS =
  /^\s*(?:(?:the\s+)?(?:networks?|systems?|accounts?)\s+of\s+)?(?:(?:some|one|many|several|all|most|parts?|dozens|hundreds)\s+of\s+)?(?:its|their)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:networks?|systems?|e-?mail|mail|servers?|accounts?|computers?|workstations?|laptops?|devices|machines|endpoints|infrastructure|environment|tenants?|mailboxes|inboxes|codebase|source\s+code)\b/i;
/** Where the subject that reports an intrusion may stand: the sentence's start, after a descriptor
 * ("Security company Contoso disclosed …") or after "after"/"when" ("… days after the Treasury told …"). */
const SUBJECT_BEFORE =
  /(?:^\W*(?:(?:On|In|Last)\s+\w+\s+)?(?:the\s+)?(?:(?:[\p{L}-]+\s+){0,2}?(?:company|firm|vendor|giant|maker|provider|agency|department)\s+)?|\b(?:after|when|as|before)\s+(?:the\s+)?)$/u;

/**
 * "Microsoft disclosed that a Russian group had broken into its corporate email system": the company that
 * reports the intrusion is its victim when the zone names the company's own systems. The subject that
 * opens the sentence is the owner.
 */
function ownerOfAssets(s: VictimSentence, runs: readonly NameRun[], f: Filters): NameRun | null {
  const zone = s.zones.find((z) => z.direction === "after" && OWN_ASSETS.test(s.text.slice(z.start, z.end)));
  if (!zone) return null;
  const subject = runs.find(
    (r) =>
      r.end <= zone.start && SUBJECT_BEFORE.test(s.text.slice(0, r.start)) && REPORTS_AFTER.test(s.text.slice(r.end)),
  );
  if (!subject) return null;
  if (ACTOR_NAME.test(subject.name) || f.actorAt(s, subject.start, subject.end)) return null;
  if (s.countries.some((c) => c.start <= subject.start && subject.start < c.end)) return null;
  return subject;
}

function toHit(s: VictimSentence, run: NameRun): OrganisationHit {
  const before = s.text.slice(Math.max(0, run.start - 40), run.start);
  const cue = ACCESS_PATH_CUES.test(s.text) && INTERMEDIARY_BEFORE.test(before);
  return {
    name: run.name,
    owner: run.owner,
    at: s,
    start: run.start,
    end: run.end,
    quantity: countedBefore(s.text, run.start),
    accessPath: cue || CLIENTS_AFTER.test(s.text.slice(run.end)),
  };
}

/** Victim organisations of a report, consolidated: one per organisation, in order of first mention. */
export function findVictimOrganisations(
  sentences: readonly VictimSentence[],
  actorMentions: readonly Mention[] = [],
): OrganisationHit[] {
  const filters: Filters = {
    reporters: findReporters(sentences),
    nonVictims: findNonVictimNames(sentences),
    actorAt: (s, start, end) => {
      const [a, b] = [s.toOriginal(start), s.toOriginal(end)];
      return actorMentions.some((m) => m.start < b && a < m.end);
    },
  };
  const hits: OrganisationHit[] = [];
  for (const s of sentences) {
    const runs = findNameRuns(s.text, 0, s.text.length, s.countries);
    for (const run of runs) {
      const zoned = s.zones.some((z) => z.start <= run.start && run.start < z.end);
      const event = EVENT_AFTER.test(s.text.slice(run.end));
      if ((zoned || event) && isVictimName(s, run, filters)) hits.push(toHit(s, run));
    }
    const owner = ownerOfAssets(s, runs, filters);
    if (owner && !hits.some((h) => h.at === s && h.start === owner.start)) hits.push(toHit(s, owner));
  }
  return consolidateOrganisations(hits);
}
