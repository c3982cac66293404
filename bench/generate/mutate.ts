// How one outlet rewrites another's story: sentences replaced, inserted, deleted or moved, words swapped,
// quote marks restyled. Each edit works on a body as paragraphs of sentences and returns a new body.
import { writeSentence, type Story } from "./compose.ts";
import { FILLER_WORDS, SUBSTITUTES } from "./names.ts";
import type { Rng } from "./rng.ts";
import { SENTENCE_ROLES } from "./templates.ts";

export type Body = readonly (readonly string[])[];

/** Straight quotes and apostrophes become curly, or curly become straight: only the marks change. */
export function restyleQuotes(text: string): string {
  if (/[“”’]/.test(text)) return text.replace(/[“”]/g, '"').replace(/’/g, "'");
  let opening = true;
  const curl = () => {
    const mark = opening ? "“" : "”";
    opening = !opening;
    return mark;
  };
  return text.replace(/"/g, curl).replace(/(\w)'(\w)/g, "$1’$2");
}

function substituteOne(word: string, rng: Rng): string {
  const lower = word.toLowerCase();
  const options = SUBSTITUTES[lower];
  const replacement = options ? rng.pick(options) : rng.pick(FILLER_WORDS.filter((w) => w !== lower));
  return /^[A-Z]/.test(word) ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
}

/** Replaces `count` distinct words of a text (words of letters only), keeping everything else. */
export function substituteWords(text: string, count: number, rng: Rng): string {
  const positions: { start: number; end: number; common: boolean }[] = [];
  for (const m of text.matchAll(/\p{L}+/gu))
    positions.push({ start: m.index, end: m.index + m[0].length, common: m[0].toLowerCase() in SUBSTITUTES });
  // An editor swaps common words first ("said" → "stated"), then whatever else it must.
  const shuffled = rng.shuffle(positions);
  const ordered = [...shuffled.filter((p) => p.common), ...shuffled.filter((p) => !p.common)];
  const chosen = ordered.slice(0, count).sort((a, b) => b.start - a.start);
  let out = text;
  for (const p of chosen)
    out = out.slice(0, p.start) + substituteOne(out.slice(p.start, p.end), rng) + out.slice(p.end);
  return out;
}

type SentenceEdit = "replace" | "insert" | "delete" | "reorder";

function editOnce(body: string[][], edit: SentenceEdit, story: Story, rng: Rng): void {
  const p = rng.int(0, body.length - 1);
  const paragraph = body[p];
  if (!paragraph) return;
  const s = rng.int(0, paragraph.length - 1);
  const fresh = () => writeSentence(rng.pick(SENTENCE_ROLES), story, rng);
  switch (edit) {
    case "replace":
      paragraph[s] = fresh();
      return;
    case "insert":
      paragraph.splice(rng.int(0, paragraph.length), 0, fresh());
      return;
    case "delete":
      if (paragraph.length > 1) paragraph.splice(s, 1);
      else paragraph[s] = fresh();
      return;
    case "reorder": {
      const target = body[rng.int(0, body.length - 1)] ?? paragraph;
      const [moved] = paragraph.length > 1 ? paragraph.splice(s, 1) : [];
      if (moved !== undefined) target.splice(rng.int(0, target.length), 0, moved);
      return;
    }
  }
}

/**
 * A near duplicate of a body: `sentenceRate` of its sentences edited (replaced, inserted, deleted or moved)
 * and `wordRate` of its words substituted.
 */
export function rewriteBody(
  body: Body,
  story: Story,
  rng: Rng,
  rates: { sentenceRate: number; wordRate: number },
): string[][] {
  const out = body.map((paragraph) => [...paragraph]);
  const sentences = out.reduce((n, p) => n + p.length, 0);
  const edits = Math.max(1, Math.round(rates.sentenceRate * sentences));
  const kinds: readonly SentenceEdit[] = ["replace", "insert", "delete", "reorder"];
  for (let i = 0; i < edits; i++) editOnce(out, rng.pick(kinds), story, rng);
  // A move can put a sentence back where it was: a rewrite always changes something.
  while (out.flat().join(" ") === body.flat().join(" ")) editOnce(out, "replace", story, rng);
  // Words to swap are drawn uniformly over the whole body, then swapped sentence by sentence.
  const slots: string[] = [];
  out.forEach((paragraph, p) =>
    paragraph.forEach((sentence, s) => {
      for (const _ of sentence.matchAll(/\p{L}+/gu)) slots.push(`${p}:${s}`);
    }),
  );
  const perSentence = new Map<string, number>();
  for (const key of rng.shuffle(slots).slice(0, Math.round(rates.wordRate * slots.length)))
    perSentence.set(key, (perSentence.get(key) ?? 0) + 1);
  return out.map((paragraph, p) =>
    paragraph.map((sentence, s) => {
      const count = perSentence.get(`${p}:${s}`) ?? 0;
      return count > 0 ? substituteWords(sentence, count, rng) : sentence;
    }),
  );
}
