// Which names found in a text count as actor mentions. A distinctive name (APT10, UNC2452) counts anywhere
// unless the text uses it for software. A name made of ordinary words (Cicada, Lazarus, Stone Panda,
// NICKEL) counts only written with a capital, not fused into a longer proper noun ("Cobalt Strike"), and
// with cyber words in its sentence or the next or previous one. A weak name (a short acronym, a name that is
// also software, a one-word name opening its sentence) also needs a cue ("a group known as", "aka", "the X
// group"). In a text about cyber operations, a capitalised name of several words needs no nearer context.
// Once the text has named an actor for sure, its other names there count too: one sense per text.
import type { AliasMatch } from "./alias-matcher.ts";
import { createTextContext, type TextContext } from "./context.ts";
import { isCapitalised } from "./names.ts";
import { isPlaceWord } from "./places.ts";

/** accept: the name's own context says so; topical: only the text as a whole does (it counts, but does not vouch for the actor's other names). */
type Verdict = "accept" | "topical" | "pending" | "reject";

/**
 * `topical`: the text is about cyber operations (cyber words, malware names, a distinctive group name):
 * there a capitalised name of several words that is a group's name is that group.
 */
function verdict(m: AliasMatch, ctx: TextContext, topical: boolean): Verdict {
  if (ctx.software(m)) return "reject";
  if (m.strength === "distinctive") return "accept";
  if (!isCapitalised(m.surface) || ctx.compound(m, isPlaceWord)) return "reject";
  const oneWord = !/\s/.test(m.surface);
  const strength = m.strength === "word" && oneWord && ctx.sentenceInitial(m) ? "weak" : m.strength;
  const cyber = ctx.cyber(m);
  if (strength === "word") return cyber ? "accept" : topical && !oneWord ? "topical" : "pending";
  if (!ctx.cued(m)) return "pending";
  return cyber ? "accept" : topical ? "topical" : "pending";
}

/** Keeps the matches that count as actor mentions in this text (see the file comment for the rules). */
export function confirmMatches(text: string, matches: readonly AliasMatch[], context?: TextContext): AliasMatch[] {
  const ctx = context ?? createTextContext(text);
  const topical = ctx.topical || matches.some((m) => m.strength === "distinctive" && !ctx.software(m));
  const verdicts = matches.map((m) => verdict(m, ctx, topical));
  const sure = new Set<string>();
  matches.forEach((m, i) => {
    if (verdicts[i] === "accept" && m.actors.length === 1) sure.add(m.actors[0]!);
  });
  return matches.filter(
    (m, i) =>
      verdicts[i] === "accept" ||
      verdicts[i] === "topical" ||
      (verdicts[i] === "pending" && m.actors.some((a) => sure.has(a))),
  );
}
