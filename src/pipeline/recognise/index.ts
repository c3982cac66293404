// Recognise: reads one segmented report like an analyst — which groups it names (under any name), who is
// behind them, who the people are and what they did, who was hit, what governments did about it and when,
// and how sure the text is — and returns it as findings and claims, each with its evidence sentence.
// Guarantees: every span and evidence points into the report text exactly as ingested.
import type { Extraction, SegmentedReport } from "../../core/index.ts";
import type { Catalogue, AliasMatcher } from "../../catalogue/index.ts";
import { recogniseActors } from "./actors.ts";
import { resolveActors } from "../resolve/index.ts";
import { recogniseSponsors } from "./sponsors.ts";
import { attributeActors } from "./attribution.ts";
import { recognisePersons } from "./persons.ts";
import { recogniseVictims } from "./victims.ts";
import { recogniseActions } from "./actions.ts";
import { recognisePeriods } from "./periods.ts";
import { recogniseUnattributed } from "./unattributed.ts";
import { recogniseArsenal } from "./arsenal.ts";
import { buildClaims } from "./claims.ts";
import type { RecognitionContext } from "./context.ts";

export type { RecognitionContext } from "./context.ts";
export { evidenceFor, sentenceAt } from "./context.ts";

export interface RecogniseDeps {
  readonly catalogue: Catalogue;
  readonly matcher: AliasMatcher;
}

/** Reads every finding and claim out of one report. */
export function recogniseReport(report: SegmentedReport, deps: RecogniseDeps, published: string | null): Extraction {
  const mentions = recogniseActors(report, deps);
  const resolved = resolveActors(report, mentions, deps);
  const actorMentions = resolved.flatMap((a) => a.mentionSpans).sort((a, b) => a.start - b.start);
  const ctx: RecognitionContext = { published, actors: resolved, actorMentions };
  const sponsors = recogniseSponsors(report, ctx);
  const actors = attributeActors(report, resolved, sponsors, ctx);
  const full: RecognitionContext = { ...ctx, actors };
  const persons = recognisePersons(report, full);
  const victims = recogniseVictims(report, full);
  const actions = recogniseActions(report, full);
  const periods = recognisePeriods(report, full);
  const unattributed = recogniseUnattributed(report, full);
  const arsenal = recogniseArsenal(report, full, deps);
  const findings = {
    actors,
    persons,
    victimCountries: victims.countries,
    victimSectors: victims.sectors,
    victimOrganisations: victims.organisations,
    actions,
    periods,
    unattributed,
    arsenal,
  };
  return Object.freeze({ ...findings, claims: buildClaims(report, findings, full) });
}
