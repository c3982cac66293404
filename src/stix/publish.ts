// Publishing: the STIX objects of the whole store (its reports and the STIX it imported) recorded as versions,
// so TAXII serves every version with the time it was added and an export keeps the `modified` of what did not
// change. Cheap when nothing changed: the store's write counter is compared with the last publish first.
import { EspialError } from "../core/index.ts";
import type { StixJson, StixVersionStore } from "../store/stix-versions.ts";
import { findActorKey, type ExportStore } from "./export-store.ts";
import { fromStixBundle } from "./from-bundle.ts";
import { stixId } from "./ids.ts";
import { mergeImported } from "./import-merge.ts";
import type { ActorDirectory } from "./match-actors.ts";
import type { StixBundle, StixObject } from "./objects.ts";
import { createStixSnapshot, type ReportInput } from "./snapshot-from-store.ts";
import type { StixSnapshot } from "./snapshot.ts";
import { toStixBundle, type StixExportOptions } from "./to-bundle.ts";
import { planVersions, stabiliseObjects } from "./versions.ts";

/** The store operations publishing and stable exports use (the Store port fits). */
export type PublishStore = ExportStore &
  Pick<StixVersionStore, "stixPublishState" | "publishStixVersions" | "latestStixVersions" | "listImportedStixObjects">;

export interface PublishDeps {
  readonly store: PublishStore;
  readonly catalogue: ActorDirectory;
  readonly clock: () => Date;
  /** The Espial instance named as every object's creator (default "Espial"). */
  readonly instanceName?: string;
}

/** What the imported STIX objects say, as a snapshot (empty when nothing was imported). */
async function importedSnapshot(store: PublishStore): Promise<StixSnapshot> {
  const objects = await store.listImportedStixObjects();
  if (objects.length === 0) return { actors: [], reports: [] };
  const read = fromStixBundle({ type: "bundle", id: stixId("bundle", "imported"), objects });
  return read.status === "imported" ? read.snapshot : { actors: [], reports: [] };
}

async function latestReports(store: ExportStore): Promise<ReportInput[]> {
  const reports: ReportInput[] = [];
  for (const summary of await store.listReports()) {
    if (!summary.latest) continue;
    const report = await store.getReport(summary.id);
    if (report) reports.push(report);
  }
  return reports;
}

/** The snapshot of the whole store: its reports and what it imported, merged. */
export async function storeSnapshot(store: PublishStore, catalogue: ActorDirectory): Promise<StixSnapshot> {
  const own = createStixSnapshot({ reports: await latestReports(store), catalogue });
  return mergeImported(own, await importedSnapshot(store), catalogue);
}

const publishKey = (deps: PublishDeps) => `instance=${deps.instanceName ?? "Espial"}`;

/**
 * Records a new version of every object that changed since the last publish and a revocation for every one
 * that disappeared. Does nothing (one query) when the store did not change since.
 * @example await publishStix({ store, catalogue, clock: () => new Date() }) // { published: true, added: 42 }
 */
export async function publishStix(deps: PublishDeps): Promise<{ readonly published: boolean; readonly added: number }> {
  const state = await deps.store.stixPublishState();
  const key = publishKey(deps);
  if (state.publishedGeneration >= state.generation && state.publishedKey === key)
    return { published: false, added: 0 };
  const snapshot = await storeSnapshot(deps.store, deps.catalogue);
  const bundle = toStixBundle(snapshot, deps.instanceName ? { instanceName: deps.instanceName } : {});
  const added = await deps.store.publishStixVersions({
    generation: state.generation,
    key,
    plan: (latest) => planVersions(bundle.objects, latest, deps.clock()),
  });
  return { published: true, added };
}

/** A bundle whose objects keep their published versions, with the id those versions give. */
function stableBundle(objects: readonly StixObject[]): StixBundle {
  return {
    type: "bundle",
    id: stixId("bundle", objects.map((o) => `${o.id}@${String(o.modified ?? o.created)}`).join(",")),
    objects,
  };
}

export interface StableExportOptions extends StixExportOptions {
  /** Only the reports that mention this actor (any of its names), with what they support. */
  readonly actor?: string;
}

/**
 * The store (or one actor's neighbourhood) as a STIX bundle after publishing: an object that did not change
 * keeps its `modified`, so two exports of an unchanged store are byte-identical, and each object is the
 * version TAXII serves. Fails with `not-found` for an actor no one knows.
 */
export async function exportPublishedBundle(deps: PublishDeps, options: StableExportOptions = {}): Promise<StixBundle> {
  await publishStix(deps);
  const exportOptions: StixExportOptions = {
    ...(deps.instanceName ? { instanceName: deps.instanceName } : {}),
    ...(options.maxTlp ? { maxTlp: options.maxTlp } : {}),
  };
  let snapshot: StixSnapshot;
  if (options.actor === undefined) snapshot = await storeSnapshot(deps.store, deps.catalogue);
  else {
    const imported = mergeImported({ actors: [], reports: [] }, await importedSnapshot(deps.store), deps.catalogue);
    const key = await findActorKey(deps.store, deps.catalogue, options.actor).catch((error: unknown) => {
      const found = imported.actors.find((a) =>
        a.names.some((n) => n.name.toLowerCase() === options.actor?.toLowerCase()),
      );
      if (found) return found.key;
      throw error instanceof EspialError ? error : new EspialError("not-found", String(error));
    });
    const own = createStixSnapshot({
      reports: await deps.store.reportsMentioningActor(key),
      catalogue: deps.catalogue,
    });
    const mentioning = imported.reports.filter((r) => r.mentions.some((m) => m.actor === key));
    snapshot = mergeImported(own, { actors: imported.actors, reports: mentioning }, deps.catalogue);
  }
  const computed = toStixBundle(snapshot, exportOptions);
  return stableBundle(stabiliseObjects(computed.objects, await deps.store.latestStixVersions("espial")));
}

/** The objects of a bundle as imported objects to keep: id, version and body. */
export function importableObjects(objects: readonly unknown[]): { id: string; version: string; body: StixJson }[] {
  const out: { id: string; version: string; body: StixJson }[] = [];
  for (const value of objects) {
    if (!value || typeof value !== "object" || Array.isArray(value)) continue;
    const o = value as StixJson;
    const version = typeof o["modified"] === "string" ? o["modified"] : o["created"];
    if (typeof o["id"] !== "string" || typeof version !== "string") continue;
    out.push({ id: o["id"], version, body: o });
  }
  return out;
}
