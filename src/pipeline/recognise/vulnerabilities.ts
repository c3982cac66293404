// Vulnerabilities: CVE ids as reports write them ("CVE-2021-26855", forgivingly "CVE 2021 26855") and the
// popular names of famous ones ("ProxyLogon", "Log4Shell"), each with the vendor and product words its
// sentence gives ("Microsoft Exchange", "Zoho ManageEngine ADSelfService Plus") — from a list item
// ("CVE-… – Product") or from the capitalised runs of the sentence that hold a vendor or product word.
import type { ArsenalSpan, SegmentedReport, Span, VulnerabilityFinding } from "../../core/index.ts";
import { evidenceFor, sentenceAt } from "./context.ts";
import { NAMED_VULNERABILITIES, PRODUCT_WORDS, WEAK_PRODUCT_WORDS } from "./gazetteer-arsenal/vulnerabilities.ts";

const CVE = /\bCVE[\s\u2010-\u2014_:-]{0,2}((?:19|20)\d{2})[\s\u2010-\u2014_-]{1,2}(\d{4,7})\b/gi;
const NICKNAMES = new Map(NAMED_VULNERABILITIES.flatMap((v) => v.names.map((n) => [n.toLowerCase(), v] as const)));
const NICKNAME = new RegExp(
  String.raw`\b(?:${NAMED_VULNERABILITIES.flatMap((v) => v.names)
    .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "[\\s-]?"))
    .join("|")})\b`,
  "g",
);

const TOKEN = String.raw`(?!CVE[\s-]?\d)(?:[\p{Lu}][\p{L}\p{N}+&-]*|\p{Ll}+\p{Lu}[\p{L}\p{N}-]*)`;
const RUN = new RegExp(String.raw`${TOKEN}(?:[ \t](?:${TOKEN}|\d[\d.x]*))*`, "gu");
const LEADING_STOP =
  /^(?:The|A|An|In|On|At|Its|This|These|Both|According|Earlier|Later|Last|Also|And|But|For|From|Of|To|With|By)$/;
const SPEAKER_BEFORE = /\baccording\s+to\s+$/i;
const SPEAKER_AFTER =
  /^['’]?s?\s+(?:said|says|warned|reported|researchers|has\s+(?:said|warned|revealed|disclosed))\b/i;

/** A list item that names the product after the id: "CVE-2021-40539 – Zoho ManageEngine ADSelfService Plus". */
const ITEM_TAIL = /^\s*(?:[–—:-]|\()\s*([^()\n;,]{2,80})/u;

interface Occurrence {
  readonly cve: string;
  readonly span: ArsenalSpan;
  readonly nickname: string | null;
  readonly products: readonly string[];
}

function isProductRun(words: readonly string[]): boolean {
  return words.some((w) => {
    const k = w.toLowerCase().replace(/[.]+$/, "");
    return PRODUCT_WORDS.has(k) && !WEAK_PRODUCT_WORDS.has(k);
  });
}

/** The capitalised runs of a sentence that name a product, nearest to the id first. */
function productRuns(text: string, sentence: Span, at: Span): string[] {
  const out: { run: string; distance: number }[] = [];
  const body = text.slice(sentence.start, sentence.end);
  for (const m of body.matchAll(RUN)) {
    const words = m[0].split(/\s+/);
    while (words.length > 0 && LEADING_STOP.test(words[0]!)) words.shift();
    if (words.length === 0 || !isProductRun(words)) continue;
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    // The vendor as the source of a statement is not the product ("according to Microsoft", "Cisco said").
    if (
      SPEAKER_BEFORE.test(text.slice(Math.max(0, start - 20), start)) ||
      SPEAKER_AFTER.test(text.slice(end, end + 30))
    )
      continue;
    const distance = end <= at.start ? at.start - end : Math.max(0, start - at.end);
    out.push({ run: words.join(" ").replace(/[.]+$/, ""), distance });
  }
  return out.sort((a, b) => a.distance - b.distance).map((r) => r.run);
}

/** The product a list item names after its id, when it reads like one. */
function itemProduct(text: string, at: Span, sentence: Span): string | null {
  const lineEnd = text.indexOf("\n", at.end);
  const stop = Math.min(sentence.end, lineEnd < 0 ? text.length : lineEnd);
  const m = ITEM_TAIL.exec(text.slice(at.end, Math.max(at.end, stop)));
  if (!m) return null;
  const words = m[1]!
    .trim()
    .replace(/[.)]+$/, "")
    .split(/\s+/);
  const capitalised =
    words.length <= 8 && words.every((w) => /^[\p{Lu}\p{N}]|^\p{Ll}+\p{Lu}|^(?:and|for|of|on)$/u.test(w));
  return capitalised || isProductRun(words) ? words.join(" ") : null;
}

/** Products once each, dropping one whose words a longer one holds ("Exchange" beside "Microsoft Exchange"). */
function withoutContained(products: readonly string[]): string[] {
  const words = products.map((p) => new Set(p.toLowerCase().split(/\s+/)));
  return [...new Set(products)].filter((p) => {
    const mine = p.toLowerCase().split(/\s+/);
    return !words.some((w) => w.size > mine.length && mine.every((x) => w.has(x)));
  });
}

function occurrence(report: SegmentedReport, span: Span, cve: string, nickname: string | null): Occurrence {
  const text = report.text;
  const sentence = sentenceAt(report, span.start) ?? span;
  const item = itemProduct(text, span, sentence);
  const products = withoutContained([...(item ? [item] : []), ...productRuns(text, sentence, span)]);
  return { cve, nickname, products, span: Object.freeze({ ...span, surface: text.slice(span.start, span.end) }) };
}

/** Finds the vulnerabilities a report names, one finding per CVE, with the products its sentences give. */
export function recogniseVulnerabilities(report: SegmentedReport): VulnerabilityFinding[] {
  const text = report.text;
  const body = text.slice(report.body.start);
  const found: Occurrence[] = [];
  if (/cve/i.test(body)) {
    for (const m of body.matchAll(CVE)) {
      const start = report.body.start + m.index;
      found.push(occurrence(report, { start, end: start + m[0].length }, `CVE-${m[1]!}-${m[2]!}`, null));
    }
  }
  for (const m of body.matchAll(NICKNAME)) {
    const entry = NICKNAMES.get(m[0].toLowerCase().replace(/[\s-]/g, " ")) ?? NICKNAMES.get(m[0].toLowerCase());
    if (!entry) continue;
    const start = report.body.start + m.index;
    const occ = occurrence(report, { start, end: start + m[0].length }, entry.cve, m[0]);
    found.push({ ...occ, products: withoutContained([...occ.products, entry.product]) });
  }
  const byCve = new Map<string, Occurrence[]>();
  for (const o of found.sort((a, b) => a.span.start - b.span.start)) {
    const list = byCve.get(o.cve);
    if (list) list.push(o);
    else byCve.set(o.cve, [o]);
  }
  return [...byCve].map(([cve, list]) =>
    Object.freeze({
      cve,
      products: Object.freeze(withoutContained(list.flatMap((o) => o.products))),
      nickname: list.find((o) => o.nickname)?.nickname ?? null,
      spans: Object.freeze(list.map((o) => o.span)),
      evidence: evidenceFor(report, list[0]!.span),
    }),
  );
}
