// Targets of actions compared by their words: "China" is one of the targets of "hackers working for
// China's spy agency", but not of "a Chinese telecommunications executive". Words that say
// what kind of party a target is, not which ("hackers", "officials", "Chinese", "alleged"), do not identify
// it, and a capital stands for its state ("Beijing" is China), as it does in diplomatic news.
import { foldForComparison } from "../normalise/index.ts";

const STOP = new Set("a an the of with and in for to by on at its their his her s".split(" "));

/** Kinds of parties, nationalities and qualifiers: they describe a target, never single it out. */
const GENERIC = new Set(
  (
    "hacker hackers individual individuals people person persons official officials national nationals " +
    "defendant defendants suspect suspects man men woman women company companies firm firms entity entities " +
    "agent agents officer officers member members group groups actor actors operative operatives " +
    "alleged suspected accused several two three four five six seven eight nine ten dozen other others " +
    "chinese russian iranian korean american british german french israeli indian pakistani vietnamese " +
    "belarusian ukrainian syrian turkish"
  ).split(" "),
);

/** A capital or a seat of power stands for its state; multi-word states become one token. */
const STATE_OF: Readonly<Record<string, string>> = {
  beijing: "china",
  prc: "china",
  moscow: "russia",
  kremlin: "russia",
  tehran: "iran",
  pyongyang: "northkorea",
  dprk: "northkorea",
  washington: "unitedstates",
};

/**
 * Targets read before, kept for the next calls: events compare every action with every other one near it, so
 * the same few targets ("China", "two Russian officers") are read over and over. Bounded; the reading is pure.
 */
const READ = new Map<string, ReadonlySet<string>>();
const READ_KEPT = 4096;

/** The words that identify a target, lowercased, possessives dropped, capitals read as their states. */
export function targetWords(target: string): ReadonlySet<string> {
  const known = READ.get(target);
  if (known) return known;
  const read = readTargetWords(target);
  if (READ.size >= READ_KEPT) READ.clear();
  READ.set(target, read);
  return read;
}

function readTargetWords(target: string): ReadonlySet<string> {
  const words = foldForComparison(target)
    .toLowerCase()
    .replace(/'s\b/g, "")
    .replace(/\bnorth korea\b/g, "northkorea")
    .replace(/\b(?:the )?united states\b|\bu\.s\.(?:a\.)?/g, "unitedstates")
    .match(/[\p{L}\p{N}]+/gu);
  return new Set((words ?? []).filter((w) => !STOP.has(w) && !GENERIC.has(w)).map((w) => STATE_OF[w] ?? w));
}

function within(small: ReadonlySet<string>, large: ReadonlySet<string>): boolean {
  if (small.size === 0) return false;
  for (const w of small) if (!large.has(w)) return false;
  return true;
}

/** Whether some target of one list names the same as, or is named within, some target of the other. */
export function sharesTarget(a: readonly ReadonlySet<string>[], b: readonly ReadonlySet<string>[]): boolean {
  return a.some((x) => b.some((y) => (x.size <= y.size ? within(x, y) : within(y, x))));
}
