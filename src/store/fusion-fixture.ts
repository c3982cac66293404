// Two short reports we wrote for the fusion tests of the store, shaped like a real case: an outlet's story
// (an indictment and a condemnation the same day, an unrelated arrest in passing) and an aggregator's piece
// that lifts two of its paragraphs word for word. `tag` makes the stories of two tests different enough
// (a word chosen by the tag at least every four words) that one is never taken for a copy of the other.
import type { ActionFinding, ActionKind, ActionType, Claim, EntityRef, ReportSource } from "../core/index.ts";
import { createReportFixture } from "./report-fixture.ts";
import type { ReportToStore } from "./store.ts";

/** The span of `sentence` in `text`, with the sentence. */
export function evidenceIn(text: string, sentence: string) {
  const start = text.indexOf(sentence);
  if (start === -1) throw new Error(`fixture: "${sentence.slice(0, 40)}…" is not in the text`);
  return { start, end: start + sentence.length, sentence };
}

const WORDS = {
  city: "Tianjin|Lyon|Osaka|Perth|Leeds|Quebec|Bergen|Graz|Porto|Turku|Cork|Split|Malmo|Ghent|Brno|Cusco".split("|"),
  place:
    "three continents|two oceans|five countries|four states|six provinces|nine ports|seven islands|eight cities|ten regions|the Baltic|the Gulf|the Andes|two hemispheres|the Balkans|the Sahel|the Pacific".split(
      "|",
    ),
  sector:
    "managed service providers|shipping registries|cloud hosts|payroll processors|satellite operators|hospital networks|water utilities|rail signalling vendors|law firms|chip designers|airline booking systems|grain traders|port authorities|insurers|telescope arrays|mining firms".split(
      "|",
    ),
  verb: "reach|enter|watch|search|copy|map|probe|drain|index|mirror|sample|survey".split("|"),
  client: "customer|client|tenant|partner|supplier|member|subscriber|patient|student|donor|shipper|farmer".split("|"),
  span: "years|months|a decade|several seasons|two summers|most winters|eleven weeks|since 2009|since 2014|half a year|three quarters|a fortnight".split(
    "|",
  ),
  charge:
    "wire fraud|identity theft|trade secret theft|money laundering|export violations|bank fraud|visa fraud|espionage|extortion|smuggling|perjury|bribery".split(
      "|",
    ),
  day: "Thursday|Monday|Friday|Tuesday|Sunday|Wednesday|Saturday".split("|"),
  court:
    "Manhattan|Brooklyn|Boston|Chicago|Denver|Seattle|Atlanta|Houston|Miami|Phoenix|Omaha|Tulsa|Reno|Dayton|Austin|Tampa".split(
      "|",
    ),
} as const;

/** Each story has its own day, months from the others', so that their events never meet. */
const DAYS: Readonly<Record<string, string>> = {
  Refused: "2015-03-10",
  Alder: "2018-12-20",
  Birch: "2017-06-14",
  Cedar: "2016-09-05",
  Dogwood: "2019-04-23",
  Elm: "2014-11-02",
  Hazel: "2013-02-18",
  Juniper: "2012-07-09",
  Larch: "2011-10-27",
  Maple: "2010-05-31",
  Rowan: "2009-08-12",
  Willow: "2008-01-22",
};

/** The day of a tag's story. */
export function dayOf(tag: string): string {
  const day = DAYS[tag];
  if (day === undefined) throw new Error(`fixture: no day for the tag ${tag}; add one to DAYS`);
  return day;
}

