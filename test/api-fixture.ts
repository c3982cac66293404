// The API's deps on a fresh embedded store in a temporary folder, as the API tests build them: the pipeline
// and catalogue `espial serve` uses, default limits, one bearer token, and the clock, hosts and log a test
// asks for. Closing it closes the store and removes the folder.
import { join } from "node:path";
import { createTokenAuthenticator, type ApiDeps } from "../src/api/index.ts";
import { loadKnowledge, openStore, pipelineDeps } from "../src/compose.ts";
import { loadConfig } from "../src/config/index.ts";
import { defaultLimits } from "../src/config/limits.ts";
import type { Store } from "../src/store/store.ts";
import { tempDir } from "./helpers.ts";

export interface ApiFixture {
  readonly dir: string;
  readonly store: Store;
  readonly deps: ApiDeps;
  /** Closes the store (once) and removes the folder. */
  close(): Promise<void>;
}

export interface ApiFixtureOptions {
  /** The one token that may write. */
  readonly token: string;
  readonly tokenName?: string;
  /** Host names accepted; null (the default) accepts any. */
  readonly allowedHosts?: readonly string[] | null;
  readonly clock?: () => Date;
  readonly log?: (line: string) => void;
  /** Anything else of ApiDeps (openReads, rateLimit, urlFetch, ui). */
  readonly extra?: Partial<ApiDeps>;
}

/** Opens an embedded store in a new temporary folder named after `prefix`, and the API's deps on it. */
export async function openApiFixture(prefix: string, options: ApiFixtureOptions): Promise<ApiFixture> {
  const { dir, cleanup } = await tempDir(prefix);
  const config = loadConfig({ env: {}, flags: { db: join(dir, "store") } });
  const store = await openStore(config);
  const deps: ApiDeps = {
    store,
    pipeline: { ...pipelineDeps(config), catalogue: loadKnowledge(config).catalogue },
    limits: defaultLimits(),
    defaults: config.defaults,
    auth: createTokenAuthenticator([{ name: options.tokenName ?? "analyst", token: options.token }]),
    allowedHosts: options.allowedHosts ?? null,
    clock: options.clock ?? (() => new Date()),
    log: options.log ?? (() => undefined),
    ...options.extra,
  };
  let open = true;
  return {
    dir,
    store,
    deps,
    async close() {
      if (open) await store.close();
      open = false;
      await cleanup();
    },
  };
}
