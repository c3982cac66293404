// Techniques: ATT&CK technique ids written in the text (T1566, T1566.001) and the phrases analysts use for
// the common ones ("spear-phishing", "web shells", "password spraying", "exploiting unpatched internet-facing
// servers"), read in one pass of one expression and mapped to ATT&CK ids by Espial's phrase table. Phrases
// ordinary prose also uses ("brute force", "scheduled tasks") count only in a sentence about intrusions.
import type { ArsenalSpan, SegmentedReport, Span, TechniqueFinding } from "../../core/index.ts";
import { evidenceFor, sentenceAt } from "./context.ts";
import { hasMalwareContext } from "./software-context.ts";
import { TECHNIQUE_NAMES, TECHNIQUE_PHRASES } from "./gazetteer-arsenal/techniques.ts";

const ID = /\bT1\d{3}(?:\.\d{3})?\b/g;
// One word boundary for all phrases: the engine leaves most positions (inside words) after one test.
const PHRASES = new RegExp(String.raw`\b(?:${TECHNIQUE_PHRASES.map((e) => `(${e.pattern})`).join("|")})\b`, "gi");

interface Hit {
  readonly id: string;
  readonly span: ArsenalSpan;
}

function intrusionSentence(report: SegmentedReport, at: Span): boolean {
  const s = sentenceAt(report, at.start) ?? at;
  const text = report.text.slice(s.start, at.start) + " " + report.text.slice(at.end, s.end);
  return hasMalwareContext(text) || /\b(?:attack|breach|intru|hack|threat)/i.test(text);
}

function idHits(report: SegmentedReport): Hit[] {
  const out: Hit[] = [];
  const text = report.text;
  if (!text.includes("T1", report.body.start)) return out;
  const re = new RegExp(ID.source, "g");
  re.lastIndex = report.body.start;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ id: m[0], span: { start: m.index, end: m.index + m[0].length, surface: m[0] } });
  }
  return out;
}

function phraseHits(report: SegmentedReport): Hit[] {
  const out: Hit[] = [];
  const text = report.text;
  const re = new RegExp(PHRASES.source, "gi");
  re.lastIndex = report.body.start;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let i = 1;
    while (i < m.length && m[i] === undefined) i++;
    const entry = TECHNIQUE_PHRASES[i - 1];
    const span = { start: m.index, end: m.index + m[0].length, surface: m[0] };
    if (entry && (!entry.context || intrusionSentence(report, span))) out.push({ id: entry.id, span });
    // Phrases of other techniques may start inside this one ("exploiting privilege escalation flaws in
    // unpatched devices" holds privilege escalation): go on from the next character, not past the match.
    re.lastIndex = m.index + 1;
  }
  return out;
}

/** The technique a sub-technique belongs to (T1566.001 → T1566). */
const family = (id: string) => id.slice(0, 5);

/** Drops a phrase inside a longer, more specific one of the same technique ("phishing" in "spear-phishing
 * attachments"); keeps one of another technique inside it. One sweep per technique family. */
function dropContained(hits: readonly Hit[]): Hit[] {
  const families = new Map<string, Hit[]>();
  for (const h of hits) {
    const list = families.get(family(h.id));
    if (list) list.push(h);
    else families.set(family(h.id), [h]);
  }
  const out: Hit[] = [];
  for (const list of families.values()) {
    list.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
    let reach = -1;
    let last: Hit | undefined;
    for (const h of list) {
      const same = last !== undefined && last.span.start === h.span.start && last.span.end === h.span.end;
      if (h.span.end <= reach && !same) continue;
      out.push(h);
      if (h.span.end > reach) reach = h.span.end;
      last = h;
    }
  }
  return out;
}

/** Finds the ATT&CK techniques a report names or describes, one finding per technique id. */
export function recogniseTechniques(report: SegmentedReport): TechniqueFinding[] {
  const hits = dropContained([...idHits(report), ...phraseHits(report)]).sort((a, b) => a.span.start - b.span.start);
  const byId = new Map<string, Hit[]>();
  for (const h of hits) {
    const list = byId.get(h.id);
    if (list) {
      if (!list.some((o) => o.span.start < h.span.end && h.span.start < o.span.end)) list.push(h);
    } else byId.set(h.id, [h]);
  }
  return [...byId].map(([id, list]) =>
    Object.freeze({
      id,
      name: TECHNIQUE_NAMES[id] ?? null,
      phrase: list[0]!.span.surface,
      spans: Object.freeze(list.map((h) => Object.freeze(h.span))),
      evidence: evidenceFor(report, list[0]!.span),
    }),
  );
}
