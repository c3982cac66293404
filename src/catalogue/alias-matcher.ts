// Finds the catalogue's actor names in a text in one pass of one automaton (never one regex per name),
// forgiving case, spacing, hyphens, dots, possessives and curly quotes; spelt-out designations
// ("Advanced Persistent Threat 10"), short forms ("Lazarus" for "Lazarus Group"), and one-letter typos of
// code-like names ("ATP10"). Offsets are always into the original text.
import type { Span } from "../core/index.ts";
import type { Catalogue } from "./catalogue.ts";
import { createAutomaton, type Automaton } from "./automaton.ts";
import { nameWords, squashName } from "./normalise.ts";
import { shortForm, spelledOut, surfaceStrength, type NameStrength } from "./names.ts";
import { findTypos, type CodeIndex } from "./typos.ts";
import { confirmMatches } from "./confirm.ts";
import { createTextContext, isCyberWord } from "./context.ts";
import { isPlaceWord } from "./places.ts";

/** One name of the catalogue found in a text. */
export interface AliasMatch extends Span {
  readonly surface: string;
  /** Keys of the actors that carry this name: more than one means the name is ambiguous. */
  readonly actors: readonly string[];
  /** The catalogue's spelling of the name matched. */
  readonly name: string;
  readonly via: "exact" | "forgiving" | "typo" | "expansion";
  readonly confidence: number;
  /** What the surface proves alone: distinctive (APT10) or word (Stone Panda), which needs cyber context, or weak (CARR), which needs a cue. */
  readonly strength: NameStrength;
}

/** What one pass finds: actors' names, and the names of malware and tools (evidence of a cyber text). */
export interface AliasScan {
  /** Every actor name, leftmost-longest, before any context rule. */
  readonly names: readonly AliasMatch[];
  /** Where the text names ATT&CK software in a form no ordinary word takes (NotPetya, PlugX), and no actor. */
  readonly software: readonly Span[];
}

export interface AliasMatcher {
  readonly automaton: Automaton;
  /** Every catalogue name in the text, leftmost-longest, before any context rule. */
  scan(text: string): AliasScan;
  /** The names that count as actor mentions once context is read (cyber words nearby, cues, software use). */
  findActors(text: string, options?: { readonly sentences?: readonly Span[] }): AliasMatch[];
}

interface Entry {
  readonly actors: Set<string>;
  /** Spellings in the catalogue: a surface equal to one is an exact match. */
  readonly spellings: Set<string>;
  readonly name: string;
  /** What made the pattern: a catalogue name, a short form, a spelt-out form, or only software's name. */
  readonly kind: "name" | "short" | "expansion" | "software";
  /** Some program (ATT&CK software) has this name too. */
  software: boolean;
}

function buildEntries(catalogue: Catalogue): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  const put = (key: string, spelling: string, kind: Entry["kind"], actor?: string) => {
    if (key.length < 2) return;
    let e = entries.get(key);
    if (!e) {
      e = { actors: new Set(), spellings: new Set(), name: spelling, kind, software: false };
      entries.set(key, e);
    }
    if (kind === "software") e.software = true;
    else if (actor) {
      e.actors.add(actor);
      e.spellings.add(spelling);
    }
  };
  const software = catalogue.software.flatMap((s) => [s.name, ...s.aliases]);
  const softwareKeys = new Set(software.map(squashName));
  for (const a of catalogue.actors) for (const n of a.names) put(squashName(n.name), n.name, "name", a.key);
  for (const a of catalogue.actors) {
    for (const n of a.names) {
      const long = spelledOut(n.name);
      if (long && !entries.has(squashName(long))) put(squashName(long), long, "expansion", a.key);
    }
  }
  for (const a of catalogue.actors) {
    for (const n of a.names) {
      const short = shortForm(n.name);
      // A place ("Beijing Group") or an activity ("Hacking Team") is no name once the noun is dropped;
      // nor is a short form that is a program's name.
      if (!short || isPlaceWord(short) || isCyberWord(short)) continue;
      const key = squashName(short);
      if (softwareKeys.has(key)) continue;
      const e = entries.get(key);
      if (!e || e.kind === "short") put(key, short, "short", a.key);
    }
  }
  // Software names matter where one could cover an actor's name ("Cobalt Strike" over "Cobalt"), or as
  // evidence of a cyber text when no ordinary word looks like them (NotPetya, PlugX, HyperBro).
  for (const name of software) {
    const key = squashName(name);
    if (coversActorName(name, entries) || (key.length >= 5 && surfaceStrength(name) === "distinctive"))
      put(key, name, "software");
  }
  return entries;
}

