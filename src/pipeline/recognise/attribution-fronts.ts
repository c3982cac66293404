// The bodies above a front company, as the text gives them: a group tied to "i-Soon" in a report that says "the
// company worked at the direction of the Ministry of Public Security and the Ministry of State Security", or
// "i-Soon, a contractor for the MPS", is tied to those ministries too — and to the company's other name
// ("Anxun Information Technology, better known as i-Soon").
import type { SegmentedReport } from "../../core/index.ts";
import type { ResolvedTie } from "./attribution-resolve.ts";
import { normaliseName } from "./sponsors-mention.ts";

/** Words that put a company in the service of the body named after them. */
const SERVES =
  /\b(?:at the (?:direction|behest|request) of|on (?:the )?(?:behalf|orders) of|(?:worked|works|working|contracted|contractor|contractors|supplier|vendor|front|hired|paid|tasked|directed)\s+(?:\w+\s+){0,2}?(?:for|by)|under contract (?:to|with))\s+/i;
const COMPANY_REFERENCE = /\b(?:the|this|that)\s+(?:company|contractor|firm|business)\b/i;

/** Ties to add for the front companies among an actor's ties. */
export function frontCompanyTies(
  report: SegmentedReport,
  mine: readonly ResolvedTie[],
  all: readonly ResolvedTie[],
): ResolvedTie[] {
  const out: ResolvedTie[] = [];
  // A tie through the whole report may give way later; the company's own tie makes it direct.
  const have = new Set(
    mine.filter((t) => t.strength !== "document").map((t) => `${t.mention.key}|${normaliseName(t.mention.surface)}`),
  );
  const add = (tie: ResolvedTie, child: ResolvedTie) => {
    const id = `${tie.mention.key}|${normaliseName(tie.mention.surface)}`;
    if (have.has(id)) return;
    have.add(id);
    out.push({ ...tie, actor: child.actor, strength: child.strength, actorMention: null, subject: null });
  };
  const fronts = mine.filter((t) => t.mention.level === "front-company");
  // One pass per company, through its most direct tie.
  const children = [...new Set(fronts.map((t) => t.mention.key))].map(
    (k) =>
      fronts.find((t) => t.mention.key === k && t.strength !== "document") ?? fronts.find((t) => t.mention.key === k),
  );
  for (const child of children) {
    if (!child) continue;
    const named = all.filter((t) => t.mention.key === child.mention.key);
    for (const other of named) add(other, child);
    const namedIn = new Set(named.map((t) => t.sentence.index));
    for (const tie of all) {
      if (tie.mention.level !== "agency" && tie.mention.level !== "unit") continue;
      if (child.mention.country && tie.mention.country && tie.mention.country !== child.mention.country) continue;
      const s = tie.sentence;
      const text = report.text.slice(s.start, tie.mention.start);
      const aboutCompany =
        namedIn.has(s.index) ||
        (COMPANY_REFERENCE.test(text) && (namedIn.has(s.index - 1) || namedIn.has(s.index - 2)));
      const lead = text.slice(-120);
      const cue = SERVES.exec(lead);
      if (!aboutCompany || !cue) continue;
      // The cue governs this body: only other bodies and "and"/"the" stand between them.
      const between = lead.slice(cue.index + cue[0].length);
      if (/[.;]|\b(?:who|which|that|while|but)\b/i.test(between)) continue;
      add(tie, child);
    }
  }
  return out;
}
