// Finds every name of ATT&CK software (malware and tools, with their aliases) in a text, in one pass of one
// automaton, forgiving case, spacing and hyphens ("Quasar RAT" and "QuasarRAT", "Plug-X" and "PlugX") but
// only where the catalogue's spelling allows a break ("Mimi katz" is no Mimikatz, "a t" no "at"). Each
// match says how much its surface proves alone; the context rules are software.ts's.
import type { Span } from "../../core/index.ts";
import { createAutomaton, squashName, type Automaton, type Catalogue } from "../../catalogue/index.ts";
import { COMMAND_WORDS, ORDINARY_WORDS } from "./gazetteer-arsenal/software-words.ts";

/** One piece of software of the catalogue. */
export interface SoftwareEntry {
  readonly id: string;
  readonly name: string;
  readonly kind: "malware" | "tool";
  readonly aliases: readonly string[];
}

/**
 * How much a surface proves alone: distinctive (Mimikatz, PlugX, HyperBro), word (an ordinary word or name:
 * needs malware context), acronym (RTM, LV, PS1: needs a software noun beside it), command (a built-in command
 * that is also a word, "net", "at": never from prose).
 */
export type SoftwareStrength = "distinctive" | "word" | "acronym" | "command";

export interface SoftwareMatch extends Span {
  readonly surface: string;
  /** The software the name belongs to, the one whose own name it is first. */
  readonly software: readonly SoftwareEntry[];
  readonly strength: SoftwareStrength;
  /** Some threat actor also goes by this name (Carbanak, Sofacy, Snake). */
  readonly actorName: boolean;
  /** The surface is one of the catalogue's spellings exactly. */
  readonly exact: boolean;
  /** Every catalogue spelling of the name is lower case (certutil, njRAT is not). */
  readonly lowerCaseName: boolean;
}

export interface SoftwareMatcher {
  readonly automaton: Automaton;
  /** Every software name in text[from, to), leftmost-longest, before any context rule. */
  scan(text: string, from?: number, to?: number): SoftwareMatch[];
}

interface Entry {
  readonly software: SoftwareEntry[];
  readonly spellings: Set<string>;
  /** Positions in the folded name where the text may break it (a space, hyphen or case change in a spelling). */
  readonly splits: Set<number>;
  actorName: boolean;
}

const SEPARATORS = /[ \t\u00a0\u2009\u202f\-\u2010-\u2013._]+/;

/** Folded lengths of a surface's parts between separators: where the text breaks the name. */
function breaksOf(surface: string): number[] {
  const out: number[] = [];
  let at = 0;
  const parts = surface.split(SEPARATORS);
  for (let i = 0; i < parts.length - 1; i++) {
    at += squashName(parts[i]!).length;
    out.push(at);
  }
  return out;
}

/** Where a spelling allows a break: at its separators and where its case or script changes (PlugX → Plug X). */
function allowedSplits(spelling: string, into: Set<number>): void {
  for (const b of breaksOf(spelling)) into.add(b);
  let at = 0;
  let prev = "";
  for (let i = 0; i < spelling.length; i++) {
    const ch = spelling[i]!;
    if (squashName(ch).length === 0) {
      prev = "";
      continue;
    }
    const next = spelling[i + 1] ?? "";
    const hump =
      (/\p{Ll}/u.test(prev) && /\p{Lu}/u.test(ch)) ||
      (/\p{L}/u.test(prev) && /\p{N}/u.test(ch)) ||
      (/\p{N}/u.test(prev) && /\p{L}/u.test(ch)) ||
      (/\p{Lu}/u.test(prev) && /\p{Lu}/u.test(ch) && /\p{Ll}/u.test(next));
    if (hump) into.add(at);
    at += squashName(ch).length;
    prev = ch;
  }
}

function buildEntries(catalogue: Catalogue): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  // Own names first, so a name shared by two programs (DNSMessenger) goes first to the one it is named after.
  const names = catalogue.software.flatMap((s) => [
    { s, name: s.name, own: true },
    ...s.aliases.map((name) => ({ s, name, own: false })),
  ]);
  names.sort((a, b) => Number(b.own) - Number(a.own));
  for (const { s, name } of names) {
    const key = squashName(name);
    if (key.length < 2) continue;
    let e = entries.get(key);
    if (!e) {
      e = { software: [], spellings: new Set(), splits: new Set(), actorName: false };
      entries.set(key, e);
    }
    if (!e.software.some((x) => x.id === s.id))
      e.software.push(Object.freeze({ id: s.id, name: s.name, kind: s.type, aliases: s.aliases }));
    e.spellings.add(name);
    allowedSplits(name, e.splits);
    if (catalogue.actorsNamed(name).length > 0) e.actorName = true;
  }
  return entries;
}

const KIND_WORD = /\s(?:RAT|Loader|Stealer|Backdoor|Ransomware|WebShell|Webshell|Wiper|Locker|Bot|Worm|Trojan|Logger)$/;

/** What a surface proves alone, given the folded name it matched. */
export function strengthOf(key: string, surface: string): SoftwareStrength {
  if (COMMAND_WORDS.has(key)) return "command";
  const coined = /\p{Ll}\p{Lu}/u.test(surface) || (/\p{L}\p{N}|\p{N}\p{L}/u.test(surface) && key.length >= 5);
  if (coined) return "distinctive";
  // Ordinary words ("Sunburst"), or a name made of several ("Cobalt Strike", "Poison Ivy") unless its last
  // word says what it is ("Smoke Loader", "Cuckoo Stealer").
  if (ORDINARY_WORDS.has(key)) return "word";
  if (/\s/.test(surface.trim()) && !KIND_WORD.test(surface)) return "word";
  if (key.length <= 3 || (key.length === 4 && surface === surface.toUpperCase())) {
    return /^[\p{Lu}\p{N}]+$/u.test(surface) || /\p{N}/u.test(surface) ? "acronym" : "word";
  }
  return "distinctive";
}

/** Builds the matcher over every name and alias of the catalogue's software. */
export function createSoftwareMatcher(catalogue: Catalogue): SoftwareMatcher {
  const entries = buildEntries(catalogue);
  const keys = [...entries.keys()];
  const table = keys.map((k) => entries.get(k)!);
  const automaton = createAutomaton(keys);

  function scan(text: string, from = 0, to = text.length): SoftwareMatch[] {
    const raw: { id: number; start: number; end: number }[] = [];
    automaton.scan(text, (id, start, end) => raw.push({ id, start, end }), from, to);
    raw.sort((a, b) => a.start - b.start || b.end - a.end);
    const out: SoftwareMatch[] = [];
    let reach = from;
    for (const m of raw) {
      if (m.start < reach) continue;
      const e = table[m.id]!;
      const surface = text.slice(m.start, m.end);
      if (/[.!?]\s|\s\s/.test(surface) || !breaksOf(surface).every((b) => e.splits.has(b))) continue;
      reach = m.end;
      out.push({
        start: m.start,
        end: m.end,
        surface,
        software: e.software,
        strength: strengthOf(keys[m.id]!, surface),
        actorName: e.actorName,
        exact: e.spellings.has(surface),
        lowerCaseName: [...e.spellings].every((sp) => sp === sp.toLowerCase()),
      });
    }
    return out;
  }

  return Object.freeze({ automaton, scan });
}
