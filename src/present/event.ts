// Events on the wire: one happening (an indictment, the condemnations of the same day) with its actions as
// each report tells them, its dates, the threat actors it concerns and every report that describes it.
import type { EventSummary, StoredEvent } from "../store/store.ts";

export function presentEventSummary(event: EventSummary) {
  return {
    id: event.id,
    from: event.from,
    to: event.to,
    types: event.types,
    actors: event.actors,
    targets: event.targets,
    actions: event.actions,
    reports: event.reports,
  };
}

export function presentEvent(event: StoredEvent) {
  return {
    id: event.id,
    from: event.from,
    to: event.to,
    types: event.types,
    actors: event.actors,
    targets: event.targets,
    actions: event.actions.map((a) => ({
      type: a.type,
      kind: a.kind,
      by: a.by,
      against: a.against,
      date: a.date,
      certainty: a.modality.certainty,
      status: a.modality.status,
      negated: a.modality.negated,
      asserted_by: a.modality.assertedBy,
      actors: a.actorKeys,
      document: a.reportId,
      evidence: a.evidence.sentence,
      span: { start: a.evidence.start, end: a.evidence.end },
    })),
    reports: event.reports.map((r) => ({
      document: r.id,
      title: r.title,
      published: r.published,
      origin: r.origin,
    })),
  };
}

const dates = (e: { from: string | null; to: string | null }) =>
  e.from === null ? "undated" : e.from === e.to ? e.from : `${e.from}–${e.to ?? ""}`;
const actorsOf = (e: EventSummary | StoredEvent) => e.actors.map((a) => a.name).join(", ") || "no named actor";

/** One line per event, for `espial events`. */
export function eventLine(e: EventSummary): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  return `${e.id}  ${dates(e).padEnd(10)}  ${e.types.join(", ")}  — ${actorsOf(e)} (${plural(e.reports, "report")}, ${plural(e.actions, "action")})`;
}

/** An event as an analyst reads it, for `espial event ID`. */
export function eventLines(e: StoredEvent): string[] {
  const lines = [
    `${e.id}  ${e.types.join(", ")}`,
    `  dates: ${dates(e)}`,
    `  actors: ${actorsOf(e)}`,
    `  against: ${e.targets.join("; ") || "—"}`,
    `  actions:`,
  ];
  for (const a of e.actions) {
    const by = a.by.join(", ") || "?";
    const against = a.against.join(", ") || "?";
    lines.push(
      `    - ${a.type} ${a.date ?? "(no date)"} by ${by} against ${against} [${a.modality.status}]  (${a.reportId})`,
    );
    lines.push(`      ${a.evidence.sentence.replace(/\s+/g, " ").slice(0, 200)}`);
  }
  lines.push(`  reports:`);
  for (const r of e.reports) lines.push(`    ${r.id}  ${r.published ?? "undated   "}  ${r.title ?? r.origin}`);
  return lines;
}
