// An organisation named by its acronym ("OPCW") is presented by the full name the text gives it elsewhere
// ("the Organisation for the Prohibition of Chemical Weapons"), as an analyst writes it: "Organisation for the
// Prohibition of Chemical Weapons (OPCW)". The full name is found by its initials, small words skipped.

const JOINERS = new Set(["of", "for", "the", "and", "on", "in", "to", "&"]);
const ACRONYM = /^[A-Z]{2,7}$/;
const NAME_RUN = /\b[A-Z][\p{L}-]*(?:\s+(?:(?:of|for|the|and|on|in|to|&)\s+)*[A-Z][\p{L}-]*)+/gu;

/** The initials of a name, small words skipped, hyphened parts each counted ("World Anti-Doping Agency" → WADA). */
export function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => w && !JOINERS.has(w))
    .map((w) => w[0] ?? "")
    .join("")
    .toUpperCase();
}

/** The full name of an acronym as the text spells it out, or null when it does not. */
export function fullNameOf(acronym: string, text: string): string | null {
  if (!ACRONYM.test(acronym)) return null;
  for (const m of text.matchAll(NAME_RUN)) {
    const words = m[0].split(/\s+/);
    // The run may start before the name ("Hague headquarters of the Organisation …"): try each start.
    for (let i = 0; i < words.length; i++) {
      if (JOINERS.has(words[i] ?? "")) continue;
      for (let j = words.length; j > i + 1; j--) {
        const candidate = words.slice(i, j).join(" ");
        if (JOINERS.has(words[j - 1] ?? "")) continue;
        if (initialsOf(candidate) === acronym) return candidate;
      }
    }
  }
  return null;
}

/** "OPCW" → "Organisation for the Prohibition of Chemical Weapons (OPCW)" when the text spells it out. */
export function withFullName(name: string, text: string): string {
  const full = fullNameOf(name, text);
  return full ? `${full} (${name})` : name;
}