/** True when an actor's name starts at one of this name's word starts, or is this name. */
function coversActorName(name: string, entries: ReadonlyMap<string, Entry>): boolean {
  const words = nameWords(name).map(squashName);
  for (let i = 0; i < words.length; i++) {
    const rest = words.slice(i).join("");
    for (let len = 2; len <= rest.length; len++) if (entries.get(rest.slice(0, len))?.actors.size) return true;
  }
  return false;
}

/** An entry as the scan reads it. */
interface Compiled {
  readonly actors: readonly string[];
  readonly spellings: ReadonlySet<string>;
  readonly name: string;
  readonly kind: Entry["kind"];
  readonly software: boolean;
  /** Every spelling is an upper-case designation with a number (APT 10, TG-3390). */
  readonly designation: boolean;
}

function compile(e: Entry): Compiled {
  const spellings = [...e.spellings];
  return {
    actors: Object.freeze([...e.actors].sort()),
    spellings: e.spellings,
    name: e.name,
    kind: e.kind,
    software: e.software,
    designation: spellings.length > 0 && spellings.every((sp) => /^\p{Lu}{2,}[\s.-]?\d/u.test(sp)),
  };
}

/** "Apt 10" is an address: a designation (APT 10) written as a capitalised word and a number is not it. */
const APARTMENT = /^\p{Lu}\p{Ll}+[\s.]+\d/u;

const CONFIDENCE: Record<AliasMatch["via"], number> = { exact: 0.95, forgiving: 0.9, expansion: 0.85, typo: 0.6 };

/** Builds the matcher for a catalogue: one automaton over every name, short form, spelt-out form and software name. */
export function createAliasMatcher(catalogue: Catalogue): AliasMatcher {
  const entries = buildEntries(catalogue);
  const keys = [...entries.keys()];
  const table = keys.map((k) => compile(entries.get(k)!));
  const automaton = createAutomaton(keys);
  const codes: CodeIndex = new Map();
  for (const [key, e] of entries)
    if (e.actors.size > 0 && e.kind === "name" && /^[a-z]+\d+$/.test(key))
      codes.set(key, { name: e.name, actors: [...e.actors].sort() });

  function scan(text: string): AliasScan {
    const raw: { id: number; start: number; end: number }[] = [];
    automaton.scan(text, (id, start, end) => raw.push({ id, start, end }));
    raw.sort((a, b) => a.start - b.start || b.end - a.end);
    const out: AliasMatch[] = [];
    const software: Span[] = [];
    let reach = 0;
    for (const m of raw) {
      if (m.start < reach) continue;
      reach = m.end;
      const e = table[m.id]!;
      if (e.actors.length === 0) {
        // Only a form no ordinary word takes (NotPetya, not "Black Energy") is evidence of a cyber text.
        if (surfaceStrength(text.slice(m.start, m.end)) === "distinctive")
          software.push({ start: m.start, end: m.end });
        continue;
      }
      const surface = text.slice(m.start, m.end);
      if (/[.!?]\s|\s\s\s/.test(surface) || (e.designation && APARTMENT.test(surface))) continue;
      const via: AliasMatch["via"] =
        e.kind === "expansion" ? "expansion" : e.kind === "name" && e.spellings.has(surface) ? "exact" : "forgiving";
      // A name that is also software's, or a short form, proves less than the whole name.
      const strength = e.software || e.kind === "short" ? "weak" : surfaceStrength(surface);
      const short = e.kind === "short" ? 0.1 : 0;
      out.push({
        start: m.start,
        end: m.end,
        surface,
        actors: e.actors,
        name: e.name,
        via,
        confidence: CONFIDENCE[via] - short,
        strength,
      });
    }
    for (const t of findTypos(text, codes, out))
      out.push({ ...t, via: "typo", confidence: CONFIDENCE.typo, strength: "word" });
    return { names: out.sort((a, b) => a.start - b.start), software };
  }

  function findActors(text: string, options?: { readonly sentences?: readonly Span[] }): AliasMatch[] {
    const { names, software } = scan(text);
    return confirmMatches(text, names, createTextContext(text, options?.sentences, software));
  }

  return Object.freeze({ automaton, scan, findActors });
}
