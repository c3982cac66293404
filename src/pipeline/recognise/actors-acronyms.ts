// A group's acronym introduced in parentheses ("Holy League of Cyber Partisans (HLCP)") names the same group
// for the rest of the text: the acronym and its later uses ("HLCP's targets") become mentions of it.
import type { ActorMention } from "../../core/index.ts";

const FOLLOWING_ACRONYM = /^\s*\(\s*["“]?(\p{Lu}[\p{Lu}\p{N}]{1,7})["”]?\s*\)/u;

/** The initials of a name's words: all of them, and those of its capitalised words only. */
function initials(name: string): Set<string> {
  const words = name.split(/[\s-]+/).filter(Boolean);
  const all = words
    .map((w) => w[0] ?? "")
    .join("")
    .toUpperCase();
  const capitalised = words
    .filter((w) => /^[\p{Lu}\p{N}]/u.test(w))
    .map((w) => w[0] ?? "")
    .join("");
  return new Set([all, capitalised]);
}

/** Mentions of acronyms introduced right after a multi-word actor name, and of their later uses. */
export function acronymMentions(text: string, mentions: readonly ActorMention[]): ActorMention[] {
  const out: ActorMention[] = [];
  const taken = (start: number, end: number) => [...mentions, ...out].some((m) => m.start < end && start < m.end);
  for (const m of mentions) {
    if (!/\s/.test(m.surface)) continue;
    const hit = FOLLOWING_ACRONYM.exec(text.slice(m.end, m.end + 16));
    const acronym = hit?.[1];
    if (!acronym || !initials(m.surface).has(acronym)) continue;
    const uses = new RegExp(`(?<![\\p{L}\\p{N}])${acronym}(?![\\p{L}\\p{N}])`, "gu");
    for (const u of text.matchAll(uses)) {
      if (u.index < m.end || taken(u.index, u.index + acronym.length)) continue;
      out.push(
        Object.freeze({
          ...m,
          start: u.index,
          end: u.index + acronym.length,
          surface: acronym,
          via: "rule" as const,
          confidence: Math.min(m.confidence, 0.8),
        }),
      );
    }
  }
  return out;
}
