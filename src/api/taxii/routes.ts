// The TAXII 2.1 server (OASIS TAXII 2.1, §4 Discovery and API roots, §5 Collections): discovery at /taxii2/,
// one API root at /taxii2/espial/ with the collections of collections.ts, the status resource of POSTs.
// Every answer, errors included, is `application/taxii+json;version=2.1`; a request that does not accept it is
// a 406, a POST that is not an envelope by its Content-Type a 415. Paths answer with or without their slash.
import type { Context } from "hono";
import { EspialError } from "../../core/index.ts";
import { publishStix } from "../../stix/index.ts";
import type { ApiApp, ApiDeps } from "../deps.ts";
import { readsOpen } from "../read-access.ts";
import { createTaxiiAccess } from "./access.ts";
import { findCollection, presentCollection, TAXII_COLLECTIONS, type TaxiiCollection } from "./collections.ts";
import { receiveEnvelope } from "./inbox.ts";
import {
  checkAccept,
  isTaxiiContentType,
  TAXII_MEDIA_TYPE,
  TAXII_ROOT,
  taxiiErrorResponse,
  taxiiJson,
} from "./media.ts";
import { getManifest, getObject, getObjects, getVersions, type CollectionReader } from "./objects.ts";

export { TAXII_ROOT };
export const API_ROOT = `${TAXII_ROOT}/espial`;

/** The path and the path without its final slash. */
const both = (path: string): string[] => [path, path.replace(/\/$/, "")];

/** One publish at a time; callers arriving meanwhile wait for it rather than starting another. */
function singleFlight(run: () => Promise<unknown>): () => Promise<void> {
  let running: Promise<void> | null = null;
  return () =>
    (running ??= run()
      .then(() => undefined)
      .finally(() => {
        running = null;
      }));
}

function collectionOf(c: Context): TaxiiCollection {
  const id = c.req.param("collection") ?? "";
  const found = findCollection(id);
  if (!found)
    throw new EspialError("not-found", `no collection "${id}" in this API root (see ${API_ROOT}/collections/)`);
  return found;
}

async function readBody(c: Context, max: number): Promise<unknown> {
  if (!isTaxiiContentType(c.req.header("content-type"))) {
    throw new EspialError(
      "unsupported",
      `POST a TAXII envelope as Content-Type: ${TAXII_MEDIA_TYPE}, not "${c.req.header("content-type") ?? ""}"`,
    );
  }
  const declared = Number(c.req.header("content-length") ?? "0");
  const tooLarge = () =>
    new EspialError("too-large", `the envelope is over max_content_length (${max} bytes): split it into several POSTs`);
  if (declared > max) throw tooLarge();
  const text = await c.req.text();
  if (Buffer.byteLength(text, "utf8") > max) throw tooLarge();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new EspialError("bad-usage", "the body is not valid JSON");
  }
}

/** Registers /taxii2/… on the app. */
export function registerTaxiiRoutes(app: ApiApp, deps: ApiDeps): void {
  const access = createTaxiiAccess({ auth: deps.auth, openReads: readsOpen(deps) });
  const publish = singleFlight(() =>
    publishStix({ store: deps.store, catalogue: deps.pipeline.catalogue, clock: deps.clock }),
  );
  const reader: CollectionReader = { store: deps.store, publish };
  const maxContentLength = deps.limits.maxReportBytes;
  /** A handler answering its errors as TAXII error messages. */
  const taxii =
    (handle: (c: Context) => Response | Promise<Response>, kind: "read" | "write" = "read") =>
    async (c: Context): Promise<Response> => {
      try {
        checkAccept(c.req.header("accept"));
        if (kind === "read") await access.read(c.req.raw);
        return await handle(c);
      } catch (error) {
        return taxiiErrorResponse(c, error, deps.log);
      }
    };
  const origin = (c: Context) => new URL(c.req.url).origin;

  app.on(
    "GET",
    both(`${TAXII_ROOT}/`),
    taxii((c) =>
      taxiiJson(c, {
        title: "Espial TAXII 2.1 server",
        description: "State-sponsored cyber-espionage tracked from public reporting, as STIX 2.1.",
        default: `${origin(c)}${API_ROOT}/`,
        api_roots: [`${origin(c)}${API_ROOT}/`],
      }),
    ),
  );
  app.on(
    "GET",
    both(`${API_ROOT}/`),
    taxii((c) =>
      taxiiJson(c, {
        title: "Espial",
        description: "Threat actors, sponsors, victims, legal and diplomatic actions, and the reports behind them.",
        versions: [TAXII_MEDIA_TYPE],
        max_content_length: maxContentLength,
      }),
    ),
  );
  app.on(
    "GET",
    both(`${API_ROOT}/collections/`),
    taxii((c) => taxiiJson(c, { collections: TAXII_COLLECTIONS.map(presentCollection) })),
  );
  app.on(
    "GET",
    both(`${API_ROOT}/collections/:collection/`),
    taxii((c) => taxiiJson(c, presentCollection(collectionOf(c)))),
  );
  app.on(
    "GET",
    both(`${API_ROOT}/collections/:collection/objects/`),
    taxii((c) => getObjects(c, reader, collectionOf(c))),
  );
  app.on(
    "GET",
    both(`${API_ROOT}/collections/:collection/manifest/`),
    taxii((c) => getManifest(c, reader, collectionOf(c))),
  );
  app.on(
    "GET",
    both(`${API_ROOT}/collections/:collection/objects/:object/`),
    taxii((c) => getObject(c, reader, collectionOf(c), c.req.param("object") ?? "")),
  );
  app.on(
    "GET",
    both(`${API_ROOT}/collections/:collection/objects/:object/versions/`),
    taxii((c) => getVersions(c, reader, collectionOf(c), c.req.param("object") ?? "")),
  );
  app.on(
    "POST",
    both(`${API_ROOT}/collections/:collection/objects/`),
    taxii(async (c) => {
      const collection = collectionOf(c);
      await access.write(c.req.raw, { title: collection.title, canWrite: collection.canWrite });
      const body = await readBody(c, maxContentLength);
      return taxiiJson(
        c,
        await receiveEnvelope(deps.store, body, { now: deps.clock(), maxObjects: deps.limits.maxStixObjects }),
        202,
      );
    }, "write"),
  );
  app.on(
    "DELETE",
    both(`${API_ROOT}/collections/:collection/objects/:object/`),
    taxii(async (c) => {
      const collection = collectionOf(c);
      await access.write(c.req.raw, { title: collection.title, canWrite: collection.canWrite });
      throw new EspialError(
        "forbidden",
        "objects are not deleted over TAXII here: remove the document with espial remove",
      );
    }, "write"),
  );
  app.on(
    "GET",
    both(`${API_ROOT}/status/:status/`),
    taxii(async (c) => {
      const id = c.req.param("status") ?? "";
      const status = await deps.store.getTaxiiStatus(id);
      if (!status) throw new EspialError("not-found", `no status ${id}`);
      return taxiiJson(c, status);
    }),
  );
  app.all(
    `${TAXII_ROOT}/*`,
    taxii((c) => {
      throw new EspialError("not-found", `no TAXII resource ${c.req.method} ${c.req.path} (discovery: ${TAXII_ROOT}/)`);
    }),
  );
}
