// Which actor each sponsor tie is about, read as an analyst reads it: the group named in the same sentence (the
// nearest one, "Iran-backed APT35"; "China's Salt Typhoon"); for "these hackers" or "the group", the group named
// just before; for the defendants of an indictment, the group the text makes them members of; failing those,
// the one group the report is about. A phrase that brings in a new group ("an elite … hacking team") stays
// unattributed activity.
import type { ActorFinding, Mention, SegmentedReport, Sentence, Span } from "../../core/index.ts";
import type { RecognitionContext } from "./context.ts";
import { sentenceAt } from "./context.ts";
import { STATES } from "./gazetteer/index.ts";
import { recognisePersons } from "./persons.ts";
import { incidentActor } from "./attribution-incidents.ts";
import { subjectOf, type HackerSubject } from "./attribution-subjects.ts";
import type { SponsorMention } from "./sponsors-mention.ts";
import { findSponsorMentions } from "./sponsors-mentions.ts";
import { indexOfWord } from "./cues/words.ts";

/**
 * How a tie reached its actor: named beside it, through a phrase pointing back, through the defendants who are
 * its members, through an incident the text links it to, or through the whole report.
 */
export type TieStrength = "explicit" | "coreference" | "membership" | "incident" | "document";

export interface ResolvedTie {
  readonly mention: SponsorMention;
  readonly sentence: Sentence;
  readonly subject: HackerSubject | null;
  readonly actor: ActorFinding | null;
  readonly strength: TieStrength | null;
  /** The actor mention the tie rests on, when it is in the same sentence. */
  readonly actorMention: Mention | null;
}

interface Placed {
  readonly mention: Mention;
  readonly actor: ActorFinding;
}

const MEMBERSHIP = /\b(?:members? of|part of|belong(?:s|ed|ing)? to|operat\w+ (?:as|under)|worked for|work for)\b/i;
const DEFENDANT_NOUNS = /\b(?:defendants?|hackers|they|both|the two|the pair|the trio|suspects)\b/i;
const LEGAL =
  /\b(?:indict\w*|charg(?:ed|es)|accus\w+|defendants?|prosecutors?|sentenc\w+|sanction\w*|plead\w*|convict\w*|arrest\w*|extradit\w*|complaint|unsealed)\b/i;
