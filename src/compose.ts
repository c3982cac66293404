// The composition root: builds the store, the catalogue and the pipeline from a config. Nothing else picks
// concrete adapters.
import { resolve } from "node:path";
import type { Config } from "./config/index.ts";
import type { Store } from "./store/store.ts";
import { createCatalogue, createAliasMatcher, type Catalogue, type AliasMatcher } from "./catalogue/index.ts";
import { readCatalogueFile } from "./catalogue/data-file.ts";
import type { PipelineDeps } from "./pipeline/run.ts";
import { createGuardedFetch, type GuardedFetch } from "./net/guarded-fetch.ts";
import type { IngestQueue } from "./queue/index.ts";
import { EspialError } from "./core/errors.ts";

export interface Knowledge {
  readonly catalogue: Catalogue;
  readonly matcher: AliasMatcher;
}

let cachedCatalogue: Catalogue | null = null;
let cached: Knowledge | null = null;

/** Loads the catalogue once per process. */
function loadCatalogue(config: Config): Catalogue {
  cachedCatalogue ??= createCatalogue(readCatalogueFile(config.cataloguePath ?? undefined));
  return cachedCatalogue;
}

/** Loads the catalogue and builds the name matcher once per process. */
export function loadKnowledge(config: Config): Knowledge {
  if (cached) return cached;
  const catalogue = loadCatalogue(config);
  cached = { catalogue, matcher: createAliasMatcher(catalogue) };
  return cached;
}

export function pipelineDeps(config: Config): PipelineDeps {
  const k = loadKnowledge(config);
  return { catalogue: k.catalogue, matcher: k.matcher };
}

/**
 * The same deps with the name matcher (~16 MB) built on first use, when a request first reads a report; the
 * catalogue is read now, so that a bad data file still fails at start. For `espial serve`, which may sit
 * idle or only answer reads.
 */
export function lazyPipelineDeps(config: Config): PipelineDeps {
  const catalogue = loadCatalogue(config);
  return {
    catalogue,
    get matcher() {
      return loadKnowledge(config).matcher;
    },
  };
}

/**
 * Opens the configured store: PostgreSQL when DATABASE_URL is set, else the embedded one. Each adapter is
 * imported when chosen, so a process on PostgreSQL never loads PGlite's WebAssembly wrapper (~17 MB resident).
 */
export async function openStore(config: Config): Promise<Store> {
  if (config.databaseUrl) {
    const { createPostgresStore } = await import("./store/postgres/index.ts");
    return createPostgresStore({ url: config.databaseUrl });
  }
  const { createPgliteStore } = await import("./store/pglite/index.ts");
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
  const { openIngestQueue } = await import("./queue/index.ts");
  return openIngestQueue({ url: config.databaseUrl });
}
