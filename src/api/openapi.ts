// The OpenAPI 3 document of the API, generated from the routes' Zod schemas: served at /api/openapi.json
// and written to docs/openapi.json by scripts/gen-openapi.ts (`describeApi` needs no store).
import { defaultLimits } from "../config/limits.ts";
import { EspialError } from "../core/index.ts";
import pkg from "../../package.json" with { type: "json" };
import type { ApiApp, ApiDeps } from "./deps.ts";

export const apiVersion: string = pkg.version;

const DESCRIPTION = [
  "Espial's HTTP API: threat actors under every name, the reports that name them, and what was read in each,",
  "every fact with its evidence sentence. Writes (POST /api/ingest) need a bearer token; reads need none on a",
  "loopback server or one started with --open-reads (ESPIAL_OPEN_READS=1), and the same token elsewhere",
  "(/api/health and this document excepted).",
  'Errors are `{ "error": { "code", "message" } }` with the codes of docs/errors.md.',
].join(" ");

/** Registers what the routes refer to but do not define: the bearer security scheme. */
export function registerSecuritySchemes(app: ApiApp): void {
  app.openAPIRegistry.registerComponent("securitySchemes", "bearer", {
    type: "http",
    scheme: "bearer",
    description: "A token given to `espial serve` (ESPIAL_TOKEN or --token-file)",
  });
}

/** The OpenAPI document of an app built by createApp. */
export function openApiDocumentOf(app: ApiApp) {
  return app.getOpenAPIDocument({
    openapi: "3.0.3",
    info: { title: "Espial API", version: apiVersion, description: DESCRIPTION, license: { name: "Apache-2.0" } },
    tags: [
      { name: "actors", description: "Threat actors in the store" },
      { name: "reports", description: "Stored reports, as ingested" },
      { name: "search", description: "Actors by any name, reports by title" },
      { name: "ingest", description: "Reports into the store" },
      { name: "extract", description: "What Espial reads in one report, without storing it" },
      { name: "meta", description: "Health and this document" },
    ],
  });
}

/** A stand-in for a port the document does not need: any use fails loudly. */
function unavailable<T extends object>(what: string): T {
  return new Proxy({} as T, {
    get() {
      throw new EspialError("internal", `${what} is not available while describing the API`);
    },
  });
}

/** Deps for building the app only to describe it. */
export function describingDeps(): ApiDeps {
  return {
    store: unavailable("the store"),
    pipeline: unavailable("the pipeline"),
    limits: defaultLimits(),
    defaults: { kind: "unknown", tlp: "clear" },
    auth: null,
    allowedHosts: null,
    clock: () => new Date(0),
    log: () => undefined,
  };
}
