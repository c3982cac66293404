// Reading a collection (spec §5.3–§5.8): objects, manifest, one object, its versions. Every page is ordered by
// date_added (then id and version), carries `more` and, when there is more, `next`; answers with objects carry
// X-TAXII-Date-Added-First and -Last in RFC 3339 with microseconds. Espial's collections are published first
// (a no-op unless the store changed), so a poll always sees the store as it is.
import type { Context } from "hono";
import { EspialError } from "../../core/index.ts";
import type {
  StixVersionPage,
  StixVersionQuery,
  StixVersionRecord,
  StixVersionStore,
} from "../../store/stix-versions.ts";
import type { TaxiiCollection } from "./collections.ts";
import { STIX_MEDIA_TYPE, taxiiJson } from "./media.ts";
import { encodeCursor, parseVersionFilter } from "./query.ts";

export interface CollectionReader {
  readonly store: Pick<StixVersionStore, "findStixVersions">;
  /** Brings the published versions up to date with the store (called before reading Espial's collections). */
  readonly publish: () => Promise<void>;
}

async function page(
  reader: CollectionReader,
  collection: TaxiiCollection,
  filter: Omit<StixVersionQuery, "collection" | "tlps">,
): Promise<StixVersionPage> {
  if (!collection.canRead) throw new EspialError("forbidden", `the collection "${collection.title}" cannot be read`);
  if (collection.source === "espial") await reader.publish();
  return reader.store.findStixVersions({ ...filter, collection: collection.source, tlps: collection.tlps });
}

/** The envelope-like body of a page: `more`, `next` when there is more, and the page's items. */
function pageBody<K extends string>(result: StixVersionPage, key: K, items: readonly unknown[]) {
  const last = result.records.at(-1);
  return {
    more: result.more,
    ...(result.more && last ? { next: encodeCursor(last) } : {}),
    ...(items.length > 0 ? { [key]: items } : {}),
  };
}

/** An answer with the date_added headers of its first and last versions. */
function withDateHeaders(c: Context, body: unknown, records: readonly StixVersionRecord[]): Response {
  const response = taxiiJson(c, body);
  const first = records[0];
  const last = records.at(-1);
  if (first && last) {
    response.headers.set("X-TAXII-Date-Added-First", first.dateAdded);
    response.headers.set("X-TAXII-Date-Added-Last", last.dateAdded);
  }
  return response;
}

/** GET …/collections/{id}/objects/: an envelope of the matching versions (the last of each by default). */
export async function getObjects(c: Context, reader: CollectionReader, collection: TaxiiCollection) {
  const result = await page(reader, collection, parseVersionFilter(c.req.queries()));
  return withDateHeaders(
    c,
    pageBody(
      result,
      "objects",
      result.records.map((r) => r.body),
    ),
    result.records,
  );
}

/** GET …/collections/{id}/manifest/: the same selection as objects, as manifest records. */
export async function getManifest(c: Context, reader: CollectionReader, collection: TaxiiCollection) {
  const result = await page(reader, collection, parseVersionFilter(c.req.queries()));
  const records = result.records.map((r) => ({
    id: r.id,
    date_added: r.dateAdded,
    version: r.version,
    media_type: STIX_MEDIA_TYPE,
  }));
  return withDateHeaders(c, pageBody(result, "objects", records), result.records);
}

/** GET …/objects/{object-id}/: an envelope of that object's matching versions; 404 when there is none. */
export async function getObject(c: Context, reader: CollectionReader, collection: TaxiiCollection, id: string) {
  const result = await page(reader, collection, parseVersionFilter(c.req.queries(), { byId: id }));
  if (result.records.length === 0 && !c.req.query("next")) {
    throw new EspialError("not-found", `no object ${id} in the collection "${collection.title}" matches`);
  }
  return withDateHeaders(
    c,
    pageBody(
      result,
      "objects",
      result.records.map((r) => r.body),
    ),
    result.records,
  );
}

/** GET …/objects/{object-id}/versions/: the versions of one object, oldest added first; 404 when there is none. */
export async function getVersions(c: Context, reader: CollectionReader, collection: TaxiiCollection, id: string) {
  const queries = c.req.queries();
  if (queries["match[version]"]) throw new EspialError("bad-usage", "match[version] does not apply to versions");
  const result = await page(reader, collection, parseVersionFilter(queries, { byId: id, defaultVersions: ["all"] }));
  if (result.records.length === 0 && !c.req.query("next")) {
    throw new EspialError("not-found", `no object ${id} in the collection "${collection.title}"`);
  }
  return withDateHeaders(
    c,
    pageBody(
      result,
      "versions",
      result.records.map((r) => r.version),
    ),
    result.records,
  );
}
