// Measures the actor-name matcher on a deterministic text of a few MB (filler prose with catalogue names
// embedded): the automaton's core pass, a plain character scan over the same text (the floor any scan
// pays), and the naive baseline of one regular expression per alias (run on a slice, scaled).
import { readCatalogueFile } from "../src/catalogue/data-file.ts";
import { createAliasMatcher, createCatalogue, type Catalogue } from "../src/catalogue/index.ts";

export interface MatcherBenchOptions {
  /** Size of the generated text in MB (default 4). */
  readonly megabytes?: number;
  /** Size of the slice the one-regex-per-alias baseline runs on, in KB (default 64). */
  readonly regexSliceKb?: number;
  readonly seed?: number;
  readonly catalogue?: Catalogue;
}

export interface MatcherBenchResult {
  readonly text_bytes: number;
  readonly patterns: number;
  readonly states: number;
  readonly build_ms: number;
  /** The automaton's one pass (boundaries checked, every occurrence reported); all rates are per CPU second. */
  readonly mb_per_s: number;
  /** The same pass by the wall clock (lower on a busy machine). */
  readonly wall_mb_per_s: number;
  /** A loop reading every character and doing nothing else. */
  readonly char_scan_mb_per_s: number;
  /** One case-insensitive, word-bounded regex per alias, run over the slice one after another. */
  readonly regex_mb_per_s: number;
  readonly matcher_ratio_to_regex: number;
  /** matcher.scan: the pass plus leftmost-longest selection and the typo pass. */
  readonly scan_mb_per_s: number;
  /** matcher.findActors: scan plus the context rules. */
  readonly find_actors_mb_per_s: number;
  readonly occurrences: number;
}

const FILLER = (
  "the report said that officials in several countries were investigating a series of incidents involving " +
  "networks of companies and agencies while analysts warned that the campaign had been running for months " +
  "and that more victims were likely to come forward as investigators reviewed logs from servers in Europe " +
  "and Asia according to people familiar with the matter who asked not to be named because the inquiry is " +
  "continuing and the government has not yet decided how to respond to what it described as a serious breach"
).split(" ");

/** A small deterministic PRNG (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Filler prose of about `bytes` characters with a catalogue name every ~40 words, in sentences. */
export function benchText(catalogue: Catalogue, bytes: number, seed = 1): string {
  const next = random(seed);
  const names = catalogue.actors.flatMap((a) => a.names.map((n) => n.name));
  const parts: string[] = [];
  let size = 0;
  let words = 0;
  while (size < bytes) {
    let w = FILLER[Math.floor(next() * FILLER.length)]!;
    if (next() < 1 / 40) w = names[Math.floor(next() * names.length)]!;
    if (words === 0) w = w.charAt(0).toUpperCase() + w.slice(1);
    words++;
    if (words > 12 && next() < 0.08) {
      w += ".";
      words = 0;
    }
    parts.push(w);
    size += w.length + 1;
  }
  return parts.join(" ");
}

/** MB/s with three significant digits. */
const mbPerS = (bytes: number, ms: number) => Number((bytes / 1e6 / (ms / 1000)).toPrecision(3));

/**
 * The fastest of `times` runs, in milliseconds: of this process's CPU time (user + system), which on a
 * shared machine measures the code rather than its neighbours, and of wall-clock time.
 */
function measure(times: number, run: () => void): { cpu: number; wall: number } {
  let cpu = Infinity;
  let wall = Infinity;
  for (let i = 0; i < times; i++) {
    const before = process.cpuUsage();
    const t = performance.now();
    run();
    wall = Math.min(wall, performance.now() - t);
    const used = process.cpuUsage(before);
    cpu = Math.min(cpu, (used.user + used.system) / 1000);
  }
  return { cpu: Math.max(cpu, 0.001), wall: Math.max(wall, 0.001) };
}
const best = (times: number, run: () => void) => measure(times, run).cpu;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Runs the benchmark and returns its figures. */
export function benchMatcher(options: MatcherBenchOptions = {}): MatcherBenchResult {
  const catalogue = options.catalogue ?? createCatalogue(readCatalogueFile());
  let matcher = createAliasMatcher(catalogue);
  const buildMs = best(1, () => (matcher = createAliasMatcher(catalogue)));
  const text = benchText(catalogue, Math.round((options.megabytes ?? 4) * 1e6), options.seed ?? 1);
  const bytes = Buffer.byteLength(text, "utf8");

  let occurrences = 0;
  const passTimes = measure(5, () => {
    occurrences = 0;
    matcher.automaton.scan(text, () => void occurrences++);
  });
  const pass = passTimes.cpu;
  let sink = 0;
  const charScan = best(5, () => {
    for (let i = 0; i < text.length; i++) sink += text.charCodeAt(i);
  });
  const scan = best(3, () => void matcher.scan(text));
  const find = best(2, () => void matcher.findActors(text));

  const slice = text.slice(0, (options.regexSliceKb ?? 64) * 1000);
  const names = [...new Set(catalogue.actors.flatMap((a) => a.names.map((n) => n.name.toLowerCase())))];
  const regexes = names.map((n) => new RegExp(`\\b${escape(n)}\\b`, "gi"));
  const regex = best(1, () => {
    for (const re of regexes) for (const _ of slice.matchAll(re)) sink++;
  });
  const sliceBytes = Buffer.byteLength(slice, "utf8");
  const regexMbPerS = mbPerS(sliceBytes, regex);
  return {
    text_bytes: bytes,
    patterns: matcher.automaton.patternCount,
    states: matcher.automaton.stateCount,
    build_ms: Math.round(buildMs),
    mb_per_s: mbPerS(bytes, pass),
    wall_mb_per_s: mbPerS(bytes, passTimes.wall),
    char_scan_mb_per_s: mbPerS(bytes, charScan + (sink === -1 ? 1 : 0)),
    regex_mb_per_s: regexMbPerS,
    matcher_ratio_to_regex: Math.round(bytes / pass / (sliceBytes / regex)),
    scan_mb_per_s: mbPerS(bytes, scan),
    find_actors_mb_per_s: mbPerS(bytes, find),
    occurrences,
  };
}
