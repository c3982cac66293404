// `npm run check:gen` (CI): regenerates the catalogue in memory and fails when data/catalogue.json or
// data/NOTICE differ from what the generator makes now. Skips, and says so, when ../shared is absent.
// Also fails when docs/openapi.json differs from what the API's schemas generate (needs nothing of ../shared).
import { existsSync, readFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { CATALOGUE_PATH, NOTICE_PATH, ROOT, generate, hasSources, sharedDataDir } from "./build-catalogue.ts";
import { isOpenApiCurrent } from "./gen-openapi.ts";

/** The names of the generated files that differ from a fresh generation (empty: all in step). */
export function staleFiles(dataDir: string, files = { catalogue: CATALOGUE_PATH, notice: NOTICE_PATH }): string[] {
  const fresh = generate(dataDir);
  const stale: string[] = [];
  for (const [path, text] of [
    [files.catalogue, fresh.catalogue],
    [files.notice, fresh.notice],
  ] as const) {
    if (!existsSync(path) || readFileSync(path, "utf8") !== text) stale.push(relative(ROOT, path));
  }
  return stale;
}

function checkCatalogue(argv: readonly string[]): number {
  const dataDir = sharedDataDir(argv);
  if (!hasSources(dataDir)) {
    console.log(`check-gen: skipped — no MISP/ATT&CK data at ${dataDir}, so the catalogue cannot be regenerated here`);
    return 0;
  }
  const stale = staleFiles(dataDir);
  if (stale.length === 0) {
    console.log("check-gen: data/catalogue.json and data/NOTICE are what the generator makes");
    return 0;
  }
  console.error(
    `check-gen: ${stale.join(" and ")} differ from a fresh generation: run \`npm run gen\` and commit the result`,
  );
  return 1;
}

async function checkOpenApi(): Promise<number> {
  if (await isOpenApiCurrent()) {
    console.log("check-gen: docs/openapi.json is what the API's schemas generate");
    return 0;
  }
  console.error(
    "check-gen: docs/openapi.json differs from the API's schemas: run `npx tsx scripts/gen-openapi.ts` and commit it",
  );
  return 1;
}

async function main(argv: readonly string[]): Promise<number> {
  return Math.max(checkCatalogue(argv), await checkOpenApi());
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  process.exitCode = await main(process.argv.slice(2));
