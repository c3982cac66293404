// Attribution through an incident, as an analyst chains it: "Washington blamed the 2017 WannaCry attack on
// Pyongyang" and, elsewhere, "Lazarus … is thought to be behind the WannaCry attack" tie Lazarus to
// North Korea. The incident is recognised by the proper names in the phrase the text blames.
import type { ActorFinding, Mention, SegmentedReport, Sentence } from "../../core/index.ts";
import { sentenceAt } from "./context.ts";
import { STATES } from "./gazetteer/index.ts";
import type { HackerSubject } from "./attribution-subjects.ts";

const STATE_WORDS = new Set(STATES.flatMap((s) => [...s.names, ...s.seats, ...s.adjectives]));
const INCIDENT = /\b(?:attacks?|hacks?|heists?|breach(?:es)?|intrusions?|campaigns?|operations?|theft|outbreak)\b/i;
const LINKED =
  /\b(?:link(?:ed|s)?|tied|connect(?:ed|s)?|associated|attribut(?:ed|es)|behind|responsible for|carried out|conducted|perpetrated|blamed for)\b/i;

/** Proper names of an incident phrase ("the 2017 WannaCry attack" → WannaCry), leaving out states. */
function anchorsOf(description: string): string[] {
  if (!INCIDENT.test(description)) return [];
  const names = description.match(/(?<![\p{L}])\p{Lu}[\p{L}\p{N}-]+/gu) ?? [];
  return names.filter((n) => !STATE_WORDS.has(n) && !/^(?:The|A|An|This|That|These|Those)$/.test(n));
}

/** The one actor the text links to the same incident elsewhere, or null. */
export function incidentActor(
  report: SegmentedReport,
  placed: readonly { readonly mention: Mention; readonly actor: ActorFinding }[],
  subject: HackerSubject,
  sentence: Sentence,
): ActorFinding | null {
  const anchors = anchorsOf(subject.description);
  if (!anchors.length) return null;
  const found = new Set<ActorFinding>();
  for (const p of placed) {
    const s = sentenceAt(report, p.mention.start);
    if (!s || s.index === sentence.index) continue;
    const text = report.text.slice(s.start, s.end);
    const named = anchors.some((a) => new RegExp(String.raw`(?<![\p{L}])${a}(?![\p{L}])`, "u").test(text));
    if (named && LINKED.test(text)) found.add(p.actor);
  }
  return found.size === 1 ? ([...found][0] ?? null) : null;
}
