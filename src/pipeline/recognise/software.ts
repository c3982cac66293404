// Software: the malware and tools a report names, under any ATT&CK name or alias, read the way an analyst
// does. A coined name (Mimikatz, PlugX, HyperBro) is software wherever it stands; an ordinary word
// ("Sunburst", "Royal", "Snake") only with malware beside it or in its sentence, written as a name and not
// part of a longer one ("Royal Mail"); a short acronym (RTM, LV) only with a software noun beside it; a
// built-in command that is also a word ("at", "net", "ping") only written as code ("net.exe"). Names also
// borne by a threat actor (Carbanak, Sofacy) count as software only when the text says so ("the Carbanak
// malware"). Names the catalogue lacks are found by their cues ("a backdoor dubbed X").
import type { ArsenalSpan, Evidence, SegmentedReport, SoftwareFinding, Span } from "../../core/index.ts";
import { squashName } from "../../catalogue/index.ts";
import { evidenceFor, sentenceAt, type RecognitionContext } from "./context.ts";
import type { SoftwareMatch, SoftwareMatcher } from "./software-matcher.ts";
import { hasMalwareContext, hasSoftwareNoun, isCompound } from "./software-context.ts";
import { discoverSoftware, overlapsSorted, type DiscoveredSoftware } from "./software-discover.ts";

interface Accepted {
  readonly match: SoftwareMatch;
  readonly span: ArsenalSpan;
  readonly confidence: number;
  /** Something beside or around the name says it is software. */
  cued(): boolean;
}

/** The words around a match, each read only when a rule asks (a coined name needs none of them). */
class Reading {
  readonly text: string;
  readonly m: Span;
  readonly sentence: Span;
  readonly before: string;
  readonly after: string;
  #noun: boolean | undefined;
  #context: boolean | undefined;

  constructor(text: string, m: Span, sentence: Span | undefined) {
    this.text = text;
    this.m = m;
    this.sentence = sentence ?? { start: Math.max(0, text.lastIndexOf("\n", m.start) + 1), end: m.end };
    this.before = text.slice(Math.max(this.sentence.start, m.start - 80), m.start);
    this.after = text.slice(m.end, Math.max(m.end, Math.min(this.sentence.end, m.end + 80)));
  }

  /** A software noun right beside the name. */
  noun(): boolean {
    return (this.#noun ??= hasSoftwareNoun(this.before, this.after));
  }

  /** Malware words elsewhere in the sentence. */
  context(): boolean {
    const { text, m, sentence } = this;
    return (this.#context ??= hasMalwareContext(
      text.slice(sentence.start, m.start) + " " + text.slice(m.end, sentence.end),
    ));
  }

