// Quantities the text attaches to victims: "more than 30 servers", "at least 9 water utilities",
// "100,000 Navy personnel", "29 countries". Only counts the text gives (numbers, number words, "dozens of");
// vague words ("several", "multiple", "many") are not quantities.

const NUMBER_WORDS =
  "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|" +
  "seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|hundreds of|" +
  "a dozen|dozens of|a few dozen|two dozen|three dozen|scores of|thousands of|tens of thousands of|" +
  "hundreds of thousands of|millions of";
const HEDGES =
  "more than|over|at least|nearly|almost|about|around|roughly|approximately|up to|some|as many as|fewer than|" +
  "less than|at most|an estimated|close to|just over|just under|upwards of";
const COUNT = `(?:(?:${HEDGES})\\s+)?(?:(?!(?:19|20)\\d\\d\\b)\\d[\\d,.]*(?:\\s+(?:million|billion|thousand|hundred))?|(?:${NUMBER_WORDS})(?:[\\s-]+(?:${NUMBER_WORDS}))?)(?:\\s+(?:other|more|additional|different|separate))?`;

const COUNT_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}$€£.,])${COUNT}\\s+$`, "iu");
const COUNT_AT = new RegExp(`^${COUNT}\\s+`, "i");
const NP_END =
  /[,;:()"!?]|(?<![A-Z])\.(?:\s|$)|\s(?:and|or|in|of|from|at|that|which|who|between|since|with|by|to|across|on|for|during|including|belonging|connected|involved|were|was|are|is|had|have|has)\s/;

/** The count right before `at` ("at least 9 " before "water and power utilities"), or null. */
export function findQuantity(text: string, at: number): string | null {
  const m = COUNT_BEFORE.exec(text.slice(Math.max(0, at - 60), at));
  return m ? m[0].trim() : null;
}

/** The noun phrase starting at `at`, up to its first boundary ("E.U. defence firms and …" → "E.U. defence firms"). */
function nounPhraseAt(text: string, at: number): string {
  const rest = text.slice(at, at + 120);
  const end = NP_END.exec(rest);
  return (end ? rest.slice(0, end.index) : rest).trim();
}

/**
 * The count before `at` together with the noun phrase it counts, as the text words it, or null when no count.
 * @example quantifiedPhrase("hacked at least 20 E.U. defence contractors and ministries", 19) // → "at least 20 E.U. defence contractors"
 */
export function quantifiedPhrase(text: string, at: number, end?: number): string | null {
  const count = findQuantity(text, at);
  if (!count) return null;
  const phrase = end === undefined ? nounPhraseAt(text, at) : text.slice(at, end).trim();
  return phrase ? `${count} ${phrase}` : null;
}

/** A count at `at` followed by its noun ("more than 30 servers belonging to …" → "more than 30 servers"). */
export function quantityAt(text: string, at: number): string | null {
  const m = COUNT_AT.exec(text.slice(at, at + 80));
  if (!m) return null;
  const phrase = nounPhraseAt(text, at + m[0].length);
  return phrase ? `${m[0].trim()} ${phrase}` : null;
}

const COUNTED_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{N}$€£.,])(${COUNT}\\s+[\\w-]+(?:\\s+[\\w-]+){0,2}?)\\s+(?:belonging to|connected to|owned by|operated by|used by|of|at|on|from|inside|in)\\s+(?:the\\s+)?$`,
  "iu",
);

/** What was counted of the organisation named at `at` ("more than 30 servers belonging to the Royal Navy"). */
export function countedBefore(text: string, at: number): string | null {
  const m = COUNTED_BEFORE.exec(text.slice(Math.max(0, at - 90), at));
  return m?.[1] ?? null;
}
