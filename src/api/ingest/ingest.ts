// Ingesting one request body through the pipeline's ingestInputs, with what the JSON form adds: TLP and
// source kind as read defaults, the URL as the input's, the publication date as the fallback for a text
// that gives none of its own (relative dates resolve against it), and the title on the stored source. A STIX
// bundle goes to the importer of `espial ingest bundle.json` (its objects kept in one transaction, or none).
// One ingest runs at a time: the extraction is CPU-bound and the embedded
// store has one connection, so queueing keeps memory bounded and latency fair.
import { EspialError } from "../../core/index.ts";
import type { IngestResult } from "../../pipeline/run.ts";
import type { RawInput, ReadOptions } from "../../pipeline/read/index.ts";
import { loadPipeline, type LoadedPipeline } from "../../pipeline/load.ts";
import { createBundleIngester, type ImportedBundle } from "../../stix/index.ts";
import type { Store } from "../../store/store.ts";
import type { BodyInput, SourceHints } from "../body.ts";
import type { ApiDeps } from "../deps.ts";
import { presentStixImport, type StixImportAnswer } from "./schema.ts";

export interface IngestSummary {
  readonly results: IngestResult[];
  readonly stored: number;
  readonly unchanged: number;
  readonly skipped: number;
  readonly rejected: number;
  /** What each STIX bundle of the body held; absent when it held none. */
  readonly stix?: readonly StixImportAnswer[];
}

/** Runs tasks one after another, in the order they were queued. */
export function createSerialQueue(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}

/** The store, with the JSON form's title and URL set on every report it keeps. */
export function withSourceHints(store: Store, hints: SourceHints): Store {
  const patch = {
    ...(hints.title !== undefined ? { title: hints.title } : {}),
    ...(hints.url !== undefined ? { url: hints.url } : {}),
  };
  if (Object.keys(patch).length === 0) return store;
  const ingest: Store["ingest"] = (reports) =>
    store.ingest(reports.map((r) => ({ ...r, source: { ...r.source, ...patch } })));
  return new Proxy(store, {
    get(target, prop) {
      if (prop === "ingest") return ingest;
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** Why nothing of a body was kept: its reading error when there is one (re-read only on this failure path). */
function failureOf(
  readInput: LoadedPipeline["readInput"],
  input: RawInput,
  read: ReadOptions,
  results: readonly IngestResult[],
): EspialError {
  const outcomes = readInput(input, read);
  for (const o of outcomes) {
    if (o.status === "rejected") return o.error;
  }
  const reasons = results.map((r) => ("reason" in r ? r.reason : r.status)).join("; ");
  if (outcomes.some((o) => o.status === "stix"))
    return new EspialError("malformed", `the STIX bundle was not imported, nothing kept: ${reasons}`);
  if (outcomes.every((o) => o.status === "skipped"))
    return new EspialError("empty-input", `nothing to ingest: ${reasons || "no report in the body"}`);
  return new EspialError("store-failure", `nothing was stored: ${reasons}`);
}

/** Reads, extracts and stores the reports of one request body; fails when none of it could be kept. */
export async function ingestBody(body: BodyInput, deps: ApiDeps): Promise<IngestSummary> {
  const { ingestInputs, readInput } = await loadPipeline();
  const { hints } = body;
  const { input } = body;
  const read: ReadOptions = {
    limits: deps.limits,
    defaults: { kind: hints.kind ?? deps.defaults.kind, tlp: hints.tlp ?? deps.defaults.tlp },
  };
  const store = withSourceHints(deps.store, hints);
  const published = hints.published !== undefined ? { publishedFallback: hints.published } : {};
  const bundles: ImportedBundle[] = [];
  const importBundle = createBundleIngester(deps.store, (b) => bundles.push(b));
  const ingest = { ...deps.pipeline, store, read, importBundle, ...published };
  const results = (await ingestInputs([input], ingest)).map((r) =>
    r.status === "stored" && hints.title !== undefined ? { ...r, title: hints.title } : r,
  );
  const count = (s: IngestResult["status"]) => results.filter((r) => r.status === s).length;
  const summary = {
    results,
    stored: count("stored"),
    unchanged: count("unchanged"),
    skipped: count("skipped"),
    rejected: count("rejected"),
    ...(bundles.length > 0 ? { stix: bundles.map(presentStixImport) } : {}),
  };
  if (summary.stored + summary.unchanged === 0) throw failureOf(readInput, input, read, results);
  return summary;
}
