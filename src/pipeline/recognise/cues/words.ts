// Finding a literal word in text without compiling a regex for it: `(?<!\p{L})word(?!\p{L})` by indexOf and
// two checks of the neighbouring characters. Rules that look for a name found earlier in the report (a person,
// a sponsor) would otherwise compile one pattern per name per report.

const LETTER = /\p{L}/u;

function letterBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const low = text.charCodeAt(at - 1);
  const astral = low >= 0xdc00 && low <= 0xdfff && at >= 2;
  return LETTER.test(astral ? text.slice(at - 2, at) : text.charAt(at - 1));
}

function letterAt(text: string, at: number): boolean {
  const c = text.codePointAt(at);
  return c !== undefined && LETTER.test(String.fromCodePoint(c));
}

/** Where `word` first stands in `text` with no letter just before or after it, from `from`; -1 when nowhere. */
export function indexOfWord(text: string, word: string, from = 0): number {
  if (word.length === 0) return -1;
  for (let at = text.indexOf(word, from); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!letterBefore(text, at) && !letterAt(text, at + word.length)) return at;
  }
  return -1;
}
