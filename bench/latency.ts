// Latency of what an analyst waits for: an actor's page (from the store, one page of the reports naming the
// actor, its facts and their arsenal findings; then the profile built from them, as `espial actor` and the
// API do) and a name search in the catalogue. Queries are fixed by the store's contents and the catalogue,
// so two runs ask the same questions.
import type { Catalogue } from "../src/catalogue/index.ts";
import { presentActorProfile, readActorProfileSources, type ActorIdentity } from "../src/present/actor-profile.ts";
import type { ActorSummary, Store } from "../src/store/store.ts";
import { quantile, round } from "./clock.ts";

export interface LatencyFigures {
  readonly queries: number;
  readonly p50_ms: number;
  readonly p95_ms: number;
  readonly max_ms: number;
}

export interface ActorPageLatency extends LatencyFigures {
  /** Distinct actors asked about: the most reported ones first. */
  readonly actors: number;
  readonly cold_p50_ms: number;
  readonly cold_p95_ms: number;
  readonly mean_reports_per_page: number;
  /** The slowest stage of the page: reading the reports (store) against building the profile. */
  readonly store_p50_ms: number;
  readonly present_p50_ms: number;
}

function figures(times: readonly number[]): LatencyFigures {
  return {
    queries: times.length,
    p50_ms: round(quantile(times, 0.5), 2),
    p95_ms: round(quantile(times, 0.95), 2),
    max_ms: round(Math.max(0, ...times), 2),
  };
}

function identityOf(summary: ActorSummary, catalogue: Catalogue): ActorIdentity {
  const actor = catalogue.actor(summary.key);
  if (!actor) return { key: summary.key, name: summary.name, names: [{ name: summary.name, sources: [] }] };
  return {
    key: actor.key,
    name: actor.name,
    names: actor.names.map((n) => ({ name: n.name, sources: n.sources.map((s) => s.dataset) })),
  };
}

/**
 * Opens `queries` actor pages: the most reported actors first (at most `actors` of them), each its share
 * of the queries in a row; stops early after `budgetMs` of wall time when given. An actor's first opening is cold (the store fuses its facts'
 * values and keeps them); later ones are warm (the values kept since the last write are read): p50/p95 are
 * the warm figures, `cold_*` the first openings'.
 */
export async function benchActorPages(
  store: Store,
  catalogue: Catalogue,
  options: { readonly queries: number; readonly budgetMs?: number; readonly actors?: number },
): Promise<ActorPageLatency> {
  const actors = (await store.listActors()).slice(0, options.actors ?? options.queries);
  const total: number[] = [];
  const cold: number[] = [];
  const seen = new Set<string>();
  const reading: number[] = [];
  const presenting: number[] = [];
  let reports = 0;
  const start = performance.now();
  // Each actor is opened its share of the queries in a row, the first time cold, then warm.
  const each = Math.max(1, Math.ceil(options.queries / Math.max(actors.length, 1)));
  for (let i = 0; i < options.queries && actors.length > 0; i++) {
    const identity = identityOf(actors[Math.floor(i / each) % actors.length]!, catalogue);
    const t0 = performance.now();
    const found = await readActorProfileSources(identity, store);
    const t1 = performance.now();
    presentActorProfile(identity, found);
    const t2 = performance.now();
    if (seen.has(identity.key)) {
      total.push(t2 - t0);
      reading.push(t1 - t0);
      presenting.push(t2 - t1);
    } else cold.push(t2 - t0);
    seen.add(identity.key);
    reports += found.reports.total;
    if (options.budgetMs && t2 - start > options.budgetMs) break;
  }
  return {
    ...figures(total.length > 0 ? total : cold),
    cold_p50_ms: round(quantile(cold, 0.5), 2),
    cold_p95_ms: round(quantile(cold, 0.95), 2),
    actors: seen.size,
    mean_reports_per_page: round(reports / Math.max(total.length + cold.length, 1), 1),
    store_p50_ms: round(quantile(reading, 0.5), 2),
    present_p50_ms: round(quantile(presenting, 0.5), 2),
  };
}

/** A name as a person might type it: as written, lower case, squashed, with a typo, or its first letters. */
function variant(name: string, i: number): string {
  switch (i % 5) {
    case 0:
      return name;
    case 1:
      return name.toLowerCase();
    case 2:
      return name.replace(/[\s._-]+/g, "");
    case 3:
      return name.length > 4 ? name.slice(0, 2) + name.slice(3) : name;
    default:
      return name.slice(0, Math.max(3, Math.ceil(name.length / 2)));
  }
}

/** The search queries: every `step`-th catalogue name in catalogue order, in the five variants in turn. */
export function searchQueries(catalogue: Catalogue, count: number): string[] {
  const names = catalogue.actors.flatMap((a) => a.names.map((n) => n.name));
  const step = Math.max(1, Math.floor(names.length / Math.max(count, 1)));
  const out: string[] = [];
  for (let i = 0; out.length < count && names.length > 0; i++) out.push(variant(names[(i * step) % names.length]!, i));
  return out;
}

/** Times `catalogue.findActors` on `queries` names typed in different ways. */
export function benchSearch(catalogue: Catalogue, options: { readonly queries: number }): LatencyFigures {
  const times: number[] = [];
  for (const query of searchQueries(catalogue, options.queries)) {
    const t0 = performance.now();
    catalogue.findActors(query);
    times.push(performance.now() - t0);
  }
  return figures(times);
}
