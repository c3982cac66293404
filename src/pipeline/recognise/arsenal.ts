// Arsenal: what a defender can act on in a report — the malware and tools a group uses, the vulnerabilities
// it exploits, its ATT&CK techniques and the indicators to block — and the sentences that tie them to the
// actors the report names. One pass per concern; every span and evidence points into the text as ingested.
import type {
  ArsenalFindings,
  ArsenalLink,
  ArsenalPredicate,
  ArsenalRef,
  ArsenalSpan,
  Evidence,
  SegmentedReport,
  Sentence,
  Span,
} from "../../core/index.ts";
import type { Catalogue } from "../../catalogue/index.ts";
import { sentenceAt, type RecognitionContext } from "./context.ts";
import { readModality } from "./modality.ts";
import { createSoftwareMatcher, type SoftwareMatcher } from "./software-matcher.ts";
import { recogniseSoftware } from "./software.ts";
import { recogniseVulnerabilities } from "./vulnerabilities.ts";
import { recogniseTechniques } from "./techniques.ts";
import { recogniseIndicators } from "./indicators.ts";

export { defang, refang } from "./indicators.ts";
export { createSoftwareMatcher, type SoftwareMatcher } from "./software-matcher.ts";

export interface ArsenalDeps {
  readonly catalogue: Catalogue;
}

// The software automaton is built once per catalogue (a few milliseconds) and kept with it.
const matchers = new WeakMap<Catalogue, SoftwareMatcher>();

function matcherFor(catalogue: Catalogue): SoftwareMatcher {
  let m = matchers.get(catalogue);
  if (!m) {
    m = createSoftwareMatcher(catalogue);
    matchers.set(catalogue, m);
  }
  return m;
}

/** Reads the malware and tools, vulnerabilities, techniques and indicators out of one report. */
export function recogniseArsenal(report: SegmentedReport, ctx: RecognitionContext, deps: ArsenalDeps): ArsenalFindings {
  return Object.freeze({
    software: recogniseSoftware(report, ctx, matcherFor(deps.catalogue)),
    vulnerabilities: recogniseVulnerabilities(report),
    techniques: recogniseTechniques(report),
    indicators: recogniseIndicators(report),
  });
}

interface Target {
  readonly predicate: ArsenalPredicate;
  readonly object: ArsenalRef;
  readonly spans: readonly ArsenalSpan[];
}

function targetsOf(findings: ArsenalFindings): Target[] {
  const ref = (kind: ArsenalRef["kind"], key: string, name: string) => Object.freeze({ kind, key, name });
  return [
    ...findings.software.map((s) => ({
      predicate: "uses" as const,
      object: ref("software", s.key, s.name),
      spans: s.spans,
    })),
    ...findings.vulnerabilities.map((v) => ({
      predicate: "exploits" as const,
      object: ref("vulnerability", v.cve, v.nickname ? `${v.cve} (${v.nickname})` : v.cve),
      spans: v.spans,
    })),
    ...findings.techniques.map((t) => ({
      predicate: "uses" as const,
      object: ref("technique", t.id, t.name ?? t.id),
      spans: t.spans,
    })),
    ...findings.indicators.map((i) => ({
      predicate: "indicates" as const,
      object: ref("indicator", i.value, i.value),
      spans: i.spans,
    })),
  ];
}

interface ActorSpan extends Span {
  readonly key: string;
}

/** A bulleted or numbered line, a line that opens with a CVE id, or a lone token (an indicator per line). */
const isListItem = (report: SegmentedReport, s: Sentence) =>
  /^\s*(?:(?:[•*·▪‣◦–-]|\d{1,2}[.)])\s|CVE|\S+\s*$)/i.test(report.text.slice(s.start, s.end));

/** The sentence that introduces the list an item belongs to ("… has used the following exploits:"). */
function listIntro(report: SegmentedReport, item: Sentence): Sentence | undefined {
  if (!isListItem(report, item)) return undefined;
  for (let i = item.index - 1; i >= 0 && i >= item.index - 30; i--) {
    const s = report.sentences[i]!;
    if (/:\s*$/.test(report.text.slice(s.start, s.end))) return s;
    if (!isListItem(report, s)) return undefined;
  }
  return undefined;
}

/** A sentence that speaks of a group it named before: "the group", "these Chinese-backed hackers", "the
 * operators", or "it"/"they" as the subject of a deed ("…, it breached …") — not of a report's verb ("it added"),
 * whose "it" is the source. */
