// Exports from the store, for the CLI and the HTTP API: the whole store, or one actor's neighbourhood (every
// report that mentions it, with all that those reports support). The store and catalogue are passed in.
import { identifyActor } from "../present/identify-actor.ts";
import type { ActorGroup } from "../store/store.ts";
import type { Catalogue } from "../catalogue/index.ts";
import type { StixBundle } from "./objects.ts";
import { createStixSnapshot, type ReportInput } from "./snapshot-from-store.ts";
import { toStixBundle, type StixExportOptions } from "./to-bundle.ts";

/** The store operations an export reads (the Store port fits). */
export interface ExportStore {
  listReports(): Promise<readonly { readonly id: string; readonly latest: boolean }[]>;
  getReport(id: string): Promise<ReportInput | null>;
  listActors(): Promise<readonly { readonly key: string; readonly name: string }[]>;
  reportsMentioningActor(actorKey: string): Promise<readonly ReportInput[]>;
  /** The actor a key reads as after analysts' merges (the Store port has it). */
  actorGroup?(key: string): Promise<ActorGroup>;
}

/** The catalogue operations an export uses: an actor by key, and by any of its names. */
export type ExportCatalogue = Pick<Catalogue, "actor" | "findActors" | "actorsNamed">;

/** The key of the actor a name means (after analysts' merges): see present/identify-actor.ts. */
export async function findActorKey(store: ExportStore, catalogue: ExportCatalogue, name: string): Promise<string> {
  return (await identifyActor(name, catalogue, store)).key;
}

/** The bundle of every stored document (its latest version). */
export async function exportStoreBundle(
  store: ExportStore,
  catalogue: ExportCatalogue,
  options: StixExportOptions = {},
): Promise<StixBundle> {
  const reports: ReportInput[] = [];
  for (const summary of await store.listReports()) {
    // Older versions of a document are superseded: the latest is the one fusion and the profile read.
    if (!summary.latest) continue;
    const report = await store.getReport(summary.id);
    if (report) reports.push(report);
  }
  return toStixBundle(createStixSnapshot({ reports, catalogue }), options);
}

/**
 * The bundle of one actor's neighbourhood: the reports mentioning it, found by any of its names.
 * Fails with `not-found` when no actor is known by that name.
 * @example const bundle = await exportActorBundle(store, catalogue, "Stone Panda");
 */
export async function exportActorBundle(
  store: ExportStore,
  catalogue: ExportCatalogue,
  actorName: string,
  options: StixExportOptions = {},
): Promise<StixBundle> {
  const key = await findActorKey(store, catalogue, actorName);
  const reports = await store.reportsMentioningActor(key);
  return toStixBundle(createStixSnapshot({ reports, catalogue }), options);
}
