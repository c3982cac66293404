import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describeStoreContract } from "../store.contract.ts";
import { describeReviewContract } from "../store-review.contract.ts";
import { createPgliteStore } from "./index.ts";

describeStoreContract("PGlite store", async () => {
  const dir = await mkdtemp(join(tmpdir(), "espial-pglite-"));
  const reopen = () => createPgliteStore({ dir });
  return { store: await reopen(), reopen, cleanup: () => rm(dir, { recursive: true, force: true }) };
});

describeReviewContract("PGlite store: review", async () => {
  const dir = await mkdtemp(join(tmpdir(), "espial-pglite-review-"));
  const reopen = () => createPgliteStore({ dir });
  return { store: await reopen(), reopen, cleanup: () => rm(dir, { recursive: true, force: true }) };
});
