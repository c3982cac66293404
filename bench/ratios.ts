// The name matcher against its floor and its peer, on the same text (the bench corpus): a plain character
// scan (a loop over charCodeAt, the least any scan pays), the alias automaton's one pass, `matcher.scan`
// (the pass plus leftmost-longest choice and typos, as the actor recogniser calls it), `matcher.findActors`
// (scan plus the context rules), and the peer baseline — one case-insensitive, word-bounded regex per
// catalogue name run one after another, the way OpenCTI's import matches names — timed on a slice and
// scaled. All rates are per processor second, fastest of a few runs.
import type { AliasMatcher, Catalogue } from "../src/catalogue/index.ts";
import { fastestOf, mbPerS, round } from "./clock.ts";

export interface MatcherRatios {
  readonly text_bytes: number;
  readonly regex_slice_bytes: number;
  /** Distinct catalogue names, one regex each in the baseline. */
  readonly regex_patterns: number;
  readonly char_scan_mb_per_s: number;
  readonly automaton_mb_per_s: number;
  readonly matcher_mb_per_s: number;
  readonly find_actors_mb_per_s: number;
  readonly regex_per_name_mb_per_s: number;
  /** How many times faster `matcher.scan` is than one regex per name (target ≥ 50). */
  readonly matcher_ratio_to_regex: number;
  /** The same for the automaton's bare pass. */
  readonly automaton_ratio_to_regex: number;
  /** How many times longer `matcher.scan` takes than a plain character scan. */
  readonly matcher_ratio_to_scan: number;
  /** How many times longer the automaton's pass takes than a plain character scan. */
  readonly automaton_ratio_to_scan: number;
  readonly occurrences: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** One regex per distinct catalogue name, case-insensitive, with word boundaries. */
export function regexPerName(catalogue: Catalogue): RegExp[] {
  const names = new Set(catalogue.actors.flatMap((a) => a.names.map((n) => n.name.toLowerCase())));
  return [...names].map((n) => new RegExp(`\\b${escape(n)}\\b`, "gi"));
}

/** Measures the matcher on `text`; the regex baseline runs on its first `regexSliceBytes` characters. */
export function measureMatcherRatios(
  text: string,
  deps: { readonly catalogue: Catalogue; readonly matcher: AliasMatcher },
  options: { readonly regexSliceBytes?: number; readonly runs?: number } = {},
): MatcherRatios {
  const runs = options.runs ?? 3;
  const bytes = Buffer.byteLength(text, "utf8");
  let sink = 0;
  const charScan = fastestOf(runs, () => {
    for (let i = 0; i < text.length; i++) sink += text.charCodeAt(i);
  }).cpu;
  let occurrences = 0;
  const automaton = fastestOf(runs, () => {
    occurrences = 0;
    deps.matcher.automaton.scan(text, () => void occurrences++);
  }).cpu;
  const scan = fastestOf(runs, () => void deps.matcher.scan(text)).cpu;
  const find = fastestOf(1, () => void deps.matcher.findActors(text)).cpu;
  const slice = text.slice(0, options.regexSliceBytes ?? 32_000);
  const sliceBytes = Buffer.byteLength(slice, "utf8");
  const regexes = regexPerName(deps.catalogue);
  const regex = fastestOf(1, () => {
    for (const re of regexes) for (const _ of slice.matchAll(re)) sink++;
  }).cpu;
  // Per-byte times, so the slice and the whole text compare.
  const perByte = {
    scan: charScan / bytes,
    automaton: automaton / bytes,
    matcher: scan / bytes,
    regex: regex / sliceBytes,
  };
  return {
    text_bytes: bytes,
    regex_slice_bytes: sliceBytes,
    regex_patterns: regexes.length + (sink < 0 ? 1 : 0),
    char_scan_mb_per_s: mbPerS(bytes, charScan),
    automaton_mb_per_s: mbPerS(bytes, automaton),
    matcher_mb_per_s: mbPerS(bytes, scan),
    find_actors_mb_per_s: mbPerS(bytes, find),
    regex_per_name_mb_per_s: mbPerS(sliceBytes, regex),
    matcher_ratio_to_regex: round(perByte.regex / perByte.matcher, 0),
    automaton_ratio_to_regex: round(perByte.regex / perByte.automaton, 0),
    matcher_ratio_to_scan: round(perByte.matcher / perByte.scan, 1),
    automaton_ratio_to_scan: round(perByte.automaton / perByte.scan, 1),
    occurrences,
  };
}
