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
