// Victims: who the report says was hit — countries, sectors and named organisations — each once, with the
// sentence that says so, the count the text gives, and whether the victim was a way in to others
// (managed service providers to their clients). Attackers, sponsors, acting governments, reporting vendors
// and media are never victims.
import type {
  Evidence,
  SegmentedReport,
  VictimCountryFinding,
  VictimOrganisationFinding,
  VictimSectorFinding,
} from "../../core/index.ts";
import type { RecognitionContext } from "./context.ts";
import { evidenceFor } from "./context.ts";
import { findVictimCountries, type VictimCountryHit } from "./victims-countries.ts";
import { findVictimOrganisations } from "./organisations.ts";
import { findVictimSectors } from "./sectors.ts";
import { looksLikeName } from "./persons-names.ts";
import { withFullName } from "./organisations-acronyms.ts";
import { readVictimSentences, type VictimSentence } from "./victims-zones.ts";

/** Words that end an organisation's name, never a person's ("Lawrence Livermore National Laboratory"). */
const ORGANISATION_WORD =
  /^(?:Inc|Ltd|LLC|Corp|Co|Group|Bank|University|College|Laboratory|Lab|Labs|Service|Services|Institute|Agency|Company|Foundation|Hospital|Council|Committee|Commission|Party|Ministry|Department|Office|Center|Centre|Systems|Health|Technologies|Trust|Fund|Union|Association|Authority|Board|Bureau|Court|Parliament|Senate|Network|Media|News|Times|Post)\.?$/;

/** "the poisoning of Sergei Skripal": a person named in a victim phrase is a person, not an organisation. */
function isPersonName(name: string): boolean {
  // "Jane Roe's campaign": a name that ends in a common noun names what the person owns.
  if (/\s\p{Ll}[\p{L}-]*$/u.test(name)) return false;
  const tokens = name.split(/\s+/);
  return tokens.length <= 3 && !tokens.some((t) => ORGANISATION_WORD.test(t)) && looksLikeName(tokens);
}

export { recogniseCountryMentions, findCountryMentions, countryCodeOfName, type CountryMention } from "./countries.ts";

export interface Victims {
  readonly countries: VictimCountryFinding[];
  readonly sectors: VictimSectorFinding[];
  readonly organisations: VictimOrganisationFinding[];
}

/** The evidence for a span of a victim sentence (relative offsets), with the report's original offsets. */
export function evidenceAt(report: SegmentedReport, at: VictimSentence, start: number, end: number): Evidence {
  return evidenceFor(report, { start: at.toOriginal(start), end: Math.max(at.toOriginal(start), at.toOriginal(end)) });
}

function countryEvidence(report: SegmentedReport, hit: VictimCountryHit): Evidence {
  if (!hit.antecedent) return evidenceAt(report, hit.at, hit.mention.start, hit.mention.end);
  const start = hit.antecedent.sentence.start;
  const end = hit.at.sentence.end;
  return Object.freeze({ start, end, sentence: report.text.slice(start, end) });
}

function toCountryFindings(report: SegmentedReport, hits: readonly VictimCountryHit[]): VictimCountryFinding[] {
  const byCode = new Map<string, VictimCountryFinding>();
  for (const hit of hits) {
    const known = byCode.get(hit.mention.code);
    if (known) {
      if (!known.quantity && hit.quantity)
        byCode.set(hit.mention.code, Object.freeze({ ...known, quantity: hit.quantity }));
      continue;
    }
    const source = hit.antecedent ?? hit.at;
    const surface = report.text.slice(source.toOriginal(hit.mention.start), source.toOriginal(hit.mention.end));
    byCode.set(
      hit.mention.code,
      Object.freeze({
        code: hit.mention.code,
        name: hit.mention.name,
        surface,
        evidence: countryEvidence(report, hit),
        quantity: hit.quantity,
      }),
    );
  }
  return [...byCode.values()];
}

/**
 * The victims of one report: countries (ISO codes), sectors (the text's phrase mapped to STIX 2.1
 * industry sectors) and named organisations, each with its evidence sentence.
 */
export function recogniseVictims(report: SegmentedReport, ctx: RecognitionContext): Victims {
  const sentences = readVictimSentences(report);
  const countries = toCountryFindings(report, findVictimCountries(sentences, ctx.actorMentions));
  const sectors = findVictimSectors(sentences, ctx.actorMentions).map((hit) =>
    Object.freeze({
      name: hit.name,
      sector: hit.sector,
      evidence: evidenceAt(report, hit.at, hit.start, hit.end),
      quantity: hit.quantity,
      accessPath: hit.accessPath,
    }),
  );
  const seen = new Set<string>();
  const organisations = findVictimOrganisations(sentences, ctx.actorMentions)
    .filter((hit) => !isPersonName(hit.name))
    .map((hit) => ({ hit, name: withFullName(hit.name, report.text) }))
    .filter(({ name }) => !seen.has(name) && Boolean(seen.add(name)))
    .map(({ hit, name }) =>
      Object.freeze({
        name,
        evidence: evidenceAt(report, hit.at, hit.start, hit.end),
        quantity: hit.quantity,
        accessPath: hit.accessPath,
      }),
    );
  return { countries, sectors, organisations };
}
