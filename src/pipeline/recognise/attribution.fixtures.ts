// Test fixtures for the person, sponsor and attribution recognisers: short reports we write ourselves, and actors
// placed in them by name, as the actor recogniser would place them.
import { createReportSource, type ActorFinding, type Mention, type SegmentedReport } from "../../core/index.ts";
import { segmentReport } from "../segment/index.ts";
import type { RecognitionContext } from "./context.ts";

/** A segmented report of `text`, with a header when `withHeader`. */
export function reportOf(text: string, withHeader = true): SegmentedReport {
  const full = withHeader ? `Test report\n\nSource: Test Wire\nDate: 2024-03-25\n\n${text}` : text;
  return segmentReport({ source: createReportSource({ origin: "test", published: "2024-03-25" }), text: full });
}

/** An actor found in the report at every occurrence of each of its names. */
export function actorIn(
  report: SegmentedReport,
  name: string,
  names: readonly string[] = [name],
  country: string | null = null,
): ActorFinding {
  const entity = { kind: "actor" as const, key: name.toLowerCase(), name };
  const spans: Mention[] = [];
  for (const surface of names) {
    for (let at = report.text.indexOf(surface); at >= 0; at = report.text.indexOf(surface, at + surface.length)) {
      spans.push({ start: at, end: at + surface.length, entity, surface, confidence: 1, via: "exact" });
    }
  }
  spans.sort((a, b) => a.start - b.start);
  return {
    entity,
    aliases: names,
    mentions: [...new Set(spans.map((s) => s.surface))],
    mentionSpans: spans,
    attributedTo: [],
    unconfirmed: false,
    namingVendor: null,
    country,
    confidence: 1,
  };
}

/** The context the recognisers after the actor pass get. */
export function contextOf(actors: readonly ActorFinding[] = []): RecognitionContext {
  return {
    published: "2024-03-25",
    actors,
    actorMentions: actors.flatMap((a) => a.mentionSpans).sort((a, b) => a.start - b.start),
  };
}