const ANAPHOR =
  /\b(?:the|this|these|that|those)\s+(?:[\w-]+\s+){0,3}?(?:group|hackers|actors?|attackers|operators|intruders|crew|gang|adversary|APT)\b|(?:^|[,;:]\s*|\band\s+)(?:it|they)\s+(?:\w+ly\s+)?(?:also\s+|then\s+|again\s+)?(?!(?:added|noted|reported|warned|stated|explained|claimed|confirmed|believed|observed|assessed|attributed|published|named|tracked|called)\b)(?:\w+ed|used|uses|sent|stole|built|wrote|deploys|exploits|relies)\b/i;

/**
 * The one actor an anaphoric sentence can only mean: the actors named in the nearest of the three sentences
 * before it that names any, when that is exactly one. A report that juggles several groups gets no link.
 */
function antecedentOf(
  report: SegmentedReport,
  actors: readonly ActorSpan[],
  sentence: Sentence,
): { keys: string[]; from: number } | null {
  if (!ANAPHOR.test(report.text.slice(sentence.start, sentence.end))) return null;
  for (let i = sentence.index - 1; i >= 0 && i >= sentence.index - 3; i--) {
    const before = report.sentences[i]!;
    const keys = [...new Set(actorsIn(actors, before).map((a) => a.key))];
    if (keys.length === 1) return { keys, from: before.start };
    if (keys.length > 1) return null;
  }
  return null;
}

/** The actor mentions inside a span (`actors` ordered by start). */
function actorsIn(actors: readonly ActorSpan[], span: Span): ActorSpan[] {
  let lo = 0;
  let hi = actors.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (actors[mid]!.start < span.start) lo = mid + 1;
    else hi = mid;
  }
  const out: ActorSpan[] = [];
  for (let i = lo; i < actors.length && actors[i]!.start < span.end; i++)
    if (actors[i]!.end <= span.end) out.push(actors[i]!);
  return out;
}

/**
 * The sentences that name an actor (or a coreference mention of it) beside a finding: the actor uses the
 * software or technique, exploits the vulnerability, is indicated by the indicator. An item of a list counts
 * with the sentence that introduces the list; the evidence then runs from that sentence to the item. A
 * sentence that names no actor but speaks of "the group" or "they" counts for the one actor the sentences just
 * before it name, with less confidence.
 */
export function linkArsenalToActors(
  report: SegmentedReport,
  findings: ArsenalFindings,
  ctx: RecognitionContext,
): ArsenalLink[] {
  const actors: ActorSpan[] = ctx.actors
    .flatMap((a) => a.mentionSpans.map((m) => ({ start: m.start, end: m.end, key: a.entity.key })))
    .sort((a, b) => a.start - b.start);
  const out = new Map<string, ArsenalLink>();
  for (const target of targetsOf(findings)) {
    for (const span of target.spans) {
      const sentence = sentenceAt(report, span.start);
      if (!sentence) continue;
      const named = actorsIn(actors, sentence);
      let from = sentence.start;
      let base = 0.7;
      let keys = [...new Set(named.map((a) => a.key))];
      if (named.length === 0) {
        const intro = listIntro(report, sentence);
        const earlier = intro ? null : antecedentOf(report, actors, sentence);
        if (intro) {
          keys = [...new Set(actorsIn(actors, intro).map((a) => a.key))];
          from = intro.start;
          base = 0.6;
        } else if (earlier) {
          // The evidence runs from the sentence that names the group to the one that says what it did.
          keys = earlier.keys;
          from = earlier.from;
          base = 0.5;
        } else continue;
      }
      if (keys.length === 0) continue;
      const end = Math.max(sentence.end, span.end);
      const evidence: Evidence = Object.freeze({ start: from, end, sentence: report.text.slice(from, end) });
      const modality = readModality(report, sentence, span);
      for (const actorKey of keys) {
        const id = `${actorKey} ${target.predicate} ${target.object.kind}:${target.object.key}`;
        if (out.has(id) || modality.negated) continue;
        const confidence = keys.length > 1 ? base - 0.2 : base;
        out.set(
          id,
          Object.freeze({
            actorKey,
            predicate: target.predicate,
            object: target.object,
            evidence,
            modality,
            confidence,
          }),
        );
      }
    }
  }
  return [...out.values()];
}
