// The extraction metric of the evaluation contract: per-field precision, recall and F1, matched one to one
// per document and micro-averaged. It must agree with the reference scorer (shared/tools/score.mjs).

export const FIELDS = [
  "actors",
  "alias_recall",
  "attribution",
  "persons",
  "person_roles",
  "victim_countries",
  "victim_sectors",
  "victim_organizations",
  "actions",
  "action_types",
  "periods",
] as const;
export type Field = (typeof FIELDS)[number];

export interface Tally {
  tp: number;
  gold: number;
  pred: number;
}
export interface FieldScore extends Tally {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

type Json = Record<string, unknown>;
const STOP = new Set([
  "the",
  "a",
  "an",
  "of",
  "and",
  "s",
  "its",
  "their",
  "in",
  "at",
  "for",
  "to",
  "on",
  "by",
  "with",
  "from",
]);

const str = (s: unknown): string => (typeof s === "string" ? s : typeof s === "number" ? String(s) : "");

export const norm = (s: unknown): string =>
  str(s)
    .normalize("NFKC")
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .toLowerCase()
    .replace(/'s\b/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/^the /, "");
const squash = (s: unknown) => norm(s).replace(/ /g, "");
const tokens = (s: unknown) =>
  norm(s)
    .split(" ")
    .filter((t) => t && !STOP.has(t))
    .map((t) => (t.length > 3 && t.endsWith("s") ? t.slice(0, -1) : t));
const subsetMatch = (a: unknown, b: unknown) => {
  const ta = tokens(a);
  const tb = tokens(b);
  if (!ta.length || !tb.length) return false;
  const [small, big] = ta.length <= tb.length ? [ta, new Set(tb)] : [tb, new Set(ta)];
  return small.every((t) => big.has(t));
};
const text = (x: unknown): string => {
  if (typeof x === "string") return x;
  if (x && typeof x === "object") {
    const o = x as Json;
    for (const k of ["name", "mention", "text", "label", "code", "value"]) if (typeof o[k] === "string") return o[k];
  }
  return "";
};
const list = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);
const obj = (x: unknown): Json => (x && typeof x === "object" ? (x as Json) : {});

function pair<G, P>(gold: readonly G[], pred: readonly P[], same: (g: G, p: P) => boolean): [G, P][] {
  const used = new Set<number>();
  const pairs: [G, P][] = [];
  for (const g of gold) {
    const j = pred.findIndex((p, k) => !used.has(k) && same(g, p));
    if (j >= 0) {
      used.add(j);
      pairs.push([g, pred[j] as P]);
    }
  }
  return pairs;
}

/** Country code of a gold or predicted country: an object's code, a bare ISO code, or a name looked up. */
export function countryCodeWith(lookup: (normalisedName: string) => string | null) {
  return (x: unknown): string | null => {
    const o = obj(x);
    for (const k of ["code", "iso", "iso2", "alpha2", "country_code"]) {
      const v = o[k];
      if (typeof v === "string" && /^[A-Za-z]{2}$/.test(v)) return v.toUpperCase();
    }
    const s = text(x);
    if (/^[A-Z]{2}$/.test(s)) return s;
    return lookup(norm(s));
  };
}

export function emptyTallies(): Record<Field, Tally> {
  return Object.fromEntries(FIELDS.map((f) => [f, { tp: 0, gold: 0, pred: 0 }])) as Record<Field, Tally>;
}

/** Adds one document's matches to the tallies. */
export function scoreDocument(
  goldDoc: unknown,
  predDoc: unknown,
  T: Record<Field, Tally>,
  countryCode: (x: unknown) => string | null,
): void {
  const gold = obj(goldDoc);
  const pred = obj(predDoc);
  const add = (t: Tally, tp: number, g: number, p: number) => ((t.tp += tp), (t.gold += g), (t.pred += p));
  const ga = list(gold["actors"]).map(obj);
  const pa = list(pred["actors"]).map(obj);
  const names = (p: Json) =>
    new Set(
      [p["name"], p["canonical"], ...list(p["aliases"]), ...list(p["mentions"])]
        .filter(Boolean)
        .map((s) => squash(text(s))),
    );
  const ap = pair(ga, pa, (g, p) => {
    const n = names(p);
    return n.has(squash(g["canonical"])) || list(g["mentions"]).some((m) => n.has(squash(m)));
  });
  add(T.actors, ap.length, ga.length, pa.length);
  for (const g of ga) {
    add(T.alias_recall, 0, list(g["mentions"]).length, list(g["mentions"]).length);
    add(T.attribution, 0, list(g["attributed_to"]).length, list(g["attributed_to"]).length);
  }
  for (const [g, p] of ap) {
    const seen = new Set(list(p["mentions"]).map((m) => squash(text(m))));
    T.alias_recall.tp += list(g["mentions"]).filter((m) => seen.has(squash(m))).length;
    const att = list(p["attributed_to"]).map(text);
    T.attribution.tp += list(g["attributed_to"]).filter((a) => att.some((b) => subsetMatch(a, b))).length;
  }
  const gp = list(gold["persons"]).map(obj);
  const pp = list(pred["persons"]);
  const perPairs = pair(gp, pp, (g, p) => subsetMatch(g["name"], text(p)));
  add(T.persons, perPairs.length, gp.length, pp.length);
  add(T.person_roles, perPairs.filter(([g, p]) => obj(p)["role"] === g["role"]).length, gp.length, gp.length);
  const gc = new Set(list(gold["victim_countries"]).map(countryCode).filter(Boolean));
  const pc = new Set(list(pred["victim_countries"]).map(countryCode).filter(Boolean));
  add(T.victim_countries, [...gc].filter((c) => pc.has(c)).length, gc.size, pc.size);
  for (const field of ["victim_sectors", "victim_organizations"] as const) {
    const g = list(gold[field]);
    const p = list(pred[field]).map(text);
    add(T[field], pair(g, p, (a, b) => subsetMatch(a, b)).length, g.length, p.length);
  }
  const gac = list(gold["actions"]).map(obj);
  const pac = list(pred["actions"]).map(obj);
  const datesAgree = (gd: unknown, pd: unknown) => !gd || (typeof pd === "string" && pd.startsWith(str(gd)));
  add(
    T.actions,
    pair(gac, pac, (g, p) => p["type"] === g["type"] && datesAgree(g["date"], p["date"])).length,
    gac.length,
    pac.length,
  );
  add(T.action_types, pair(gac, pac, (g, p) => p["type"] === g["type"]).length, gac.length, pac.length);
  const year = (s: unknown) => str(s).slice(0, 4);
  const gper = list(gold["periods"]).map(obj);
  const pper = list(pred["periods"]).map(obj);
  add(T.periods, pair(gper, pper, (g, p) => year(p["from"]) === year(g["from"])).length, gper.length, pper.length);
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;

/** Turns tallies into precision, recall and F1 per field. */
export function finishScores(T: Record<Field, Tally>): Record<Field, FieldScore> {
  return Object.fromEntries(
    FIELDS.map((f) => {
      const { tp, gold, pred } = T[f];
      const p = pred ? tp / pred : gold ? 0 : 1;
      const r = gold ? tp / gold : 1;
      return [f, { precision: r3(p), recall: r3(r), f1: r3(p + r ? (2 * p * r) / (p + r) : 0), tp, gold, pred }];
    }),
  ) as Record<Field, FieldScore>;
}
