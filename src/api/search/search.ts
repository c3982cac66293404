// Search: actors through the catalogue's forgiving look-up and the store's actor list (one row per actor),
// reports by title through the store's trigram index (findReportsByTitle), never the list of every report.
import { squashName, type Catalogue } from "../../catalogue/index.ts";
import type { Store } from "../../store/store.ts";
import type { SearchResult } from "./schema.ts";

type ActorHit = SearchResult["actors"][number];

/** Actors and reports matching `query`, best first. */
export async function searchStore(
  query: string,
  deps: { readonly store: Store; readonly catalogue: Catalogue },
  limit: number,
): Promise<SearchResult> {
  const wanted = squashName(query);
  const [actors, reports] = await Promise.all([
    deps.store.listActors(),
    // The store squashes as PostgreSQL folds case; squashName folds more (accents): checked again below.
    wanted ? deps.store.findReportsByTitle(wanted, limit * 4) : Promise.resolve([]),
  ]);
  const counts = new Map(actors.map((a) => [a.key, a]));
  const hits: ActorHit[] = deps.catalogue.findActors(query, { limit }).map((c) => ({
    key: c.actor.key,
    name: c.actor.name,
    matched: c.name,
    how: c.how,
    score: Math.round(c.score * 100) / 100,
    in_catalogue: true,
    reports: counts.get(c.actor.key)?.reports ?? 0,
    mentions: counts.get(c.actor.key)?.mentions ?? 0,
  }));
  const seen = new Set(hits.map((h) => h.key));
  for (const a of actors) {
    if (seen.has(a.key) || deps.catalogue.actor(a.key) || !wanted) continue;
    const name = squashName(a.name);
    if (!name.includes(wanted)) continue;
    const exact = name === wanted;
    hits.push({
      key: a.key,
      name: a.name,
      matched: a.name,
      how: exact ? "exact" : "partial",
      score: exact ? 1 : 0.5,
      in_catalogue: false,
      reports: a.reports,
      mentions: a.mentions,
    });
  }
  hits.sort((a, b) => b.score - a.score || b.reports - a.reports);
  const reportHits = reports
    .filter((r) => squashName(r.title ?? "").includes(wanted))
    .slice(0, limit)
    .map((r) => ({ id: r.id, title: r.title, origin: r.origin, published: r.published }));
  return { query, actors: hits.slice(0, limit), reports: reportHits };
}
