import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describeStixVersionContract } from "../stix-versions.contract.ts";
import { createPgliteStore } from "./index.ts";

describeStixVersionContract("PGlite store", async () => {
  const dir = await mkdtemp(join(tmpdir(), "espial-pglite-stix-"));
  const reopen = () => createPgliteStore({ dir });
  return { store: await reopen(), reopen, cleanup: () => rm(dir, { recursive: true, force: true }) };
});