const SEAT_OR_NAME = STATES.flatMap((s) => [...s.names, ...s.seats].map((word) => ({ word, code: s.code })));
/** "China's " right before a mention: one pattern per state name or seat, compiled once. */
const POSSESSIVE_STATE = SEAT_OR_NAME.map((s) => ({
  ...s,
  pattern: new RegExp(String.raw`(?<![\p{L}])${s.word}['’]s\s+$`, "u"),
}));
const POSSESSIVE_END = /['’]s\s+$/;

const wordPatterns = new Map<string, RegExp>();
/** Whether `word` stands as a whole word in `text` (a word without pattern characters is looked for first). */
function hasWord(text: string, word: string): boolean {
  if (!/[.*+?^${}()|[\]\\]/.test(word)) return indexOfWord(text, word) >= 0;
  let pattern = wordPatterns.get(word);
  if (pattern === undefined) {
    pattern = new RegExp(String.raw`(?<![\p{L}])${word}(?![\p{L}])`, "u");
    if (wordPatterns.size > 10_000) wordPatterns.clear();
    wordPatterns.set(word, pattern);
  }
  return pattern.test(text);
}
const gap = (a: Span, b: Span) => Math.max(0, a.start - b.end, b.start - a.end);

/** The actors the report makes its defendants members of ("The two defendants … were members of APT10"). */
function memberActors(
  report: SegmentedReport,
  placed: readonly Placed[],
  surnames: readonly string[],
): Set<ActorFinding> {
  const out = new Set<ActorFinding>();
  for (const p of placed) {
    const sentence = sentenceAt(report, p.mention.start);
    if (!sentence) continue;
    const text = report.text.slice(sentence.start, sentence.end);
    const people = surnames.some((s) => hasWord(text, s)) || DEFENDANT_NOUNS.test(text);
    if (people && MEMBERSHIP.test(text)) out.add(p.actor);
  }
  return out;
}

/** "China's Salt Typhoon": a state in the possessive right before a group's name ties the group to it. */
function possessiveTies(report: SegmentedReport, placed: readonly Placed[]): SponsorMention[] {
  const out: SponsorMention[] = [];
  for (const p of placed) {
    const before = report.text.slice(Math.max(0, p.mention.start - 40), p.mention.start);
    const possessive = POSSESSIVE_END.exec(before);
    if (!possessive) continue;
    const state = POSSESSIVE_STATE.find((s) => s.pattern.test(before));
    if (!state) continue;
    const start = p.mention.start - possessive[0].length - state.word.length;
    out.push(
      Object.freeze({
        start,
        end: start + state.word.length,
        surface: state.word,
        key: `state:${state.code}`,
        level: "state" as const,
        form: "state-noun" as const,
        country: state.code,
        parentKey: null,
        parentName: null,
        parentLink: null,
        tied: true,
        cue: { start, end: p.mention.end },
      }),
    );
  }
  return out;
}

interface ResolveScope {
  readonly report: SegmentedReport;
  readonly placed: readonly Placed[];
  readonly members: ReadonlySet<ActorFinding>;
  readonly single: ActorFinding | null;
  readonly defendantSurnames: readonly string[];
}

const BACK_REFERENCE =
  /\b(?:the|this|that|its)\s+(?:(unit|bureau|office|department|directorate|branch)|(agency|service|ministry)|(front company|company|firm|contractor))\b/gi;

/**
 * "… sanctions on … Unit 26165 … European officials said the unit is the group researchers call APT28": a
 * sentence naming a group and pointing back at a unit, agency or company ties the group to the one named last.
 */
function backReferences(scope: ResolveScope, tied: readonly SponsorMention[]): ResolvedTie[] {
  const out: ResolvedTie[] = [];
  for (const p of scope.placed) {
    const sentence = sentenceAt(scope.report, p.mention.start);
    if (!sentence || out.some((t) => t.sentence === sentence && t.actor === p.actor)) continue;
    const text = scope.report.text.slice(sentence.start, sentence.end);
    for (const ref of text.matchAll(BACK_REFERENCE)) {
      const level = ref[1] ? "unit" : ref[2] ? "agency" : "front-company";
      const earlier = tied.filter((m) => {
        const s = sentenceAt(scope.report, m.start);
        return m.level === level && s !== undefined && s.index < sentence.index && s.index >= sentence.index - 2;
      });
      const target = earlier[earlier.length - 1];
      if (!target) continue;
      out.push({
        mention: target,
        sentence,
        subject: null,
        actor: p.actor,
        strength: "explicit",
        actorMention: p.mention,
      });
    }
  }
  return out;
}

function nearestInSentence(scope: ResolveScope, m: SponsorMention, sentence: Sentence): Placed | undefined {
  const here = scope.placed.filter((p) => p.mention.start >= sentence.start && p.mention.end <= sentence.end);
  const mismatch = (p: Placed) => (p.actor.country && m.country && p.actor.country !== m.country ? 1 : 0);
  return [...here].sort((a, b) => mismatch(a) - mismatch(b) || gap(a.mention, m) - gap(b.mention, m))[0];
}

function resolveUnnamed(scope: ResolveScope, m: SponsorMention, sentence: Sentence, subject: HackerSubject) {
  const text = scope.report.text.slice(sentence.start, sentence.end);
  const legal = LEGAL.test(text) || scope.defendantSurnames.some((s) => hasWord(text, s));
  const agrees = (a: ActorFinding) => !a.country || !m.country || a.country === m.country;
  const [member] = [...scope.members];
  if (legal && scope.members.size === 1 && member && agrees(member))
    return { actor: member, strength: "membership" as const };
  if (subject.definiteness === "indefinite") return null;
  if (subject.definiteness === "definite") {
    const before = scope.placed.filter((p) => {
      const s = sentenceAt(scope.report, p.mention.start);
      return s !== undefined && s.index < sentence.index && s.index >= sentence.index - 2;
    });
    const last = before[before.length - 1];
    if (last && agrees(last.actor)) return { actor: last.actor, strength: "coreference" as const };
  }
  const incident = incidentActor(scope.report, scope.placed, subject, sentence);
  if (incident && agrees(incident)) return { actor: incident, strength: "incident" as const };
  if (scope.single && agrees(scope.single)) return { actor: scope.single, strength: "document" as const };
  return null;
}

/** Every tie the text makes between a sponsor and hacking, with the actor it is about (or null). */
export function resolveTies(
  report: SegmentedReport,
  actors: readonly ActorFinding[],
  ctx: RecognitionContext,
): ResolvedTie[] {
  const placed: Placed[] = actors
    .flatMap((actor) => actor.mentionSpans.map((mention) => ({ mention, actor })))
    .sort((a, b) => a.mention.start - b.mention.start);
  const named = actors.filter((a) => a.mentionSpans.some((m) => m.via !== "coreference"));
  const defendantSurnames = recognisePersons(report, ctx)
    .filter((p) => p.role === "defendant")
    .flatMap((p) => p.name.split(" ").filter((w) => w.length > 2 && /^\p{Lu}/u.test(w)));
  const scope: ResolveScope = {
    report,
    placed,
    members: memberActors(report, placed, defendantSurnames),
    single: named.length === 1 ? (named[0] ?? null) : null,
    defendantSurnames,
  };
  const tied = findSponsorMentions(report).filter((m) => m.tied);
  const mentions = [...tied, ...possessiveTies(report, placed)];
  const direct = mentions.flatMap((m): ResolvedTie[] => {
    const sentence = sentenceAt(report, m.start);
    if (!sentence) return [];
    const near = nearestInSentence(scope, m, sentence);
    if (near) {
      return [
        { mention: m, sentence, subject: null, actor: near.actor, strength: "explicit", actorMention: near.mention },
      ];
    }
    const subject = subjectOf(report.text, sentence, m);
    const found = resolveUnnamed(scope, m, sentence, subject);
    return [
      {
        mention: m,
        sentence,
        subject,
        actor: found?.actor ?? null,
        strength: found?.strength ?? null,
        actorMention: null,
      },
    ];
  });
  return [...direct, ...backReferences(scope, tied)];
}
