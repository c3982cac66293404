// The fusion benchmark: generates a corpus with planted duplicates, near duplicates and copied paragraphs,
// ingests it report by report through fingerprintReport → detectCopies → index.add, and scores what was
// found against the generator's truth. Figures have plain names so a harness can print or compare them.
import { createReportSource, type Span } from "../src/core/index.ts";
import {
  compareTiming,
  createPassageIndex,
  detectCopies,
  fingerprintReport,
  type ReportTiming,
} from "../src/pipeline/fuse/index.ts";
import { segmentReport } from "../src/pipeline/segment/index.ts";
import { loadGeneratorActors } from "./generate/catalogue-actors.ts";
import {
  generateCorpus,
  pairKey,
  type CorpusTruth,
  type GeneratedCorpus,
  type GeneratorActor,
} from "./generate/index.ts";

export interface FusionBenchOptions {
  readonly documents: number;
  readonly seed?: number;
  /** A corpus already generated (its size wins over `documents`). */
  readonly corpus?: GeneratedCorpus;
  /** Actors to write about; by default a sample of data/catalogue.json, or the generator's own list. */
  readonly actors?: readonly GeneratorActor[];
}

export interface FusionBenchResult {
  readonly documents: number;
  readonly duplicate_precision: number;
  readonly duplicate_recall: number;
  readonly near_duplicate_precision: number;
  readonly near_duplicate_recall: number;
  readonly copied_paragraph_precision: number;
  readonly copied_paragraph_recall: number;
  readonly generate_s: number;
  readonly ingest_s: number;
  /** Processor time of the ingest: less sensitive than wall time to other work on the machine. */
  readonly ingest_cpu_s: number;
  readonly cpu_ms_per_doc: number;
  readonly docs_per_s: number;
  readonly fingerprint_ms_per_doc: number;
  readonly detect_ms_per_doc: number;
  readonly candidates_per_doc: number;
}

interface Found {
  readonly exact: Set<string>;
  readonly near: Set<string>;
  /** "copy|paragraph" → earliest source seen, with its timing. */
  readonly copied: Map<string, { source: string; timing: ReportTiming }>;
}

/** The paragraph of a report a span lies in (the one it overlaps most). */
function paragraphOf(paragraphs: readonly Span[], span: Span): number {
  let best = -1;
  let overlap = 0;
  paragraphs.forEach((p, i) => {
    const o = Math.min(p.end, span.end) - Math.max(p.start, span.start);
    if (o > overlap) [best, overlap] = [i, o];
  });
  return best;
}

function ratio(hit: number, of: number): number {
  return of === 0 ? 1 : hit / of;
}

function score(found: Found, truth: CorpusTruth) {
  const exactTruth = new Set(truth.exactPairs);
  const nearTruth = new Set(truth.nearPairs);
  const copiedTruth = new Set(truth.copiedParagraphs.map((c) => `${c.report}|${c.paragraph}|${c.source}`));
  const copiedFound = [...found.copied]
    .map(([key, value]) => `${key}|${value.source}`)
    .filter((key) => {
      const [copy = "", , source = ""] = key.split("|");
      const pair = pairKey(copy, source);
      return !exactTruth.has(pair) && !nearTruth.has(pair);
    });
  const hits = (found: Iterable<string>, truth: Set<string>) => [...found].filter((k) => truth.has(k)).length;
  const copiedHits = hits(copiedFound, copiedTruth);
  return {
    duplicate_precision: ratio(hits(found.exact, exactTruth), found.exact.size),
    duplicate_recall: ratio(hits(found.exact, exactTruth), exactTruth.size),
    near_duplicate_precision: ratio(hits(found.near, nearTruth), found.near.size),
    near_duplicate_recall: ratio(hits(found.near, nearTruth), nearTruth.size),
    copied_paragraph_precision: ratio(copiedHits, copiedFound.length),
    copied_paragraph_recall: ratio(copiedHits, copiedTruth.size),
  };
}

/** Runs the benchmark and returns its figures. */
export function benchFusion(options: FusionBenchOptions): FusionBenchResult {
  const seed = options.seed ?? 20181220;
  const actors = options.actors ?? loadGeneratorActors({ count: 40, seed });
  const g0 = performance.now();
  const corpus = options.corpus ?? generateCorpus({ documents: options.documents, seed, actors });
  const generateMs = performance.now() - g0;
  const index = createPassageIndex();
  const paragraphs = new Map<string, Span[]>();
  const timing = new Map<string, ReportTiming>();
  const found: Found = { exact: new Set(), near: new Set(), copied: new Map() };
  const note = (copy: string, span: Span, source: string) => {
    const key = `${copy}|${paragraphOf(paragraphs.get(copy) ?? [], span)}`;
    const t = timing.get(source);
    const seen = found.copied.get(key);
    if (t && (!seen || compareTiming(t, seen.timing) < 0)) found.copied.set(key, { source, timing: t });
  };
  let fingerprintMs = 0;
  let detectMs = 0;
  let candidates = 0;
  const i0 = performance.now();
  const cpu0 = process.cpuUsage();
  corpus.documents.forEach((doc, ingestedSeq) => {
    const f0 = performance.now();
    const report = segmentReport({
      source: createReportSource({ origin: doc.id, published: doc.published }),
      text: doc.text,
    });
    const fingerprint = fingerprintReport(report);
    const d0 = performance.now();
    const meta = { published: doc.published, ingestedSeq };
    paragraphs.set(
      doc.id,
      report.paragraphs.map((p) => ({ start: p.start, end: p.end })),
    );
    timing.set(doc.id, meta);
    const result = detectCopies({ id: doc.id, fingerprint, ...meta }, index);
    index.add(doc.id, fingerprint, meta);
    const d1 = performance.now();
    fingerprintMs += d0 - f0;
    detectMs += d1 - d0;
    candidates += result.compared;
    for (const m of result.exactDuplicates) found.exact.add(pairKey(doc.id, m.reportId));
    for (const m of result.nearDuplicates) found.near.add(pairKey(doc.id, m.reportId));
    for (const p of result.copiedPassages) note(p.copyReportId, p.copySpan, p.sourceReportId);
  });
  const ingestMs = performance.now() - i0;
  const cpu = process.cpuUsage(cpu0);
  const n = corpus.documents.length;
  return {
    documents: n,
    ...score(found, corpus.truth),
    generate_s: generateMs / 1000,
    ingest_s: ingestMs / 1000,
    ingest_cpu_s: (cpu.user + cpu.system) / 1e6,
    cpu_ms_per_doc: (cpu.user + cpu.system) / 1000 / n,
    docs_per_s: n / ((fingerprintMs + detectMs) / 1000),
    fingerprint_ms_per_doc: fingerprintMs / n,
    detect_ms_per_doc: detectMs / n,
    candidates_per_doc: candidates / n,
  };
}
