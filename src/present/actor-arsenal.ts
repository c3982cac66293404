// What an actor brings to bear, across the stored reports: the malware and tools it uses, the vulnerabilities
// it exploits, its ATT&CK techniques and the indicators that point at it — each a fact fused across reports
// with its confidence and the sentences that tie it to the actor. What a fact's object does not carry (a
// software's kind and aliases, a CVE's products, an indicator's kind) is read from the reports' findings.
// Indicators are stored refanged; the profile gives the defanged form beside each for display.
import type {
  ArsenalFindings,
  IndicatorFinding,
  SoftwareFinding,
  TechniqueFinding,
  VulnerabilityFinding,
} from "../core/index.ts";
import { defang } from "../pipeline/recognise/arsenal.ts";
import { evidenceTotalOf, presentEvidence, reportsTotalOf, presentFactSummary, type Fact } from "./facts.ts";

/** The predicates of arsenal facts. */
export const ARSENAL_PREDICATES: ReadonlySet<Fact["predicate"]> = new Set(["uses", "exploits", "indicates"]);

/** What the reports' findings say of each arsenal object, by the key its claims point at. */
function findingsOf(arsenals: Iterable<ArsenalFindings>) {
  const software = new Map<string, SoftwareFinding[]>();
  const vulnerabilities = new Map<string, VulnerabilityFinding[]>();
  const techniques = new Map<string, TechniqueFinding[]>();
  const indicators = new Map<string, IndicatorFinding>();
  const push = <T>(map: Map<string, T[]>, key: string, value: T) => map.set(key, [...(map.get(key) ?? []), value]);
  for (const a of arsenals) {
    for (const s of a.software) push(software, s.key, s);
    for (const v of a.vulnerabilities) push(vulnerabilities, v.cve, v);
    for (const t of a.techniques) push(techniques, t.id, t);
    for (const i of a.indicators) if (!indicators.has(i.value)) indicators.set(i.value, i);
  }
  return { software, vulnerabilities, techniques, indicators };
}

const unique = (values: readonly (string | null | undefined)[]) => [
  ...new Set(values.filter((v): v is string => typeof v === "string" && v !== "")),
];

/** How sure the text is, and whether it says so itself. */
const modality = (f: Fact) => ({
  certainty: f.modality.certainty,
  status: f.modality.status,
  asserted_by: f.modality.assertedBy,
});

const common = (f: Fact) => ({
  reports: reportsTotalOf(f),
  ...modality(f),
  ...presentFactSummary(f),
  evidence: presentEvidence(f),
  evidence_total: evidenceTotalOf(f),
});

/** Guesses an indicator's kind from its value when no report's finding gives it (a fact read back alone). */
function indicatorKindOf(value: string): IndicatorFinding["kind"] {
  if (/^[0-9a-f]{64}$/i.test(value)) return "sha256";
  if (/^[0-9a-f]{40}$/i.test(value)) return "sha1";
  if (/^[0-9a-f]{32}$/i.test(value)) return "md5";
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) return "url";
  if (value.includes("@")) return "email";
  if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(value)) return "ipv4";
  if (value.includes(":")) return "ipv6";
  return "domain";
}

/**
 * The arsenal of one actor: its facts with predicate uses / exploits / indicates whose object is software,
 * a vulnerability, a technique or an indicator, strongest first (`facts` come sorted by the caller).
 */
export function presentActorArsenal(facts: readonly Fact[], arsenals: Iterable<ArsenalFindings>) {
  const known = findingsOf(arsenals);
  const of = (predicate: Fact["predicate"], kind: Fact["object"]["kind"]) =>
    facts.filter((f) => f.predicate === predicate && f.object.kind === kind && !f.negated);
  const software = of("uses", "software").map((f) => {
    const found = known.software.get(f.object.key) ?? [];
    return {
      kind: found[0]?.kind ?? "malware",
      name: f.object.name,
      attack_id: /^S\d{4}$/.test(f.object.key) ? f.object.key : null,
      aliases: unique(found.flatMap((s) => s.aliases)),
      mentions: unique(found.flatMap((s) => s.mentions)),
      ...common(f),
    };
  });
  return {
    malware: software.filter((s) => s.kind === "malware").map(({ kind: _, ...s }) => s),
    tools: software.filter((s) => s.kind === "tool").map(({ kind: _, ...s }) => s),
    vulnerabilities: of("exploits", "vulnerability").map((f) => {
      const found = known.vulnerabilities.get(f.object.key) ?? [];
      return {
        cve: f.object.key,
        nickname: found.find((v) => v.nickname)?.nickname ?? null,
        products: unique(found.flatMap((v) => v.products)),
        ...common(f),
      };
    }),
    techniques: of("uses", "technique").map((f) => {
      const found = known.techniques.get(f.object.key) ?? [];
      return {
        id: f.object.key,
        name: found.find((t) => t.name)?.name ?? (f.object.name !== f.object.key ? f.object.name : null),
        phrases: unique(found.map((t) => t.phrase)),
        ...common(f),
      };
    }),
    indicators: of("indicates", "indicator").map((f) => {
      const found = known.indicators.get(f.object.key);
      const type = found?.kind ?? indicatorKindOf(f.object.key);
      return {
        type,
        value: f.object.key,
        defanged: defang(f.object.key, type),
        reserved: found?.reserved ?? false,
        ...common(f),
      };
    }),
  };
}

export type ActorArsenal = ReturnType<typeof presentActorArsenal>;
