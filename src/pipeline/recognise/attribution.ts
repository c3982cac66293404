// Attribution: which sponsors the text ties to which actor — "the Kremlin-sponsored Turla espionage crew",
// "Iran-backed APT35", "China's Salt Typhoon", "the hacking group … working for North Korea's Reconnaissance
// General Bureau", or an indictment's "working at the direction of the Guangdong bureau of China's MSS" when the
// defendants are members of the group. Each attribution keeps the sentence that makes it and its modality.
// A group called "Russian" or "Chinese" is not thereby tied to that state ("a Russian cybercriminal gang").
import type { ActorFinding, SegmentedReport, SponsorFinding } from "../../core/index.ts";
import { frontCompanyTies } from "./attribution-fronts.ts";
import { resolveTies, type ResolvedTie } from "./attribution-resolve.ts";
import type { RecognitionContext } from "./context.ts";
import { normaliseName } from "./sponsors-mention.ts";
import { toSponsorFinding } from "./sponsors.ts";
import { SPONSOR_ENTRIES } from "./gazetteer/index.ts";

const BODIES = new Set(["agency", "unit", "front-company"]);
const GAZETTEER_PARENT = new Map(SPONSOR_ENTRIES.map((e) => [e.key, e.parent]));

/** Keys on the chain above a sponsor, its own included, as the findings of the report give them. */
function chainOf(key: string, parents: ReadonlyMap<string, string | null>): Set<string> {
  const out = new Set<string>();
  for (let k: string | null | undefined = key; k && !out.has(k); k = parents.get(k)) out.add(k);
  return out;
}

/** "Chinese intelligence" may be any Chinese agency: a described agency is compatible with its country's others. */
function isDescription(described: string, other: string): boolean {
  const m = /^([A-Z]{2}):/.exec(described);
  return m !== null && (other.startsWith(`${m[1]}:`) || other.toLowerCase().startsWith(`${m[1]?.toLowerCase()}-`));
}

/**
 * A tie through the whole report ("the one group it is about") gives way when the group is tied to another
 * agency more directly or more often: "China's military hackers" said in passing do not make an MSS group a PLA one.
 */
function documentFilter(ties: readonly ResolvedTie[], parents: ReadonlyMap<string, string | null>) {
  const direct = ties.filter((t) => t.strength !== "document" && BODIES.has(t.mention.level));
  const counts = new Map<string, number>();
  for (const t of ties.filter((t) => t.strength === "document" && BODIES.has(t.mention.level))) {
    counts.set(t.mention.key, (counts.get(t.mention.key) ?? 0) + 1);
  }
  const top = Math.max(0, ...counts.values());
  const anchors = direct.length
    ? direct.map((t) => t.mention.key)
    : [...counts].filter(([, n]) => n === top).map(([k]) => k);
  const related = (a: string, b: string) => {
    const up = chainOf(a, parents);
    const shared = [...chainOf(b, parents)].some((k) => up.has(k) && !k.startsWith("state:"));
    return shared || isDescription(a, b) || isDescription(b, a);
  };
  return (tie: ResolvedTie) =>
    tie.strength !== "document" || !BODIES.has(tie.mention.level) || anchors.every((k) => related(k, tie.mention.key));
}

function attributionsOf(
  report: SegmentedReport,
  ties: readonly ResolvedTie[],
  sponsors: readonly SponsorFinding[],
  parents: ReadonlyMap<string, string | null>,
): SponsorFinding[] {
  const keep = documentFilter(ties, parents);
  const seen = new Set<string>();
  const out: SponsorFinding[] = [];
  for (const tie of ties) {
    if (!keep(tie)) continue;
    const id = `${tie.mention.key}|${normaliseName(tie.mention.surface)}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const known = sponsors.find((s) => s.key === tie.mention.key);
    const evidenceOf = tie.actorMention
      ? {
          start: Math.min(tie.mention.start, tie.actorMention.start),
          end: Math.max(tie.mention.end, tie.actorMention.end),
        }
      : tie.mention;
    const finding = toSponsorFinding(report, tie.mention, evidenceOf);
    if (finding.modality.negated) continue;
    out.push(known ? Object.freeze({ ...finding, parent: finding.parent ?? known.parent }) : finding);
  }
  return out;
}

/**
 * Adds the sponsors above each tied one that the report itself names: a group tied to "Unit 26165" in a text
 * that calls it "its Unit 26165" of "the GRU" is tied to the GRU as well.
 */
function withAncestors(ties: readonly ResolvedTie[], all: readonly ResolvedTie[]): ResolvedTie[] {
  const out = [...ties];
  const seen = new Set(ties.map((t) => t.mention.key));
  for (let i = 0; i < out.length; i++) {
    const child = out[i];
    if (!child) continue;
    // The nearest ancestor the report names: "Unit 61398" answers to the Third Department, which answers to the
    // People's Liberation Army — a text naming only the army ties the unit's group to the army.
    let parentKey = child.mention.parentKey;
    while (parentKey && !seen.has(parentKey) && !all.some((t) => t.mention.key === parentKey)) {
      parentKey = GAZETTEER_PARENT.get(parentKey) ?? null;
    }
    // A state's other names ("Beijing", "Chinese state") add nothing; a body's may be how the reader knows it.
    if (!parentKey || (seen.has(parentKey) && parentKey.startsWith("state:"))) continue;
    const candidates = all.filter((t) => t.mention.key === parentKey);
    const parent =
      candidates.find((t) => t.sentence === child.sentence) ??
      candidates.filter((t) => t.mention.start < child.mention.start).pop() ??
      candidates[0];
    if (!parent) continue;
    seen.add(parentKey);
    // The body under each name the text gives it: "an arm of the Chinese military", "the People's Liberation Army".
    const names = new Set(out.filter((t) => t.mention.key === parentKey).map((t) => normaliseName(t.mention.surface)));
    const others = parentKey.startsWith("state:") ? [] : candidates;
    for (const named of [parent, ...others]) {
      const name = normaliseName(named.mention.surface);
      if (names.has(name)) continue;
      names.add(name);
      out.push({ ...named, actor: child.actor, strength: child.strength, actorMention: null, subject: null });
    }
  }
  return out;
}

/** Returns the actors with `attributedTo` filled from the ties the text makes, each with evidence and modality. */
export function attributeActors(
  report: SegmentedReport,
  actors: readonly ActorFinding[],
  sponsors: readonly SponsorFinding[],
  ctx: RecognitionContext,
): ActorFinding[] {
  const ties = resolveTies(report, actors, ctx);
  const parents = new Map<string, string | null>(ties.map((t) => [t.mention.key, t.mention.parentKey]));
  for (const s of sponsors) if (s.key && !parents.has(s.key)) parents.set(s.key, s.parentKey ?? null);
  return actors.map((actor) => {
    const mine = withAncestors(
      ties.filter((t) => t.actor === actor),
      ties,
    );
    if (!mine.length) return actor;
    mine.push(...frontCompanyTies(report, mine, ties));
    const attributed = attributionsOf(report, mine, sponsors, parents);
    const previous = actor.attributedTo.filter((s) => !attributed.some((a) => a.key === s.key && a.name === s.name));
    return Object.freeze({ ...actor, attributedTo: Object.freeze([...previous, ...attributed]) });
  });
}
