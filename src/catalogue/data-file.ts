// Reads the catalogue data file: the one file of the catalogue that does I/O, kept tiny on purpose.
// eslint-disable-next-line no-restricted-imports -- reading the data file is this file's only job
import { readFileSync } from "node:fs";
import { EspialError } from "../core/index.ts";
import { parseCatalogueFile, type CatalogueFile } from "./schema.ts";
import { projectPath } from "../project-root.ts";

/** data/catalogue.json of this checkout. */
export const DEFAULT_CATALOGUE_PATH = projectPath("data", "catalogue.json");

/** Reads and checks the catalogue data file (default: data/catalogue.json beside the sources). */
export function readCatalogueFile(path: string = DEFAULT_CATALOGUE_PATH): CatalogueFile {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new EspialError("not-found", `cannot read the catalogue data file ${path} (run npm run gen)`, {
      cause: error,
    });
  }
  try {
    return parseCatalogueFile(JSON.parse(text));
  } catch (error) {
    if (error instanceof SyntaxError)
      throw new EspialError("malformed", `the catalogue data file ${path} is not JSON`, { cause: error });
    throw error;
  }
}