  /** The name opens its sentence, where a capital says nothing. */
  initial(): boolean {
    return /^[\s"'“‘(*•-]*$/.test(this.text.slice(this.sentence.start, this.m.start));
  }
}

/** The confidence a match earns in its context, or 0 when it is not software there. */
function judge(m: SoftwareMatch, r: Reading, actorHere: boolean): number {
  if ((m.actorName || actorHere) && !r.noun()) {
    // A name a group also bears is the group unless the text calls it software, or the actor pass left it.
    if (actorHere || m.strength !== "distinctive" || !r.context()) return 0;
  }
  switch (m.strength) {
    case "command":
      return /^\.exe\b/i.test(r.after) ? 0.9 : 0;
    case "acronym":
      return m.exact && r.noun() ? 0.7 : 0;
    case "word": {
      const lower = m.surface === m.surface.toLowerCase();
      if (lower && !m.lowerCaseName) return 0;
      if (r.noun()) return 0.8;
      // Without a software noun beside it, a capitalised word may just open the sentence ("Chaos followed")
      // or belong to a longer name ("Russian Empire", "Larry Page").
      if (r.initial() || isCompound(r.before, r.after, false)) return 0;
      return r.context() ? 0.7 : 0;
    }
    case "distinctive":
      return m.exact ? 0.9 : 0.85;
  }
}

function spanOf(report: SegmentedReport, m: SoftwareMatch, r: Reading): ArsenalSpan {
  // A command written as code takes its extension with it ("ping.exe").
  const ext = m.strength === "command" ? (/^\.exe\b/i.exec(r.after)?.[0].length ?? 0) : 0;
  const end = m.end + ext;
  return Object.freeze({ start: m.start, end, surface: report.text.slice(m.start, end) });
}

/** Matches that were turned down but name a program the same sentence already names under another name. */
function rescueSiblings(report: SegmentedReport, rejected: readonly SoftwareMatch[], accepted: Accepted[]): void {
  const where = (at: number, id: string | undefined) => `${sentenceAt(report, at)?.index ?? -1} ${id ?? ""}`;
  const named = new Set(accepted.map((a) => where(a.span.start, a.match.software[0]?.id)));
  for (const m of rejected) {
    if (m.strength === "command" || !sentenceAt(report, m.start)) continue;
    if (named.has(where(m.start, m.software[0]?.id)))
      accepted.push({
        match: m,
        span: { start: m.start, end: m.end, surface: m.surface },
        confidence: 0.6,
        cued: () => true,
      });
  }
}

function bestEvidence(report: SegmentedReport, list: readonly Accepted[]): Evidence {
  const cued = list.find((a) => a.cued()) ?? list[0]!;
  return evidenceFor(report, cued.span);
}

function toFinding(report: SegmentedReport, list: Accepted[]): SoftwareFinding {
  list.sort((a, b) => a.span.start - b.span.start);
  const entry = list[0]!.match.software[0]!;
  return Object.freeze({
    name: entry.name,
    key: entry.id,
    kind: entry.kind,
    aliases: Object.freeze([...entry.aliases]),
    mentions: Object.freeze([...new Set(list.map((a) => a.span.surface))]),
    spans: Object.freeze(list.map((a) => a.span)),
    evidence: bestEvidence(report, list),
    confidence: Math.max(...list.map((a) => a.confidence)),
  });
}

function fromDiscovered(report: SegmentedReport, found: readonly DiscoveredSoftware[]): SoftwareFinding[] {
  const byKey = new Map<string, DiscoveredSoftware[]>();
  for (const d of found) {
    const key = squashName(d.surface);
    const list = byKey.get(key);
    if (list) list.push(d);
    else byKey.set(key, [d]);
  }
  return [...byKey].map(([key, list]) =>
    Object.freeze({
      name: list[0]!.surface,
      key: `name:${key}`,
      kind: list.some((d) => d.kind === "malware") ? "malware" : "tool",
      aliases: Object.freeze([]),
      mentions: Object.freeze([...new Set(list.map((d) => d.surface))]),
      spans: Object.freeze(list.map((d) => Object.freeze({ start: d.start, end: d.end, surface: d.surface }))),
      evidence: evidenceFor(report, list[0]!),
      confidence: 0.6,
    }),
  );
}

/** Finds the malware and tools a report names, one finding per program, each with its evidence sentence. */
export function recogniseSoftware(
  report: SegmentedReport,
  ctx: RecognitionContext,
  matcher: SoftwareMatcher,
): SoftwareFinding[] {
  const matches = matcher.scan(report.text, report.body.start, report.text.length);
  const actorSpans = ctx.actorMentions;
  const accepted: Accepted[] = [];
  const rejected: SoftwareMatch[] = [];
  for (const m of matches) {
    const r = new Reading(report.text, m, sentenceAt(report, m.start));
    const confidence = judge(m, r, overlapsSorted(actorSpans, m));
    if (confidence > 0)
      accepted.push({ match: m, span: spanOf(report, m, r), confidence, cued: () => r.noun() || r.context() });
    else rejected.push(m);
  }
  rescueSiblings(report, rejected, accepted);
  const byId = new Map<string, Accepted[]>();
  for (const a of accepted) {
    const id = a.match.software[0]!.id;
    const list = byId.get(id);
    if (list) list.push(a);
    else byId.set(id, [a]);
  }
  const known = [...byId.values()].map((list) => toFinding(report, list));
  const taken = accepted.map((a) => a.span);
  // A name the report gives an actor is not new software, even where the actor recogniser let that one
  // mention go ("the APT10 toolkit").
  const actorNames = new Set(ctx.actors.flatMap((a) => [...a.mentions, ...a.aliases].map(squashName)));
  const discovered = discoverSoftware(report, taken).filter(
    (d) => !overlapsSorted(actorSpans, d) && !actorNames.has(squashName(d.surface)),
  );
  return [...known, ...fromDiscovered(report, discovered)].sort((a, b) => a.spans[0]!.start - b.spans[0]!.start);
}
