import { describe, expect, it } from "vitest";
import { createSerialQueue } from "./ingest.ts";

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe("the ingest queue", () => {
  it("runs one task at a time, in order, and a failure does not stop the next", async () => {
    const serially = createSerialQueue();
    const log: string[] = [];
    const task =
      (name: string, fail = false) =>
      async () => {
        log.push(`start ${name}`);
        await tick();
        log.push(`end ${name}`);
        if (fail) throw new Error(name);
        return name;
      };
    const results = await Promise.allSettled([serially(task("a")), serially(task("b", true)), serially(task("c"))]);
    expect(log).toEqual(["start a", "end a", "start b", "end b", "start c", "end c"]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
  });
});
