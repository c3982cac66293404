// The composition root: builds the store, the catalogue and the pipeline from a config. Nothing else picks
// concrete adapters.
import { resolve } from "node:path";
import type { Config } from "./config/index.ts";
import type { Store } from "./store/store.ts";
import { createCatalogue, createAliasMatcher, type Catalogue, type AliasMatcher } from "./catalogue/index.ts";
import { readCatalogueFile } from "./catalogue/data-file.ts";
import { createPgliteStore } from "./store/pglite/index.ts";
import { createPostgresStore } from "./store/postgres/index.ts";
import type { PipelineDeps } from "./pipeline/run.ts";
import { createGuardedFetch, type GuardedFetch } from "./net/guarded-fetch.ts";
import { openIngestQueue, type IngestQueue } from "./queue/index.ts";
import { EspialError } from "./core/errors.ts";

export interface Knowledge {
  readonly catalogue: Catalogue;
  readonly matcher: AliasMatcher;
}

let cached: Knowledge | null = null;

/** Loads the catalogue and builds the name matcher once per process. */
export function loadKnowledge(config: Config): Knowledge {
  if (cached) return cached;
  const catalogue = createCatalogue(readCatalogueFile(config.cataloguePath ?? undefined));
  cached = { catalogue, matcher: createAliasMatcher(catalogue) };
  return cached;
}

export function pipelineDeps(config: Config): PipelineDeps {
  const k = loadKnowledge(config);
  return { catalogue: k.catalogue, matcher: k.matcher };
}

/** Opens the configured store: PostgreSQL when DATABASE_URL is set, else the embedded one. */
export async function openStore(config: Config): Promise<Store> {
  if (config.databaseUrl) return createPostgresStore({ url: config.databaseUrl });
  return createPgliteStore({ dir: resolve(config.dbPath) });
}

/** The HTTP client for fetching URLs and feeds: system DNS, and non-public addresses refused at connect time. */
export function openFetch(options: { readonly allowPrivate: boolean }): GuardedFetch {
  return createGuardedFetch({ allowPrivate: options.allowPrivate });
}

/** The ingest queue of the PostgreSQL store; the embedded store has none (one process owns it). */
export async function openQueue(config: Config): Promise<IngestQueue> {
  if (!config.databaseUrl) {
    throw new EspialError(
      "bad-usage",
      "the ingest queue and its workers need PostgreSQL: set DATABASE_URL=postgres://… (the embedded store is opened by one process at a time; use espial ingest)",
    );
  }
  return openIngestQueue({ url: config.databaseUrl });
}
