// Unattributed activity: hacking the text ties to a sponsor without naming the group ("a seasoned Russian
// government-linked hacking crew infiltrated … Estonia's energy regulator", "Iranian state-sponsored hackers
// broke into …"). Kept as its own finding with its suspected sponsor — not dropped, and not merged into a named
// actor unless the text points back to one.
import type { SegmentedReport, UnattributedActivityFinding } from "../../core/index.ts";
import { SPONSOR_LEVELS } from "../../core/index.ts";
import { resolveTies, type ResolvedTie } from "./attribution-resolve.ts";
import type { RecognitionContext } from "./context.ts";
import { evidenceFor } from "./context.ts";
import { normaliseName } from "./sponsors-mention.ts";

const LEVELS = SPONSOR_LEVELS;

/** Recognises activity by unnamed groups, each with the sponsor the text suspects. */
export function recogniseUnattributed(report: SegmentedReport, ctx: RecognitionContext): UnattributedActivityFinding[] {
  // One finding per phrase, with its most specific sponsor ("two officers of … the GRU, and … its Unit 26165").
  const bySubject = new Map<string, ResolvedTie>();
  for (const tie of resolveTies(report, ctx.actors, ctx)) {
    if (tie.actor || !tie.subject || tie.subject.definiteness === "none") continue;
    const id = `${tie.subject.span.start}`;
    const held = bySubject.get(id);
    if (!held || LEVELS.indexOf(tie.mention.level) > LEVELS.indexOf(held.mention.level)) bySubject.set(id, tie);
  }
  const seen = new Set<string>();
  const out: UnattributedActivityFinding[] = [];
  for (const tie of bySubject.values()) {
    const subject = tie.subject;
    if (!subject) continue;
    const id = `${tie.mention.key}|${normaliseName(subject.description)}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(
      Object.freeze({
        description: subject.description,
        suspectedSponsor: tie.mention.surface,
        evidence: evidenceFor(report, subject.span),
      }),
    );
  }
  return out;
}
