// Actors: every way the report names a threat group — catalogue names (forgiving, typo-tolerant, read in
// context), names in a vendor's naming scheme the catalogue does not know yet (unconfirmed, with the
// naming vendor), groups a cyber text introduces by name, and the acronyms it gives them.
// Guarantees: each mention's [start, end) slices the report text to its `surface`; mentions never overlap.
import type { ActorMention, EntityRef, SegmentedReport } from "../../core/index.ts";
import {
  confirmMatches,
  createTextContext,
  squashName,
  type AliasMatch,
  type AliasMatcher,
  type Catalogue,
} from "../../catalogue/index.ts";
import { discoverActors, type Discovered } from "./actors-discover.ts";
import { acronymMentions } from "./actors-acronyms.ts";
import { misspelledNames } from "./actors-misspelled.ts";
import { chainTails } from "./actors-chain-tail.ts";

export interface RecogniseActorsDeps {
  readonly matcher: AliasMatcher;
  readonly catalogue: Catalogue;
}

function refOf(catalogue: Catalogue, key: string): EntityRef {
  return Object.freeze({ kind: "actor" as const, key, name: catalogue.actor(key)?.name ?? key });
}

function fromMatch(m: AliasMatch, catalogue: Catalogue): ActorMention {
  const base = { start: m.start, end: m.end, surface: m.surface, via: m.via };
  if (m.actors.length === 1)
    return Object.freeze({ ...base, entity: refOf(catalogue, m.actors[0]!), confidence: m.confidence });
  return Object.freeze({
    ...base,
    entity: Object.freeze({ kind: "actor" as const, key: `ambiguous:${squashName(m.name)}`, name: m.name }),
    candidates: Object.freeze(m.actors.map((k) => refOf(catalogue, k))),
    confidence: m.confidence * 0.8,
  });
}

function fromDiscovered(d: Discovered): ActorMention {
  return Object.freeze({
    start: d.start,
    end: d.end,
    surface: d.surface,
    via: d.via,
    confidence: d.confidence,
    entity: Object.freeze({ kind: "actor" as const, key: `discovered:${squashName(d.surface)}`, name: d.surface }),
    discovery: Object.freeze(d.discovery),
  });
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;
const within = (inner: { start: number; end: number }, outer: { start: number; end: number }) =>
  outer.start <= inner.start && inner.end <= outer.end;

/** Recognises every actor mention in a segmented report. */
export function recogniseActors(report: SegmentedReport, deps: RecogniseActorsDeps): ActorMention[] {
  const { text } = report;
  const { names: raw, software } = deps.matcher.scan(text);
  const ctx = createTextContext(text, report.sentences, software);
  // A discovered name counts where the catalogue has no name of the same extent or longer; when it
  // stretches over a shorter catalogue name ("Nickel Tapestry" over "Nickel"), the longer reading wins.
  const discovered = discoverActors(text, ctx).filter((d) => !raw.some((m) => within(d, m)));
  const named = confirmMatches(text, raw, ctx).filter((m) => !discovered.some((d) => within(m, d)));
  const mentions: ActorMention[] = [...named.map((m) => fromMatch(m, deps.catalogue))];
  for (const d of discovered) if (!mentions.some((m) => overlaps(m, d))) mentions.push(fromDiscovered(d));
  for (const m of misspelledNames(text, deps.catalogue, mentions)) mentions.push(fromMatch(m, deps.catalogue));
  const all = [...mentions, ...acronymMentions(text, mentions)].sort((a, b) => a.start - b.start);
  const tails = chainTails(text, all).map((t) =>
    fromDiscovered({ ...t, discovery: { vendor: null, country: null, motive: null }, via: "rule", confidence: 0.55 }),
  );
  return tails.length ? [...all, ...tails].sort((a, b) => a.start - b.start) : all;
}
