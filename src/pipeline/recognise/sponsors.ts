// Sponsors: who the text says is behind the hacking, as a typed chain — state → agency → bureau or unit → front
// company → person. One finding per sponsor, named in the text's own words ("Tianjin office of China's MSS"),
// with its level, country, the sponsor above it (`parent`, `parentKey`) and how it hangs on it (`parentLink`),
// and the sentence that ties it to hacking. A state counts only where the text ties hacking to it.
import type { PersonFinding, SegmentedReport, Span, SponsorFinding } from "../../core/index.ts";
import type { RecognitionContext } from "./context.ts";
import { evidenceFor, sentenceAt } from "./context.ts";
import { readModality } from "./modality.ts";
import { recognisePersons } from "./persons.ts";
import type { SponsorMention } from "./sponsors-mention.ts";
import { findSponsorMentions } from "./sponsors-mentions.ts";
import { indexOfWord } from "./cues/words.ts";

const LEVEL_ORDER = ["state", "agency", "unit", "front-company", "person"] as const;
const EMPLOYMENT =
  /\b(?:officers?|officials?|employees?|members?|worked|works|working|employed|agents?|staff(?:er)?|contractors?|hired|affiliated|founder|owner|director|manager)\b/i;

/** The name an analyst would quote: one that carries its abbreviation, else the fullest. */
function bestSurface(first: SponsorMention, mentions: readonly SponsorMention[]): SponsorMention {
  const withAbbreviation = mentions.find((m) => /\([\p{Lu}\d-]{2,}\)$/u.test(m.surface));
  if (withAbbreviation) return withAbbreviation;
  return [...mentions].sort((a, b) => b.surface.length - a.surface.length || a.start - b.start)[0] ?? first;
}

/** A finding for a sponsor mention, with the evidence and modality of the sentence that ties it. */
export function toSponsorFinding(report: SegmentedReport, m: SponsorMention, evidenceOf: Span = m): SponsorFinding {
  const evidence = evidenceFor(report, evidenceOf);
  const sentence = sentenceAt(report, evidenceOf.start) ?? evidence;
  const focus = { start: Math.min(evidenceOf.start, m.start), end: Math.max(evidenceOf.end, m.end) };
  return Object.freeze({
    name: m.surface,
    level: m.level,
    country: m.country,
    parent: m.parentName,
    evidence,
    modality: readModality(report, sentence, focus),
    key: m.key,
    parentKey: m.parentKey,
    parentLink: m.parentLink,
  });
}

/** People the text places inside a tied unit, agency or front company ("Wang Dong, an officer in Unit 61398"). */
function personSponsors(report: SegmentedReport, persons: readonly PersonFinding[], tied: readonly SponsorMention[]) {
  const out: SponsorFinding[] = [];
  const bodies = tied.flatMap((body) => {
    const sentence = body.level === "state" ? undefined : sentenceAt(report, body.start);
    return sentence ? [{ body, sentence, text: report.text.slice(sentence.start, sentence.end) }] : [];
  });
  if (bodies.length === 0) return out;
  for (const person of persons) {
    if (person.role === "official" || person.role === "researcher") continue;
    const holding = bodies.filter((b) => b.text.includes(person.name));
    if (holding.length === 0) continue;
    for (const { body, sentence, text } of holding) {
      const at = indexOfWord(text, person.name);
      if (at < 0) continue;
      const from = Math.min(at, body.start - sentence.start);
      const to = Math.max(at, body.end - sentence.start);
      if (!EMPLOYMENT.test(text.slice(from, to)) || out.some((p) => p.name === person.name)) continue;
      const span = { start: sentence.start + at, end: sentence.start + at + person.name.length };
      out.push(
        Object.freeze({
          ...toSponsorFinding(report, { ...body, ...span }, span),
          name: person.name,
          level: "person" as const,
          parent: body.surface,
          key: `person:${person.name.toLowerCase()}`,
          parentKey: body.key,
          parentLink: "employed-by" as const,
        }),
      );
    }
  }
  return out;
}

/** Recognises the sponsors the report ties hacking to, one finding per sponsor, ordered state first. */
export function recogniseSponsors(report: SegmentedReport, ctx: RecognitionContext): SponsorFinding[] {
  const tied = findSponsorMentions(report).filter((m) => m.tied);
  const byKey = new Map<string, { first: SponsorMention; all: SponsorMention[] }>();
  for (const m of tied) {
    const held = byKey.get(m.key);
    if (held) held.all.push(m);
    else byKey.set(m.key, { first: m, all: [m] });
  }
  const findings = [...byKey.values()].map(({ first, all }) =>
    toSponsorFinding(report, { ...bestSurface(first, all), start: first.start, end: first.end }, first),
  );
  const persons = personSponsors(report, recognisePersons(report, ctx), tied);
  return [...findings, ...persons].sort(
    (a, b) => LEVEL_ORDER.indexOf(a.level) - LEVEL_ORDER.indexOf(b.level) || a.evidence.start - b.evidence.start,
  );
}
