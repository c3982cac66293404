// The pipeline's code imported on first use. Reading and extracting pull in the HTML, feed and date parsers
// and every recogniser (~50 MB resident under tsx); a long-running process that may only answer reads
// (`espial serve`) imports them through here, on the first request or poll that reads a report, rather
// than at start. The functions are the same ones `run.ts` and `read/` export.
import type * as Read from "./read/index.ts";
import type * as Run from "./run.ts";

export interface LoadedPipeline {
  readonly extractReport: typeof Run.extractReport;
  readonly ingestInputs: typeof Run.ingestInputs;
  readonly readInput: typeof Read.readInput;
  readonly fetchInput: typeof Read.fetchInput;
  readonly fetchIfChanged: typeof Read.fetchIfChanged;
  readonly classifyAddress: typeof Read.classifyAddress;
}

let loading: Promise<LoadedPipeline> | null = null;

/**
 * Imports the pipeline once per process and returns its entry points.
 * @example const { readInput } = await loadPipeline();
 */
export function loadPipeline(): Promise<LoadedPipeline> {
  loading ??= Promise.all([import("./run.ts"), import("./read/index.ts")]).then(([run, read]) => ({
    extractReport: run.extractReport,
    ingestInputs: run.ingestInputs,
    readInput: read.readInput,
    fetchInput: read.fetchInput,
    fetchIfChanged: read.fetchIfChanged,
    classifyAddress: read.classifyAddress,
  }));
  // A failed import (a broken checkout) is not cached: the next request tries again and reports it again.
  loading.catch(() => (loading = null));
  return loading;
}
