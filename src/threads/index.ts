// Extraction on worker threads: `espial ingest` reads the next batch of reports on other cores while the store
// writes the current one. Each thread holds its own catalogue and matcher (about 100 MB); a batch is split into
// one slice per thread and the outcomes come back in order. A thread that dies fails its batch's call, and
// the pipeline then extracts that batch in the main thread (see prepareInputs): nothing is lost.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { Report } from "../core/index.ts";
import type { ExtractMany, FusionInput } from "../pipeline/run.ts";
import type { ExtractRequest, ExtractResponse, WorkerOptions } from "./messages.ts";
import { projectPath } from "../project-root.ts";

export interface ExtractPool {
  readonly threads: number;
  readonly extractMany: ExtractMany;
  close(): Promise<void>;
}

/** Threads for extraction by default: every core but the one the store's thread needs, at most four. */
export function defaultExtractThreads(): number {
  return Math.max(0, Math.min(4, availableParallelism() - 1));
}

interface Pending {
  resolve(outcomes: readonly FusionInput[]): void;
  reject(error: Error): void;
}

class ExtractThread {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private failure: Error | null = null;

  constructor(options: WorkerOptions) {
    this.worker = new Worker(projectPath("src", "threads", "extract-worker.mjs"), { workerData: options });
    this.worker.unref();
    this.worker.on("message", (message: ExtractResponse | { ready: true }) => {
      if (!("id" in message)) return;
      this.pending.get(message.id)?.resolve(message.outcomes);
      this.pending.delete(message.id);
    });
    this.worker.on("error", (error) => this.fail(error));
    this.worker.on("exit", (code) => this.fail(new Error(`extraction thread exited with code ${code}`)));
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const p of this.pending.values()) p.reject(error);
    this.pending.clear();
  }

  extract(reports: readonly Report[]): Promise<readonly FusionInput[]> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      const request: ExtractRequest = { id, reports };
      this.worker.postMessage(request);
    });
  }

  async close(): Promise<void> {
    this.failure ??= new Error("extraction thread closed");
    await this.worker.terminate();
  }
}

/** Starts `threads` extraction threads (at least one). */
export function createExtractPool(options: WorkerOptions & { readonly threads: number }): ExtractPool {
  const threads = Array.from({ length: Math.max(1, options.threads) }, () => new ExtractThread(options));
  return {
    threads: threads.length,
    async extractMany(reports) {
      const size = Math.ceil(reports.length / threads.length);
      const slices = threads.map((thread, i) => thread.extract(reports.slice(i * size, (i + 1) * size)));
      return (await Promise.all(slices)).flat();
    },
    async close() {
      await Promise.all(threads.map((t) => t.close()));
    },
  };
}