/** An ISO day moved by some days. */
export function shiftDay(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** A word for a slot, chosen by the tag. */
function pick(tag: string, slot: keyof typeof WORDS, salt = 0): string {
  const list = WORDS[slot];
  let h = 7;
  for (const c of `${slot}:${salt}:${tag}`) h = (h * 131 + c.charCodeAt(0)) % 1_000_003;
  return list[h % list.length] ?? "";
}

export interface CaseParagraphs {
  readonly actor: EntityRef;
  readonly msps: string;
  readonly charges: string;
}

/** The two paragraphs the aggregator copies. */
export function sharedParagraphs(tag: string): CaseParagraphs {
  const name = `${tag} Panda`;
  return {
    actor: { kind: "actor", key: `fx-${tag.toLowerCase()}`, name },
    msps: `Investigators in ${pick(tag, "city")} said ${name} broke into ${pick(tag, "sector")} across ${pick(tag, "place")} to ${pick(tag, "verb")} ${pick(tag, "client")} networks for ${pick(tag, "span")}.`,
    charges: `Prosecutors in ${pick(tag, "court")} charged two men said to work for ${name} with ${pick(tag, "charge")} and ${pick(tag, "charge", 1)}, unsealing the ${pick(tag, "court", 2)} case on ${pick(tag, "day", 3)}.`,
  };
}

function claimIn(
  text: string,
  sentence: string,
  subject: EntityRef,
  predicate: Claim["predicate"],
  object: EntityRef,
): Claim {
  return {
    subject,
    predicate,
    object,
    modality: { certainty: "reported", status: "done", negated: false, assertedBy: "Investigators" },
    evidence: evidenceIn(text, sentence),
    confidence: 0.9,
  };
}

function actionIn(
  text: string,
  sentence: string,
  a: { kind: ActionKind; type: ActionType; by: string[]; against: string[]; date: string | null },
): ActionFinding {
  const modality = { certainty: "confirmed" as const, status: "done" as const, negated: false, assertedBy: null };
  return { ...a, modality, evidence: evidenceIn(text, sentence) };
}

const MSPS: EntityRef = { kind: "sector", key: "managed-service-providers", name: "managed service providers" };
const CHINA: EntityRef = { kind: "country", key: "CN", name: "China" };

/** The outlet's story. */
export function originalReport(tag: string, source: Partial<ReportSource> = {}): ReportToStore {
  const p = sharedParagraphs(tag);
  const intro = `The United States and ${pick(tag, "place", 1)} condemned China on ${pick(tag, "day")} over ${pick(tag, "sector", 1)} hacking that ${pick(tag, "city", 2)} officials blamed on ${p.actor.name}.`;
  const arrest = `Separately, ${pick(tag, "city", 5)} police arrested a ${pick(tag, "client", 3)} executive at ${pick(tag, "court", 1)} prosecutors' request, in a case unrelated to the ${pick(tag, "sector", 3)} breach.`;
  const text = [intro, p.msps, p.charges, arrest].join("\n\n");
  return createReportFixture({
    text,
    actors: [{ key: p.actor.key, name: p.actor.name }],
    source: {
      origin: `test/${tag}-post.txt`,
      title: `Allies condemn China over ${tag}`,
      outlet: "Example Post",
      kind: "press",
      published: dayOf(tag),
      ...source,
    },
    claims: [claimIn(text, intro, p.actor, "attributed-to", CHINA), claimIn(text, p.msps, p.actor, "targets", MSPS)],
    actions: [
      actionIn(text, intro, {
        kind: "condemnation",
        type: "condemnation",
        by: ["United States"],
        against: ["China"],
        date: dayOf(tag),
      }),
      actionIn(text, p.charges, {
        kind: "indictment",
        type: "indictment",
        by: ["Prosecutors"],
        against: [`two men said to work for ${p.actor.name}`],
        date: dayOf(tag),
      }),
      actionIn(text, arrest, {
        kind: "arrest",
        type: "arrest",
        by: ["Canada"],
        against: ["a telecommunications executive"],
        date: null,
      }),
    ],
  });
}

/** The aggregator's piece: its own opening and close around the two copied paragraphs. */
export function copyingReport(tag: string, source: Partial<ReportSource> = {}): ReportToStore {
  const p = sharedParagraphs(tag);
  const intro = `Washington and ${pick(tag, "place", 4)} lined up on ${pick(tag, "day", 1)} to accuse Beijing of backing ${p.actor.name}, the ${pick(tag, "city", 6)} desk reports.`;
  const close = `Readers in ${pick(tag, "city", 7)} find ${pick(tag, "client", 2)} statements on ${pick(tag, "court", 3)} websites, linked as they appear.`;
  const text = [intro, p.charges, p.msps, close].join("\n\n");
  return createReportFixture({
    text,
    actors: [{ key: p.actor.key, name: p.actor.name }],
    source: {
      origin: `test/${tag}-digest.txt`,
      title: `${tag}: the allies speak`,
      outlet: "Digest Daily",
      kind: "aggregator",
      published: dayOf(tag),
      ...source,
    },
    claims: [claimIn(text, intro, p.actor, "attributed-to", CHINA), claimIn(text, p.msps, p.actor, "targets", MSPS)],
    actions: [
      actionIn(text, p.charges, {
        kind: "indictment",
        type: "indictment",
        by: ["Prosecutors"],
        against: [`two men said to work for ${p.actor.name}`],
        date: dayOf(tag),
      }),
    ],
  });
}

/** A later version of the outlet's story: the same text with an update on top. */
export function updatedReport(tag: string, source: Partial<ReportSource> = {}): ReportToStore {
  const first = originalReport(tag, source);
  const update =
    "Update: this story now includes the statement of the Justice Department, published after it first ran.";
  const shift = update.length + 2;
  const text = `${update}\n\n${first.text}`;
  const moved = <T extends { evidence: { start: number; end: number; sentence: string } }>(x: T): T => ({
    ...x,
    evidence: { ...x.evidence, start: x.evidence.start + shift, end: x.evidence.end + shift },
  });
  const p = sharedParagraphs(tag);
  return createReportFixture({
    text,
    actors: [{ key: p.actor.key, name: p.actor.name }],
    source: { ...first.source, ...source },
    claims: first.extraction.claims.map(moved),
    actions: first.extraction.actions.map(moved),
  });
}
