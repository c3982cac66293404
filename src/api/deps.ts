// What the HTTP API is given: every port it uses, built by the caller (the `serve` command, tests). The API
// does no I/O of its own beyond these.
import type { Catalogue } from "../catalogue/index.ts";
import type { Limits } from "../config/limits.ts";
import type { SourceKind, TlpLevel } from "../core/index.ts";
import type { FetchDeps } from "../pipeline/read/index.ts";
import type { PipelineDeps } from "../pipeline/run.ts";
import type { Store } from "../store/store.ts";
import type { OpenAPIHono } from "@hono/zod-openapi";
import type { ApiEnv, Authenticator } from "./auth.ts";
import type { RateLimitSettings } from "../config/rate-limit.ts";
import type { UiAssets, UiMissing } from "./ui/assets.ts";

export interface ApiDeps {
  readonly store: Store;
  /** The catalogue and matcher the pipeline reads with; the catalogue also answers name look-ups. */
  readonly pipeline: PipelineDeps & { readonly catalogue: Catalogue };
  readonly limits: Limits;
  /** Source kind and TLP given to ingested reports that do not say. */
  readonly defaults: { readonly kind: SourceKind; readonly tlp: TlpLevel };
  /** Who may write; null: this server takes no writes. */
  readonly auth: Authenticator | null;
  /** Host names accepted in the Host header (`127.0.0.1`, `localhost`); null accepts any. Guards a loopback server against DNS rebinding. */
  readonly allowedHosts: readonly string[] | null;
  /** Whether reads (/api and TAXII) need no token; absent: open when the Host check is on (a loopback server), else closed. Writes always need one. */
  readonly openReads?: boolean;
  readonly clock: () => Date;
  /** Where internal errors are written (stderr for `espial serve`). */
  readonly log: (line: string) => void;
  /** Requests per client and the tokens exempt (config `rateLimit`); absent: no rate limit. */
  readonly rateLimit?: RateLimitSettings;
  /** The built web UI served at `/` (or why it is missing); absent: the server answers /api only. */
  readonly ui?: UiAssets | UiMissing | null;
  /** Opens the guarded HTTP client POST /api/ingest/url fetches with, and whether it may reach non-public addresses (--allow-private); absent: that route fetches nothing. */
  readonly urlFetch?: {
    readonly open: () => FetchDeps & { close(): Promise<void> };
    readonly allowPrivate: boolean;
  };
}

/** The app routes are registered on. */
export type ApiApp = OpenAPIHono<ApiEnv>;
