// One extraction thread: loads the catalogue and the name matcher once, then extracts the batches of reports
// the main thread sends, answering each with the pipeline's own outcomes (see fusionInputOf).
import { parentPort, workerData } from "node:worker_threads";
import { createAliasMatcher, createCatalogue } from "../catalogue/index.ts";
import { readCatalogueFile } from "../catalogue/data-file.ts";
import type { Report } from "../core/index.ts";
import { fusionInputOf } from "../pipeline/run.ts";
import type { ExtractRequest, ExtractResponse, WorkerOptions } from "./messages.ts";

const options = workerData as WorkerOptions;
const catalogue = createCatalogue(readCatalogueFile(options.cataloguePath ?? undefined));
const deps = { catalogue, matcher: createAliasMatcher(catalogue) };

parentPort?.on("message", (request: ExtractRequest) => {
  const outcomes = request.reports.map((report: Report) => fusionInputOf(report, deps));
  const response: ExtractResponse = { id: request.id, outcomes };
  parentPort?.postMessage(response);
});
parentPort?.postMessage({ ready: true });
