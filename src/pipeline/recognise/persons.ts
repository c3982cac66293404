// Persons: the people a report names, one finding per person however often and however briefly it names them
// ("Deputy Attorney General Rod Rosenstein" … "Rosenstein said"), with the role the context gives them:
// defendant, official, researcher or other. A run of capitalised words is a person only on evidence — a title or
// role noun, an apposition, a verb of saying, a common given name, the shape of a Chinese or Korean name, a
// patronymic — and never when it is an organisation, a place, a product or a threat actor the catalogue knows.
import type { PersonFinding, PersonRole, SegmentedReport, Sentence, Span } from "../../core/index.ts";
import { spansOverlap } from "../../core/index.ts";
import type { RecognitionContext } from "./context.ts";
import { evidenceFor } from "./context.ts";
import { HONORIFICS } from "./gazetteer/index.ts";
import { coreTokens, findNameRuns, hasEastAsianShape, looksLikeName, type NameRun } from "./persons-names.ts";
import { decideRole, onlyReporter, readRoleCues, type RoleCues } from "./persons-roles.ts";

interface PersonDraft {
  tokens: readonly string[];
  first: Span;
  readonly spans: Span[];
  readonly cues: RoleCues[];
  title: string | null;
  affiliation: string | null;
  signatureRole: PersonRole;
}

interface Located {
  readonly run: NameRun;
  readonly sentence: Sentence;
}

const keyOf = (tokens: readonly string[]) => coreTokens(tokens).join(" ").toLowerCase();

function runsOfReport(report: SegmentedReport, ctx: RecognitionContext): Located[] {
  const out: Located[] = [];
  for (const sentence of report.sentences) {
    for (const run of findNameRuns(report.text, sentence.start, sentence.end)) {
      if (ctx.actorMentions.some((m) => spansOverlap(m, run))) continue;
      out.push({ run, sentence });
    }
  }
  return out;
}

/** A name of one word counts only behind an honorific or a role noun ("President Trump", "spokesman Peskov"). */
function singleNameAllowed(run: NameRun, cues: RoleCues): boolean {
  const titled = run.title?.split(" ").some((w) => HONORIFICS.has(w)) ?? false;
  return (titled || cues.direct) && !cues.credit && (run.tokens[0]?.length ?? 0) > 1;
}

/** The role an embedded post's author plays: an official when the post speaks for a government. */
function signatureRole(report: SegmentedReport, sentence: Sentence): PersonRole {
  const paragraph = report.paragraphs[sentence.paragraph - 1];
  const post = paragraph ? report.text.slice(paragraph.start, paragraph.end) : "";
  return /\b(?:Member States|government|minister|ministry|our (?:nation|country|democrac)|sanctions?|EU|NATO|we (?:condemn|urge|call|observed))\b/i.test(
    post,
  )
    ? "official"
    : "other";
}

function accept(report: SegmentedReport, located: Located, drafts: Map<string, PersonDraft>, joined = false): boolean {
  const { run, sentence } = located;
  const cues = readRoleCues({ text: report.text, sentence, start: run.start, end: run.end, title: run.title });
  const many = coreTokens(run.tokens).length >= 2;
  const known = many ? joined || looksLikeName(run.tokens) || cues.personal : singleNameAllowed(run, cues);
  if (!known || cues.thing) return false;
  const key = keyOf(run.tokens);
  const draft = drafts.get(key) ?? {
    tokens: run.tokens,
    first: run,
    spans: [],
    cues: [],
    title: null,
    affiliation: null,
    signatureRole: "other",
  };
  draft.cues.push(cues);
  draft.spans.push(run);
  draft.title ??= cues.title;
  draft.affiliation ??= cues.affiliation;
  if (cues.signature) draft.signatureRole = signatureRole(report, sentence);
  drafts.set(key, draft);
  return true;
}

/** Words of a full name a later short reference may use: any but the given name, or the family name first. */
function referenceTokens(tokens: readonly string[]): string[] {
  const core = coreTokens(tokens);
  if (core.length < 2) return core;
  return hasEastAsianShape(tokens) ? [core[0] ?? ""] : core.slice(1);
}

/** Folds one-word persons into the full name that contains them ("Trump" into "Donald Trump"). */
function mergeShortIntoFull(drafts: Map<string, PersonDraft>): void {
  for (const [key, draft] of drafts) {
    if (coreTokens(draft.tokens).length !== 1) continue;
    const full = [...drafts.values()].find(
      (d) => d !== draft && referenceTokens(d.tokens).includes(draft.tokens[0] ?? ""),
    );
    if (!full) continue;
    full.cues.push(...draft.cues);
    full.title ??= draft.title;
    if (draft.first.start < full.first.start) full.first = draft.first;
    drafts.delete(key);
  }
}

