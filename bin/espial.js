#!/usr/bin/env node
// Runs the CLI from the bundle `npm run build:cli` writes (dist/cli/main.mjs, built by `npm ci`) when it is
// newer than every source file, and otherwise straight from the TypeScript sources through tsx, so that a
// clone, or a source just edited, works without a build step. The bundle spares tsx's loader (~40 MB of an
// idle `espial serve`). ESPIAL_FROM_SOURCES=1 always runs the sources.
import { readdirSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";

const SOURCES = fileURLToPath(new URL("../src", import.meta.url));
const BUNDLE = new URL("../dist/cli/main.mjs", import.meta.url);

/** The latest modification time of any file under `dir`. */
function newestIn(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    newest = Math.max(newest, entry.isDirectory() ? newestIn(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function bundleIsFresh() {
  if (process.env.ESPIAL_FROM_SOURCES === "1") return false;
  try {
    return statSync(BUNDLE).mtimeMs >= newestIn(SOURCES);
  } catch {
    return false;
  }
}

let main;
if (bundleIsFresh()) {
  ({ main } = await import(BUNDLE.href));
} else {
  const { register } = await import("tsx/esm/api");
  register();
  ({ main } = await import("../src/cli/main.ts"));
}
process.exitCode = await main();
