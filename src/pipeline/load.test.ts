import { describe, expect, it } from "vitest";
import { loadPipeline } from "./load.ts";
import * as read from "./read/index.ts";
import * as run from "./run.ts";

describe("loadPipeline", () => {
  it("gives the entry points run.ts and read/ export, imported once", async () => {
    const first = loadPipeline();
    expect(loadPipeline()).toBe(first);
    const loaded = await first;
    expect(loaded.extractReport).toBe(run.extractReport);
    expect(loaded.ingestInputs).toBe(run.ingestInputs);
    expect(loaded.readInput).toBe(read.readInput);
    expect(loaded.fetchInput).toBe(read.fetchInput);
    expect(loaded.fetchIfChanged).toBe(read.fetchIfChanged);
    expect(loaded.classifyAddress).toBe(read.classifyAddress);
  });
});
