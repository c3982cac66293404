import { PGlite } from "@electric-sql/pglite";
import { afterAll, describe, expect, it } from "vitest";
import { checkpointIfDue, logSinceCheckpoint } from "./checkpoint.ts";

describe("checkpointIfDue", () => {
  const pglite = new PGlite();
  afterAll(() => pglite.close());
  const behind = () => logSinceCheckpoint(pglite);

  it("checkpoints once more log than the threshold was written since the last checkpoint, and not before", async () => {
    await pglite.query("create table t (a int, b text)");
    await pglite.query("insert into t select g, repeat('x', 200) from generate_series(1, 20000) g");
    const written = await behind();
    expect(written).toBeGreaterThan(1_000_000);
    expect(await checkpointIfDue(pglite, written * 2)).toBe(false);
    expect(await behind()).toBeGreaterThanOrEqual(written);
    expect(await checkpointIfDue(pglite, 1_000_000)).toBe(true);
    expect(await behind()).toBeLessThan(1_000_000);
  });
});
