// A group's acronym introduced in parentheses ("Holy League of Cyber Partisans (HLCP)") names the same group
// for the rest of the text: the acronym and its later uses ("HLCP's targets") become mentions of it. The other way
// round, a known designation in parentheses names the words before it: "Advanced Persistent Threat Group 31 (APT31)".
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

const CODE = /^(\p{Lu}{2,6})[ -]?(\d{0,5})$/u;
const SPELT_BEFORE = /((?:\p{Lu}[\p{L}]*\s+){2,7})(\d{1,5}\s+)?\(\s*["“]?$/u;
const GENERIC_WORD = /^(?:Group|Team|Gang|Crew|Actor)$/;

/** "Advanced Persistent Threat Group 31 (APT31)": the spelt-out name before a designation in parentheses. */
function speltOutBefore(text: string, m: ActorMention): ActorMention | null {
  const code = CODE.exec(m.surface);
  if (!code || text.charAt(m.end) !== ")") return null;
  const hit = SPELT_BEFORE.exec(text.slice(Math.max(0, m.start - 90), m.start));
  if (!hit?.[1]) return null;
  const words = hit[1].trim().split(/\s+/);
  const initialsOf = (ws: readonly string[]) =>
    ws
      .filter((w) => !GENERIC_WORD.test(w))
      .map((w) => w[0] ?? "")
      .join("");
  // "The Advanced Persistent Threat 31 (APT31)": capitalised words before the name are not part of it.
  while (words.length > 2 && initialsOf(words).length > (code[1]?.length ?? 0)) words.shift();
  if (initialsOf(words) !== code[1] || (hit[2]?.trim() ?? "") !== (code[2] ?? "")) return null;
  const surface = `${words.join(" ")}${hit[2] ? ` ${hit[2].trim()}` : ""}`;
  if (!hit[0].includes(surface)) return null;
  const start = m.start - hit[0].length + hit[0].indexOf(surface);
  return Object.freeze({ ...m, start, end: start + surface.length, surface, via: "rule" as const });
}

/** Mentions of acronyms introduced right after a multi-word actor name, and of their later uses. */
export function acronymMentions(text: string, mentions: readonly ActorMention[]): ActorMention[] {
  const out: ActorMention[] = [];
  const taken = (start: number, end: number) => [...mentions, ...out].some((m) => m.start < end && start < m.end);
  for (const m of mentions) {
    const spelt = /\s/.test(m.surface) ? null : speltOutBefore(text, m);
    if (spelt && !taken(spelt.start, spelt.end)) out.push(spelt);
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
