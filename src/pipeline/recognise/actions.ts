// Legal and diplomatic actions: indictments, sanctions, condemnations and attributions, warrants, arrests,
// extraditions, advisories, takedowns, rewards, requests for tips, sentences and pleas — who acts, against
// whom, when (resolved against the publication date), how far along and how sure — one finding per distinct
// action, however many sentences describe it. The headline and the lead report the news of the day: an action
// they state without a date of its own is dated at publication, unless a later sentence dates it.
import type { ActionFinding, Evidence, Modality, SegmentedReport, Span } from "../../core/index.ts";
import { parseHeader } from "../segment/index.ts";
import type { RecognitionContext } from "./context.ts";
import { evidenceFor } from "./context.ts";
import { findAnaphoricDate, findDates, truncateDate, type DateDirection, type DateMention } from "./dates.ts";
import { readModality } from "./modality.ts";
import { dateForCue, lastPreciseDate, type AttachedDate } from "./actions-dates.ts";
import { REFERRING_PARTY } from "./actions-parties.ts";
import { mergeCandidates, toActionFinding, type ActionCandidate, type DateSource } from "./actions-merge.ts";
import { readSentenceActions, type SentenceAction } from "./actions-sentence.ts";
import { findAttributionStatements } from "./actions-statements.ts";
import { dateAtNewsDay } from "./actions-newsday.ts";

interface ReadingUnit extends Span {
  /** The headline or the first sentence of the body: they report the news of the day. */
  readonly lede: boolean;
  readonly evidence: Evidence;
}

/** "The move comes as …": the action in this sentence happens when the one before did. */
const COMES_AS =
  /^\W*(?:The|This|That|Their|These|Those|Its)\s+(?:\w+\s+)?(?:actions?|moves?|announcements?|steps?|decisions?|condemnations?|statements?|measures?|sanctions)\s+(?:comes?|came)\s+(?:as|at\s+the\s+same\s+time|alongside)\b/i;

function readingUnits(report: SegmentedReport): ReadingUnit[] {
  const units: ReadingUnit[] = [];
  const title = parseHeader(report.text).title;
  const titleAt = title ? report.text.indexOf(title) : -1;
  if (title && titleAt >= 0 && titleAt + title.length <= report.body.start) {
    const span = { start: titleAt, end: titleAt + title.length };
    units.push({ ...span, lede: true, evidence: Object.freeze({ ...span, sentence: title }) });
  }
  report.sentences.forEach((s, i) =>
    units.push({ start: s.start, end: s.end, lede: i === 0, evidence: evidenceFor(report, s) }),
  );
  return units;
}

/** The groups a sentence names, each once, as the text first names it (not "the group" standing for one). */
function actorSurfacesIn(ctx: RecognitionContext, unit: Span): string[] {
  const byEntity = new Map<string, string>();
  for (const m of ctx.actorMentions) {
    if (m.start < unit.start || m.end > unit.end || m.via === "coreference") continue;
    if (!byEntity.has(m.entity.key)) byEntity.set(m.entity.key, m.surface);
  }
  return [...byEntity.values()];
}

interface ReadState {
  /** The last month- or day-precise date the text gave ("the same month" refers to it). */
  previousDate: string | null;
  /** The date of the last action dated in the text ("the move comes as …" shares it). */
  previousActionDate: string | null;
  /** The last party named by name ("the company" refers to it). */
  previousParty: string | null;
}

/** "The company", "it": the party named last, or nobody when none was. */
function resolveReferences(by: readonly string[], state: ReadState): string[] {
  const out: string[] = [];
  for (const b of by) {
    const resolved = REFERRING_PARTY.test(b) ? state.previousParty : b;
    if (resolved && !out.includes(resolved)) out.push(resolved);
  }
  return out;
}

interface DatingInput {
  readonly text: string;
  readonly lede: boolean;
  readonly attached: AttachedDate;
  readonly modality: Modality;
  readonly state: ReadState;
  readonly published: string | null;
}

