// One finding per distinct action: the headline, the lead and a later paragraph describing the same indictment
// become one, keeping the best-dated evidence. Two mentions are the same action when they are of the same kind
// (indictment and charges alike; a reward and a request for tips not), their dates do not disagree, and their
// parties do not disagree — same words, or the same state ("the FBI" and "the US government").
import { actionTypeOf, type ActionFinding, type ActionKind, type Evidence, type Modality } from "../../core/index.ts";
import { partyCountry } from "./cues/parties.ts";

/** How an action's date was found, from strongest to weakest. */
export type DateSource = "explicit" | "inherited" | "soft" | "none";

/** One mention of an action in one sentence, before mentions of the same action are merged. */
export interface ActionCandidate {
  readonly kind: ActionKind;
  readonly by: readonly string[];
  readonly against: readonly string[];
  readonly date: string | null;
  readonly dateSource: DateSource;
  readonly yearHint: string | null;
  readonly modality: Modality;
  readonly evidence: Evidence;
  /** Attribution by statement: merges into a stronger condemnation or advisory of the same party when there is one. */
  readonly weak: boolean;
  /** A bare mention with no actor and no date of its own: it joins another mention or is dropped. */
  readonly dependent: boolean;
  /** From the headline or the first sentence: the two tell the same news, so they merge on the acting party alone. */
  readonly lede: boolean;
}

const GENERIC = new Set(
  `the a an of and to in on for with by from its their his her our group groups hackers hacker hacking threat actor actors
  state states sponsored backed linked based affiliated cyber espionage cyberespionage members member multiple several
  two three four five alleged suspected government officials official team unit campaign operation operations activities
  activity malicious nation people persons individuals men man company firm main service more than dozen other various
  international countries allies administration department agency agencies governments authorities foreign united`.split(
    /\s+/,
  ),
);

const RANK: Readonly<Record<DateSource, number>> = { explicit: 3, inherited: 2, soft: 1, none: 0 };

function group(kind: ActionKind): string {
  const type = actionTypeOf(kind);
  return type === "other" ? kind : type;
}

function specificTokens(names: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const name of names) {
    for (const t of name
      .toLowerCase()
      .replace(/['’]s\b/g, "")
      .split(/[^\p{L}\p{N}]+/u)) {
      if (t.length > 1 && !GENERIC.has(t) && !/^\d+$/.test(t)) out.add(t);
    }
  }
  return out;
}

/** True when a list of parties names someone in particular, not only "the group" or "two hackers". */
export function namesSomeone(names: readonly string[]): boolean {
  return specificTokens(names).size > 0;
}

/** Parties agree when either side is unnamed, they share a word, or they stand for the same state. */
export function partiesAgree(a: readonly string[], b: readonly string[]): boolean {
  const ca = new Set(a.map(partyCountry).filter((c): c is string => c !== null));
  const cb = b.map(partyCountry).filter((c): c is string => c !== null);
  if (cb.some((c) => ca.has(c))) return true;
  const ta = specificTokens(a);
  const tb = specificTokens(b);
  // "the United Kingdom" and "the United States" are two states, however few words tell them apart.
  if (a.length > 0 && b.length > 0 && a.every((n) => partyCountry(n)) && b.every((n) => partyCountry(n))) return false;
  if (ta.size === 0 || tb.size === 0) return true;
  for (const t of ta) if (tb.has(t)) return true;
  return false;
}

function datesAgree(a: ActionCandidate, b: ActionCandidate): boolean {
  if (a.yearHint && b.yearHint && a.yearHint !== b.yearHint) return false;
  if (RANK[a.dateSource] < 2 || RANK[b.dateSource] < 2 || !a.date || !b.date) return true;
  return a.date.startsWith(b.date) || b.date.startsWith(a.date);
}

function better(a: ActionCandidate, b: ActionCandidate): ActionCandidate {
  if (a.weak !== b.weak && RANK[a.dateSource] === RANK[b.dateSource]) return a.weak ? b : a;
  if (RANK[a.dateSource] !== RANK[b.dateSource]) return RANK[a.dateSource] > RANK[b.dateSource] ? a : b;
  return (b.date?.length ?? 0) > (a.date?.length ?? 0) ? b : a;
}

function union(a: readonly string[], b: readonly string[]): string[] {
  const out = [...a];
  for (const name of b) if (!out.some((o) => o.toLowerCase() === name.toLowerCase())) out.push(name);
  return out;
}

function combine(a: ActionCandidate, b: ActionCandidate): ActionCandidate {
  const best = better(a, b);
  const strong = a.weak ? b : a;
  return {
    ...best,
    kind: best.weak ? strong.kind : best.kind,
    weak: a.weak && b.weak,
    dependent: a.dependent && b.dependent,
    lede: a.lede && b.lede,
    by: union(a.by, b.by),
    against: union(a.against, b.against),
    yearHint: best.yearHint ?? a.yearHint ?? b.yearHint,
  };
}

/** Statements of blame and warnings are one action per speaker and day, whatever list of culprits they name. */
function isStatement(kind: ActionKind): boolean {
  const type = actionTypeOf(kind);
  return type === "condemnation" || type === "advisory";
}

function agree(a: ActionCandidate, b: ActionCandidate): boolean {
  if (!datesAgree(a, b)) return false;
  if (a.evidence.start === b.evidence.start) return true;
  const against = (a.lede && b.lede) || isStatement(a.kind) || partiesAgree(a.against, b.against);
  return against && partiesAgree(a.by, b.by);
}

/** Merges candidates that describe the same action; weak statements join a stronger action of their party,
 * bare mentions join any agreeing action or are dropped. */
export function mergeCandidates(candidates: readonly ActionCandidate[]): ActionCandidate[] {
  const merged: ActionCandidate[] = [];
  const join = (c: ActionCandidate, alone: boolean): void => {
    const i = merged.findIndex((m) => group(m.kind) === group(c.kind) && agree(m, c));
    if (i >= 0) merged[i] = combine(merged[i] as ActionCandidate, c);
    else if (alone) merged.push(c);
  };
  for (const c of candidates) if (!c.weak && !c.dependent) join(c, true);
  for (const c of candidates) if (c.dependent) join(c, false);
  for (const c of candidates.filter((x) => x.weak)) {
    const target = (type: string): number =>
      merged.findIndex((m) => actionTypeOf(m.kind) === type && m.by.length > 0 && agree(m, c));
    const i = target("condemnation") >= 0 ? target("condemnation") : target("advisory");
    if (i >= 0) merged[i] = combine(merged[i] as ActionCandidate, c);
    else merged.push({ ...c, weak: false });
  }
  return merged;
}

/** The finding an action candidate becomes. */
export function toActionFinding(c: ActionCandidate): ActionFinding {
  return Object.freeze({
    type: actionTypeOf(c.kind),
    kind: c.kind,
    by: Object.freeze([...c.by]),
    against: Object.freeze([...c.against]),
    date: c.date,
    modality: c.modality,
    evidence: c.evidence,
  });
}
