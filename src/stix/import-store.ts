// STIX bundles into the store: the objects are kept as sent (each version once), and every export and TAXII
// poll after merges them with Espial's own knowledge (actors by names and external ids, see import-merge.ts).
import type { StixVersionStore } from "../store/stix-versions.ts";
import { fromStixBundle } from "./from-bundle.ts";
import { importableObjects } from "./publish.ts";

export type StixBundleImport =
  | {
      readonly status: "imported";
      /** Objects in the bundle with an id and a version. */
      readonly objects: number;
      /** Of these, the ones the store did not hold yet. */
      readonly added: number;
      /** The ids of the objects kept, each once, in the bundle's order. */
      readonly ids: readonly string[];
      readonly reports: number;
      readonly actors: number;
      /** Objects Espial does not map (kept all the same), with why. */
      readonly skipped: readonly { readonly id: string; readonly reason: string }[];
    }
  | { readonly status: "rejected"; readonly reason: string };

/**
 * Keeps a STIX 2.1 bundle's objects in the store. A value that is not a bundle is `rejected`, nothing kept.
 * @example await importStixBundle(store, JSON.parse(text)) // { status: "imported", objects: 40, added: 40, … }
 */
export async function importStixBundle(
  store: Pick<StixVersionStore, "importStixObjects">,
  bundle: unknown,
): Promise<StixBundleImport> {
  const read = fromStixBundle(bundle);
  if (read.status === "rejected") return read;
  const objects = importableObjects((bundle as { objects?: unknown[] }).objects ?? []);
  const added = await store.importStixObjects(objects);
  return {
    status: "imported",
    objects: objects.length,
    added,
    ids: [...new Set(objects.map((o) => o.id))],
    reports: read.snapshot.reports.length,
    actors: read.snapshot.actors.length,
    skipped: read.skipped,
  };
}

/** What became of a bundle given to `espial ingest` (the shape of the pipeline's IngestResult). */
export type BundleIngestResult =
  | { readonly origin: string; readonly status: "stored" | "unchanged"; readonly id: string; readonly title: string }
  | { readonly origin: string; readonly status: "rejected"; readonly reason: string };

/** What an imported bundle held, told to the `onImport` of createBundleIngester (the HTTP API answers with it). */
export type ImportedBundle = Extract<StixBundleImport, { status: "imported" }> & {
  readonly origin: string;
  readonly bundleId: string | null;
};

/**
 * The `importBundle` of the pipeline's ingest deps: keeps a bundle's objects, one result per bundle saying
 * what it held; `unchanged` when every object was already kept. `onImport` hears the details of each bundle kept.
 * @example await ingestInputs(inputs, { ...deps, store, read, importBundle: createBundleIngester(store) })
 */
export function createBundleIngester(
  store: Pick<StixVersionStore, "importStixObjects">,
  onImport?: (imported: ImportedBundle) => void,
) {
  return async (bundle: unknown, origin: string): Promise<BundleIngestResult> => {
    const done = await importStixBundle(store, bundle);
    if (done.status === "rejected") return { origin, status: "rejected", reason: done.reason };
    const id = (bundle as { id?: unknown }).id;
    onImport?.({ ...done, origin, bundleId: typeof id === "string" ? id : null });
    const title = `STIX bundle: ${done.objects} objects (${done.reports} reports, ${done.actors} actors), ${done.added} new`;
    return { origin, status: done.added > 0 ? "stored" : "unchanged", id: typeof id === "string" ? id : origin, title };
  };
}