const DATELINE = /^[A-Z][A-Za-z.' -]*,\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2}),?\s+\d{4}\s*[-–—]/;

/** An action's date: its own, else "the same month" of the date before, else that of the action it "comes as",
 * else — in the headline or the lead, for what is done — the publication date. */
function dateAction(input: DatingInput): { date: string | null; dateSource: DateSource } {
  const { text, attached, state, published } = input;
  // A dateline's date ("WASHINGTON, 20 December 2018 - …") is when the story was filed: what it expects is undated.
  const inDateline = attached.at !== null && DATELINE.test(text.slice(0, attached.at + 24));
  if (attached.value && !(inDateline && input.modality.status === "expected")) {
    return { date: attached.value, dateSource: "explicit" };
  }
  const anaphora = findAnaphoricDate(text);
  // "on the same day" is the day of the last action told, when one was; a month or year, of the last date given.
  const lastAction = state.previousActionDate?.length === 10 ? state.previousActionDate : null;
  const antecedent = anaphora?.unit === "day" ? (lastAction ?? state.previousDate) : state.previousDate;
  const same =
    anaphora && antecedent ? truncateDate(antecedent, anaphora.unit === "week" ? "month" : anaphora.unit) : null;
  if (same) return { date: same, dateSource: "explicit" };
  if (COMES_AS.test(text) && state.previousActionDate)
    return { date: state.previousActionDate, dateSource: "inherited" };
  const sameYear = attached.yearHint === null || published?.startsWith(attached.yearHint) === true;
  if (input.lede && published && input.modality.status !== "expected" && sameYear) {
    return { date: published.slice(0, 10), dateSource: "soft" };
  }
  return { date: null, dateSource: "none" };
}

/** The action cues of a sentence and its statements of attribution (weak cues, see actions-statements.ts). */
function readCues(text: string, actors: readonly string[]): (SentenceAction & { readonly weak: boolean })[] {
  const statements = findAttributionStatements(text, actors).map((s) => ({
    ...s,
    kind: "condemnation" as const,
    weak: true,
    corroborates: false,
  }));
  return [...readSentenceActions(text, actors).map((a) => ({ ...a, weak: false })), ...statements];
}

function readUnit(
  report: SegmentedReport,
  ctx: RecognitionContext,
  unit: ReadingUnit,
  state: ReadState,
): ActionCandidate[] {
  const text = report.text.slice(unit.start, unit.end);
  const actors = actorSurfacesIn(ctx, unit);
  const found = readCues(text, actors);
  const out: ActionCandidate[] = [];
  const datesByDirection = new Map<DateDirection, DateMention[]>();
  const datesOf = (direction: DateDirection): DateMention[] => {
    const known = datesByDirection.get(direction) ?? findDates(text, ctx.published, direction);
    datesByDirection.set(direction, known);
    return known;
  };
  for (const a of found) {
    const focus = { start: unit.start + a.start, end: unit.start + a.end };
    const modality = readModality(report, unit, focus);
    const attached = dateForCue(text, a, datesOf(modality.status === "expected" ? "future" : "past"));
    const { date, dateSource } = dateAction({
      text,
      lede: unit.lede,
      attached,
      modality,
      state,
      published: ctx.published,
    });
    const by = resolveReferences(a.by, state);
    const named = by.find((b) => /^[A-Z]/.test(b) && !REFERRING_PARTY.test(b));
    if (named) state.previousParty = named;
    if (date && dateSource === "explicit") state.previousActionDate = date;
    const dependent = a.corroborates && by.length === 0 && dateSource !== "explicit" && attached.yearHint === null;
    out.push({
      kind: a.kind,
      by,
      against: a.against,
      date,
      dateSource,
      yearHint: attached.yearHint,
      modality,
      evidence: unit.evidence,
      weak: a.weak,
      dependent,
      lede: unit.lede,
    });
  }
  state.previousDate = lastPreciseDate(datesOf("past")) ?? state.previousDate;
  return out;
}

/** Case stages a later stage subsumes: a guilty plea or a conviction in a report of the case's sentencing. */
function foldCaseStages(candidates: readonly ActionCandidate[]): ActionCandidate[] {
  const sentenced = candidates.some((c) => c.kind === "sentencing");
  return candidates.filter((c) => !(sentenced && (c.kind === "guilty-plea" || c.kind === "conviction")));
}

/** Every legal and diplomatic action the report describes, one finding per distinct action. */
export function recogniseActions(report: SegmentedReport, ctx: RecognitionContext): ActionFinding[] {
  const state: ReadState = { previousDate: null, previousActionDate: null, previousParty: null };
  const candidates = readingUnits(report).flatMap((unit) => readUnit(report, ctx, unit, state));
  const merged = dateAtNewsDay(mergeCandidates(foldCaseStages(candidates)), ctx.published);
  return merged.sort((a, b) => a.evidence.start - b.evidence.start).map(toActionFinding);
}
