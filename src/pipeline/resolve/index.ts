// Resolve: turns actor mentions into one finding per group the report names. Names the text itself joins
// ("X, also known as Y") make one finding, with the other catalogue actors kept in `sameInText`; a name
// several catalogue actors claim is decided by the text or reported with its `candidates`, never merged
// silently; "the group", "the hackers", "they" after a named group become coreference mentions of it.
// `attributedTo` is left empty here: the sponsor stage fills it.
import type { ActorFinding, ActorMention, EntityRef, Mention, SegmentedReport } from "../../core/index.ts";
import type { Catalogue } from "../../catalogue/index.ts";
import { aliasLinks } from "./aliases-in-text.ts";
import { decideAmbiguous } from "./ambiguity.ts";
import { coreferenceMentions } from "./coreference.ts";

export interface ResolveActorsDeps {
  readonly catalogue: Catalogue;
}

const kindOf = (m: ActorMention) => (m.candidates ? 2 : m.discovery ? 1 : 0);

function components(count: number, links: readonly [number, number][], mentions: readonly ActorMention[]): number[][] {
  const parent = Array.from({ length: count }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const join = (a: number, b: number) => (parent[find(a)] = find(b));
  for (const [a, b] of links) join(a, b);
  const byKey = new Map<string, number>();
  mentions.forEach((m, i) => {
    const first = byKey.get(m.entity.key);
    if (first === undefined) byKey.set(m.entity.key, i);
    else join(i, first);
  });
  const groups = new Map<number, number[]>();
  for (let i = 0; i < count; i++) groups.set(find(i), [...(groups.get(find(i)) ?? []), i]);
  return [...groups.values()];
}

/** The entity a group of mentions stands for: a catalogue actor before a discovered one before an ambiguous name; then the most named. */
function leadOf(group: readonly ActorMention[]): ActorMention {
  const counts = new Map<string, number>();
  for (const m of group) counts.set(m.entity.key, (counts.get(m.entity.key) ?? 0) + 1);
  return [...group].sort(
    (a, b) => kindOf(a) - kindOf(b) || counts.get(b.entity.key)! - counts.get(a.entity.key)! || a.start - b.start,
  )[0]!;
}

function findingOf(group: readonly ActorMention[], catalogue: Catalogue): ActorFinding {
  const lead = leadOf(group);
  const actor = catalogue.actor(lead.entity.key);
  const others = new Map<string, EntityRef>();
  for (const m of group) {
    for (const ref of m.candidates ?? [m.entity])
      if (ref.key !== lead.entity.key && !ref.key.startsWith("ambiguous:")) others.set(ref.key, ref);
  }
  const ambiguous = lead.candidates !== undefined;
  const confidences = group.map((m) => m.confidence);
  return Object.freeze({
    entity: lead.entity,
    aliases: actor ? actor.names.map((n) => n.name) : [...new Set(group.map((m) => m.surface))],
    mentions: [...new Set(group.map((m) => m.surface))],
    mentionSpans: group,
    attributedTo: [],
    unconfirmed: lead.discovery !== undefined,
    namingVendor: lead.discovery?.vendor ?? null,
    country: actor?.country ?? lead.discovery?.country ?? null,
    confidence: Math.min(0.99, Math.max(...confidences) + 0.02 * (group.length - 1)),
    ...(ambiguous ? { candidates: lead.candidates } : {}),
    ...(!ambiguous && others.size > 0 ? { sameInText: [...others.values()] } : {}),
  });
}

/** One finding per group the report names, in order of first mention. */
export function resolveActors(
  report: SegmentedReport,
  mentions: readonly ActorMention[],
  deps: ResolveActorsDeps,
): ActorFinding[] {
  const named = decideAmbiguous(
    report,
    [...mentions].filter((m) => m.via !== "coreference").sort((a, b) => a.start - b.start),
    deps.catalogue,
  );
  const groups = components(named.length, aliasLinks(report.text, named), named).map((g) => g.map((i) => named[i]!));
  const findings = groups
    .map((g) => findingOf(g, deps.catalogue))
    .sort((a, b) => a.mentionSpans[0]!.start - b.mentionSpans[0]!.start);
  const anchors = findings.flatMap((f) =>
    f.mentionSpans.map((m) => ({ start: m.start, end: m.end, entity: f.entity })),
  );
  const coref = coreferenceMentions(report, anchors);
  return findings.map((f) => {
    const extra: Mention[] = coref.filter((c) => c.entity.key === f.entity.key);
    if (extra.length === 0) return f;
    return Object.freeze({ ...f, mentionSpans: [...f.mentionSpans, ...extra].sort((a, b) => a.start - b.start) });
  });
}
