// Which group each defendant belongs to, as the report states it: "Prosecutors say the two men belonged to a
// hacking group … tracked as APT10", "Zhu was a member of APT10". The statement may come sentences after the
// charge, and name the defendants by surname or as "the two men"; it outranks the group merely named near them.
import type { ActorFinding, PersonFinding, SegmentedReport } from "../../core/index.ts";

/** A sentence that says someone is part of a group. */
const MEMBERSHIP =
  /\b(?:belong(?:ed|s|ing)?\s+to|(?:were|are|was|is|been)\s+(?:\w+ly\s+)?(?:(?:a\s+)?members?|part|officers?|operatives?)\s+of|members?\s+of|work(?:ed|s|ing)?\s+(?:for|with|on\s+behalf\s+of|as\s+part\s+of)|operat(?:ed|es|ing)\s+as\s+part\s+of)\b/i;
/** The defendants as a whole: "the two men", "the defendants", "both hackers", "they". */
const DEFENDANTS_ANAPHOR =
  /\b(?:the\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:men|women|hackers|nationals|defendants|officers|individuals|suspects|accused)|the\s+(?:defendants|accused|suspects)|both\s+(?:men|hackers|defendants)|they)\b/i;

function namesPerson(sentence: string, name: string): boolean {
  const words = name.split(/\s+/).filter((w) => w.length > 2);
  return words.some((w) => new RegExp(String.raw`\b${w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\b`).test(sentence));
}

/** Defendant name → the one group a sentence of the report says they belong to. */
export function statedMemberships(
  report: SegmentedReport,
  actors: readonly ActorFinding[],
  persons: readonly PersonFinding[],
): ReadonlyMap<string, ActorFinding> {
  const defendants = persons.filter((p) => p.role === "defendant").map((p) => p.name);
  const out = new Map<string, ActorFinding>();
  if (defendants.length === 0) return out;
  for (const sentence of report.sentences) {
    const text = report.text.slice(sentence.start, sentence.end);
    if (!MEMBERSHIP.test(text)) continue;
    const named = actors.filter((a) =>
      a.mentionSpans.some((m) => m.via !== "coreference" && m.start >= sentence.start && m.end <= sentence.end),
    );
    const actor = named[0];
    if (named.length !== 1 || !actor) continue;
    const byName = defendants.filter((d) => namesPerson(text, d));
    const meant = byName.length > 0 ? byName : DEFENDANTS_ANAPHOR.test(text) ? defendants : [];
    for (const d of meant) if (!out.has(d)) out.set(d, actor);
  }
  return out;
}
