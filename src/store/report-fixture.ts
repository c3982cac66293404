// Small ReportToStore values for the store's tests, built from a text and the actors it names: mention
// spans are found in the text (UTF-16 offsets, as everywhere), each actor gets one claim (unless the claims
// are given), and the fingerprint is the fuse stage's.
import { createHash } from "node:crypto";
import type { ActionFinding, ActorFinding, Claim, Extraction, Mention } from "../core/index.ts";
import { createReportSource, type ReportSource } from "../core/index.ts";
import { fingerprintReport } from "../pipeline/fuse/index.ts";
import { segmentReport } from "../pipeline/segment/index.ts";
import type { ReportToStore } from "./store.ts";

export interface FixtureActor {
  readonly key: string;
  readonly name: string;
  /** The phrases naming it in the text; every occurrence becomes a mention. Defaults to [name]. */
  readonly surfaces?: readonly string[];
}

export interface ReportFixtureOptions {
  readonly text: string;
  readonly actors?: readonly FixtureActor[];
  readonly source?: Partial<ReportSource>;
  /** The report's claims; by default one per actor (see toClaim). */
  readonly claims?: readonly Claim[];
  readonly actions?: readonly ActionFinding[];
}

/** A report whose content hash is the sha256 of its text. */
export function createReportFixture(options: ReportFixtureOptions): ReportToStore {
  const { text } = options;
  const source = createReportSource({ origin: "test/fixture.txt", ...options.source });
  const actors = (options.actors ?? []).map((actor) => toActorFinding(text, actor));
  const extraction: Extraction = {
    actors,
    persons: [],
    victimCountries: [],
    victimSectors: [],
    victimOrganisations: [],
    actions: options.actions ?? [],
    periods: [],
    unattributed: [],
    claims: options.claims ?? actors.map((actor) => toClaim(text, actor)),
  };
  const fingerprint = fingerprintReport(segmentReport({ source, text }));
  return { contentHash: sha256(text), source, text, extraction, fingerprint };
}

export function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

function toActorFinding(text: string, actor: FixtureActor): ActorFinding {
  const entity = { kind: "actor" as const, key: actor.key, name: actor.name };
  const surfaces = actor.surfaces ?? [actor.name];
  const mentionSpans: Mention[] = [];
  for (const surface of surfaces) {
    for (let at = text.indexOf(surface); at !== -1; at = text.indexOf(surface, at + surface.length)) {
      mentionSpans.push({ start: at, end: at + surface.length, entity, surface, confidence: 0.9, via: "exact" });
    }
  }
  mentionSpans.sort((a, b) => a.start - b.start);
  return {
    entity,
    aliases: [actor.name, ...surfaces.filter((surface) => surface !== actor.name)],
    mentions: [...new Set(surfaces)],
    mentionSpans,
    attributedTo: [],
    unconfirmed: false,
    namingVendor: null,
    country: "CN",
    confidence: 0.85,
  };
}

function toClaim(text: string, actor: ActorFinding): Claim {
  const end = text.includes(".") ? text.indexOf(".") + 1 : text.length;
  return {
    subject: actor.entity,
    predicate: "attributed-to",
    object: { kind: "country", key: "CN", name: "China" },
    modality: { certainty: "alleged", status: "done", negated: false, assertedBy: "Prosecutors" },
    evidence: { start: 0, end, sentence: text.slice(0, end) },
    confidence: 0.7,
    detail: { phrase: "on behalf of", computers: 40, approximate: true, note: null },
  };
}
