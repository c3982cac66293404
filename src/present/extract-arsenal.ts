// One report's arsenal in `espial extract --json`: malware, tools, vulnerabilities, techniques and indicators,
// each with where the text names it and the actors its sentences tie it to (`by`: actor id, predicate,
// confidence, evidence). An extra key beside the evaluation contract's, which ignores it.
import { defang } from "../pipeline/recognise/arsenal.ts";
import type { ArsenalFindings, ArsenalPredicate, ArsenalSpan, Claim, Evidence, Extraction } from "../core/index.ts";

const spansOf = (spans: readonly ArsenalSpan[]) =>
  spans.map((s) => ({ start: s.start, end: s.end, surface: s.surface }));
const evidenceOf = (e: Evidence) => ({ sentence: e.sentence, span: { start: e.start, end: e.end } });

/** The actors each arsenal object is tied to, by `kind:key` of the object. */
function tiesOf(claims: readonly Claim[]) {
  const ties = new Map<
    string,
    { actor: string; predicate: ArsenalPredicate; confidence: number; evidence: ReturnType<typeof evidenceOf> }[]
  >();
  for (const c of claims) {
    const predicate = c.predicate;
    if (predicate !== "uses" && predicate !== "exploits" && predicate !== "indicates") continue;
    const id = `${c.object.kind}:${c.object.key}`;
    ties.set(id, [
      ...(ties.get(id) ?? []),
      { actor: c.subject.key, predicate, confidence: c.confidence, evidence: evidenceOf(c.evidence) },
    ]);
  }
  return (kind: string, key: string) => ties.get(`${kind}:${key}`) ?? [];
}

/** Presents the arsenal findings of an extraction, each with the actors tied to it; empty lists when none. */
export function presentExtractedArsenal(extraction: Extraction) {
  const a: ArsenalFindings = extraction.arsenal ?? {
    software: [],
    vulnerabilities: [],
    techniques: [],
    indicators: [],
  };
  const by = tiesOf(extraction.claims);
  const software = (kind: "malware" | "tool") =>
    a.software
      .filter((s) => s.kind === kind)
      .map((s) => ({
        id: s.key,
        name: s.name,
        aliases: s.aliases,
        mentions: s.mentions,
        confidence: s.confidence,
        evidence: evidenceOf(s.evidence),
        spans: spansOf(s.spans),
        by: by("software", s.key),
      }));
  return {
    malware: software("malware"),
    tools: software("tool"),
    vulnerabilities: a.vulnerabilities.map((v) => ({
      cve: v.cve,
      nickname: v.nickname,
      products: v.products,
      evidence: evidenceOf(v.evidence),
      spans: spansOf(v.spans),
      by: by("vulnerability", v.cve),
    })),
    techniques: a.techniques.map((t) => ({
      id: t.id,
      name: t.name,
      phrase: t.phrase,
      evidence: evidenceOf(t.evidence),
      spans: spansOf(t.spans),
      by: by("technique", t.id),
    })),
    indicators: a.indicators.map((i) => ({
      type: i.kind,
      value: i.value,
      defanged: defang(i.value, i.kind),
      surface: i.surface,
      reserved: i.reserved,
      evidence: evidenceOf(i.evidence),
      spans: spansOf(i.spans),
      by: by("indicator", i.value),
    })),
  };
}
