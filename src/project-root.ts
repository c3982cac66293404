// Where this checkout's own files are (the catalogue data, the samples, the built UI, the extraction worker's
// entry), whether the code runs from its sources (src/…) or from the bundle `npm run build:cli` writes
// (dist/cli/main.mjs): paths are taken from the checkout's root, never from the running module's folder.
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The checkout's root: the folder holding src/ (or dist/cli/, in the bundle) of the running file. */
export function rootOf(file: string): string {
  const match = /^(.*)[\\/](?:src|dist[\\/]cli)[\\/]/.exec(file);
  if (!match?.[1]) throw new Error(`cannot tell the checkout's root from ${file}`);
  return match[1];
}

export const PROJECT_ROOT = rootOf(fileURLToPath(import.meta.url));

/** A path inside the checkout. */
export const projectPath = (...parts: string[]): string => join(PROJECT_ROOT, ...parts);