function addShortReferences(report: SegmentedReport, pending: readonly Located[], drafts: Map<string, PersonDraft>) {
  const people = [...drafts.values()];
  for (const { run, sentence } of pending) {
    const core = coreTokens(run.tokens);
    const person =
      core.length === 1
        ? people.find((p) => referenceTokens(p.tokens).includes(core[0] ?? ""))
        : drafts.get(keyOf(run.tokens));
    if (!person) continue;
    person.cues.push(readRoleCues({ text: report.text, sentence, start: run.start, end: run.end, title: run.title }));
  }
}

const PEOPLE_LIST =
  /\b(?:individuals|men|women|people|persons|nationals|citizens|defendants|hackers|officers|officials|members|suspects|businessmen|employees|operatives|agents|engineers|researchers|executives|leaders|ministers)\b[^.;]{0,40}$|\b(?:indictment|complaint|charging\s+documents?|court\s+papers|designation|notice)\s+(?:also\s+)?(?:names|named|lists|listed|identifies|identified)\s+$/i;
/** What joins one listed name to the next: a comma, "and", "along with", or a relative clause about the one before. */
const LIST_JOIN =
  /^\s*(?:,|and|&|,\s*and|,?\s*along\s+with|,?\s*as\s+well\s+as|,\s*(?:who|whom)\s[^.;"]{0,80},\s*(?:and|along\s+with|as\s+well\s+as))\s*$/;

/**
 * "two individuals, Zhao Guangzong and Ni Gaobin": a full name joined by "and" or a comma to a person's name,
 * in a list the sentence introduces as people, is a person too.
 */
function acceptCoordinated(report: SegmentedReport, pending: Located[], drafts: Map<string, PersonDraft>): Located[] {
  const rest: Located[] = [];
  for (const located of pending) {
    const { run, sentence } = located;
    const spans = [...drafts.values()]
      .flatMap((d) => d.spans)
      .filter((p) => p.start >= sentence.start && p.end <= sentence.end);
    const previous = spans.filter((p) => p.end <= run.runStart).sort((a, b) => b.end - a.end)[0];
    // "names Jane Roe and John Doe": the first of a list is joined to the person after it.
    const next = spans.filter((p) => p.start >= run.end).sort((a, b) => a.start - b.start)[0];
    const linked =
      (previous !== undefined && LIST_JOIN.test(report.text.slice(previous.end, run.runStart))) ||
      (next !== undefined && LIST_JOIN.test(report.text.slice(run.end, next.start)));
    const joined =
      linked &&
      PEOPLE_LIST.test(report.text.slice(sentence.start, Math.min(run.runStart, ...spans.map((p) => p.start))));
    const named = joined && coreTokens(run.tokens).length >= 2;
    if (!named || !accept(report, located, drafts, true)) rest.push(located);
  }
  return rest;
}

/** The last reading per report: sponsors, attribution and the report's persons all ask with the same mentions. */
const lastReading = new WeakMap<
  SegmentedReport,
  { mentions: RecognitionContext["actorMentions"]; found: PersonFinding[] }
>();

/** Recognises the people a report names, one finding per person, with their role, title and affiliation. */
export function recognisePersons(report: SegmentedReport, ctx: RecognitionContext): PersonFinding[] {
  const held = lastReading.get(report);
  if (held && held.mentions === ctx.actorMentions) return [...held.found];
  const found = readPersons(report, ctx);
  lastReading.set(report, { mentions: ctx.actorMentions, found });
  return [...found];
}

function readPersons(report: SegmentedReport, ctx: RecognitionContext): PersonFinding[] {
  const drafts = new Map<string, PersonDraft>();
  const pending: Located[] = [];
  for (const located of runsOfReport(report, ctx)) {
    if (!accept(report, located, drafts)) pending.push(located);
  }
  const left = acceptCoordinated(report, pending, drafts);
  mergeShortIntoFull(drafts);
  addShortReferences(report, left, drafts);
  return [...drafts.values()]
    .filter((d) => !onlyReporter(d.cues))
    .sort((a, b) => a.first.start - b.first.start)
    .map((d) =>
      Object.freeze({
        name: d.tokens.join(" "),
        role: decideRole(d.cues, d.signatureRole),
        title: d.title,
        affiliation: d.affiliation,
        evidence: evidenceFor(report, d.first),
      }),
    );
}
