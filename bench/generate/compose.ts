// Writes one report from the templates: a story (who, sponsor, acting government, official, vendor) fills
// the slots that must agree across sentences; every other slot is drawn fresh where it occurs.
import {
  COMPANY_PARTS,
  COUNTRIES,
  FIRST_NAMES,
  GOVERNMENT_BODIES,
  MALWARE,
  MONTHS,
  OFFICIAL_TITLES,
  SECTORS,
  SURNAMES,
  type GeneratorActor,
} from "./names.ts";
import type { Rng } from "./rng.ts";
import { TEMPLATES, type SentenceRole } from "./templates.ts";

export interface Story {
  readonly actor: GeneratorActor;
  readonly alias: string;
  readonly gov: string;
  readonly official: string;
  readonly vendor: string;
  readonly malware: string;
  readonly published: string;
}

const CITIES = [
  "Washington",
  "London",
  "Brussels",
  "Canberra",
  "Ottawa",
  "Tokyo",
  "Berlin",
  "The Hague",
  "Paris",
  "Seoul",
  "Wellington",
  "Prague",
  "Oslo",
  "Geneva",
  "Singapore",
  "Warsaw",
  "Tallinn",
  "Vienna",
  "Madrid",
  "Rome",
];
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

const personName = (rng: Rng) => `${rng.pick(FIRST_NAMES)} ${rng.pick(SURNAMES)}`;
const companyName = (rng: Rng) =>
  `${rng.pick(COMPANY_PARTS.first)}${rng.pick(COMPANY_PARTS.second)} ${rng.pick(COMPANY_PARTS.kind)}`;

/** A story: the slots that stay the same across one report. */
export function createStory(rng: Rng, actors: readonly GeneratorActor[], published: string): Story {
  const actor = rng.pick(actors);
  return {
    actor,
    alias: actor.aliases.length > 0 ? rng.pick(actor.aliases) : actor.name,
    gov: rng.pick(GOVERNMENT_BODIES),
    official: `${rng.pick(OFFICIAL_TITLES)} ${personName(rng)}`,
    vendor: `${rng.pick(COMPANY_PARTS.first)}${rng.pick(COMPANY_PARTS.second)} ${rng.pick(["Security", "Threat Intelligence", "Labs", "Research"])}`,
    malware: rng.pick(MALWARE),
    published,
  };
}

function datePhrase(rng: Rng, published: string): string {
  const day = new Date(`${published}T00:00:00Z`);
  switch (rng.int(0, 3)) {
    case 0:
      return `on ${WEEKDAYS[(day.getUTCDay() + 6) % 7] ?? "Monday"}`;
    case 1:
      return `on ${MONTHS[day.getUTCMonth()] ?? "January"} ${day.getUTCDate()}`;
    case 2:
      return "this week";
    default:
      return `on ${MONTHS[day.getUTCMonth()] ?? "January"} ${day.getUTCDate()}, ${day.getUTCFullYear()}`;
  }
}

const fresh = {
  person: personName,
  company: companyName,
  country: (rng: Rng) => rng.pick(COUNTRIES),
  sector: (rng: Rng) => rng.pick(SECTORS),
  number: (rng: Rng) => String(rng.int(12, 950)),
  smallnumber: (rng: Rng) => String(rng.int(2, 19)),
  age: (rng: Rng) => String(rng.int(24, 61)),
  month: (rng: Rng) => rng.pick(MONTHS),
  cve: (rng: Rng) => `CVE-${rng.int(2014, 2024)}-${rng.int(1000, 49999)}`,
  money: (rng: Rng) => `$${rng.int(1, 10)} million`,
  city: (rng: Rng) => rng.pick(CITIES),
  weekday: (rng: Rng) => rng.pick(WEEKDAYS),
} satisfies Record<string, (rng: Rng) => string>;

const bound = {
  actor: (s: Story) => s.actor.name,
  alias: (s: Story) => s.alias,
  sponsor: (s: Story) => s.actor.sponsor,
  state: (s: Story) => s.actor.state,
  gov: (s: Story) => s.gov,
  official: (s: Story) => s.official,
  vendor: (s: Story) => s.vendor,
  malware: (s: Story) => s.malware,
} satisfies Record<string, (story: Story) => string>;

function fillSlot(slot: string, story: Story, rng: Rng): string {
  if (slot === "date") return datePhrase(rng, story.published);
  // Years a report looks back to: never after it was published.
  if (slot === "year" || slot === "year2")
    return String(rng.int(2004, Math.max(2004, Number(story.published.slice(0, 4)))));
  if (slot in bound) return bound[slot as keyof typeof bound](story);
  const base = slot.replace(/2$/, "");
  if (base in fresh) return fresh[base as keyof typeof fresh](rng);
  throw new RangeError(`unknown template slot {${slot}}`);
}

/** One sentence of a role, every slot and wording filled. */
export function writeSentence(role: SentenceRole, story: Story, rng: Rng): string {
  const template = rng.pick(TEMPLATES[role]);
  const text = template.replace(/\[([^\]]+)\]/g, (_, options: string) => rng.pick(options.split("|")));
  const filled = text.replace(/\{(\w+)\}/g, (_, slot: string) => fillSlot(slot, story, rng));
  return filled.charAt(0).toUpperCase() + filled.slice(1);
}

const PARAGRAPH_PLANS: readonly (readonly SentenceRole[])[] = [
  ["attribution", "background"],
  ["action", "detail", "quote"],
  ["quote", "detail"],
  ["technique", "victims", "technique"],
  ["victims", "quote"],
  ["background", "attribution", "response"],
  ["action", "detail"],
  ["technique", "detail", "response"],
];

/** A body of four to six paragraphs, each a list of sentences; the lead paragraph comes first. */
export function writeBody(story: Story, rng: Rng): string[][] {
  const lead = [
    writeSentence("lead", story, rng),
    writeSentence(rng.pick(["attribution", "victims"] as const), story, rng),
  ];
  const plans = rng.shuffle(PARAGRAPH_PLANS).slice(0, rng.int(3, 5));
  return [lead, ...plans.map((plan) => plan.map((role) => writeSentence(role, story, rng)))];
}

/** A title line for the header. */
export function writeTitle(story: Story, rng: Rng): string {
  const verb = rng.pick(["accused over", "blamed for", "linked to", "named in", "tied to"]);
  return `${story.actor.name} ${verb} ${rng.pick(["intrusions", "breaches", "espionage"])} at ${rng.pick(SECTORS)} in ${rng.pick(COUNTRIES)}`;
}

/** The full text: title, header, and paragraphs separated by blank lines. */
export function renderText(parts: {
  title: string;
  outlet: string;
  published: string;
  paragraphs: readonly string[];
}): string {
  return `${parts.title}\n\nSource: ${parts.outlet}\nDate: ${parts.published}\n\n${parts.paragraphs.join("\n\n")}\n`;
}
