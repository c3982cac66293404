// A name several catalogue actors claim ("Grizzly Steppe": APT28 and APT29) is decided by the text when it
// can be: the text names one candidate by another name; ATT&CK merged the other candidates into one; or the
// text names the state one candidate is tied to near the mention. Otherwise it stays ambiguous, with its
// candidates.
import type { ActorMention, EntityRef, SegmentedReport } from "../../core/index.ts";
import { countriesIn, type Catalogue } from "../../catalogue/index.ts";

function window(report: SegmentedReport, at: number): string {
  const i = report.sentences.findIndex((s) => s.start <= at && at < s.end);
  if (i < 0) return report.text.slice(Math.max(0, at - 200), at + 200);
  const from = report.sentences[Math.max(0, i - 1)]!.start;
  const to = report.sentences[Math.min(report.sentences.length - 1, i + 1)]!.end;
  return report.text.slice(from, to);
}

/**
 * The candidate ATT&CK merged the others into: it holds ATT&CK ids, and every other candidate lists one of
 * them or bears the name of a group ATT&CK revoked into it ("UNC2452" → APT29, "Charming Kitten" → APT35).
 */
function mergedByAttack(candidates: readonly EntityRef[], catalogue: Catalogue): EntityRef | undefined {
  const holders = candidates.filter((c) => {
    if (!catalogue.actor(c.key)?.attackIds.length) return false;
    return candidates.every(
      (o) =>
        o.key === c.key ||
        catalogue
          .actor(o.key)
          ?.possiblySameAs.some((p) => p.key === c.key && (p.via === "attack-id" || p.via === "attack-revoked")),
    );
  });
  return holders.length === 1 ? holders[0] : undefined;
}

/** Each ambiguous mention decided by the text where it can be; the others are returned unchanged. */
export function decideAmbiguous(
  report: SegmentedReport,
  mentions: readonly ActorMention[],
  catalogue: Catalogue,
): ActorMention[] {
  const named = new Map<string, number>();
  for (const m of mentions) if (!m.candidates) named.set(m.entity.key, (named.get(m.entity.key) ?? 0) + 1);
  return mentions.map((m) => {
    const candidates = m.candidates;
    if (!candidates) return m;
    const byOtherName = candidates.filter((c) => named.has(c.key));
    let chosen = byOtherName.length === 1 ? byOtherName[0] : undefined;
    chosen ??= mergedByAttack(candidates, catalogue);
    if (!chosen) {
      const states = new Set(countriesIn(window(report, m.start)).map((c) => c.code));
      const pool = byOtherName.length > 1 ? byOtherName : candidates;
      const byState = pool.filter((c) => {
        const country = catalogue.actor(c.key)?.country;
        return country !== null && country !== undefined && states.has(country);
      });
      if (byState.length === 1) chosen = byState[0];
    }
    if (!chosen) return m;
    const { candidates: _dropped, ...rest } = m;
    return Object.freeze({ ...rest, entity: chosen, confidence: m.confidence / 0.8 - 0.05 });
  });
}
