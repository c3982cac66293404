// `npx tsx scripts/gen-openapi.ts [--check]`: writes docs/openapi.json, the OpenAPI 3 document generated from
// the API routes' Zod schemas (the same document GET /api/openapi.json serves), formatted as prettier would.
// With --check it writes nothing and fails when the committed file differs from a fresh generation.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { format, resolveConfig } from "prettier";
import { describeApi } from "../src/api/index.ts";
import { openApiProblems } from "../src/api/openapi-check.ts";

export const ROOT = resolve(fileURLToPath(import.meta.url), "..", "..");
export const OPENAPI_PATH = resolve(ROOT, "docs", "openapi.json");

/** The document as it should be committed; throws when the generated document fails the structural check. */
export async function renderOpenApi(path = OPENAPI_PATH): Promise<string> {
  const doc: unknown = JSON.parse(JSON.stringify(describeApi()));
  const problems = openApiProblems(doc);
  if (problems.length > 0) throw new Error(`the generated OpenAPI document is broken:\n  ${problems.join("\n  ")}`);
  const options = (await resolveConfig(path)) ?? {};
  return format(JSON.stringify(doc), { ...options, parser: "json", filepath: path });
}

/** Whether the committed document is what the generator makes now. */
export async function isOpenApiCurrent(path = OPENAPI_PATH): Promise<boolean> {
  return existsSync(path) && readFileSync(path, "utf8") === (await renderOpenApi(path));
}

async function main(argv: readonly string[]): Promise<number> {
  const shown = relative(ROOT, OPENAPI_PATH);
  if (argv.includes("--check")) {
    if (await isOpenApiCurrent()) {
      console.log(`gen-openapi: ${shown} is what the generator makes`);
      return 0;
    }
    console.error(
      `gen-openapi: ${shown} differs from a fresh generation: run \`npx tsx scripts/gen-openapi.ts\` and commit it`,
    );
    return 1;
  }
  writeFileSync(OPENAPI_PATH, await renderOpenApi());
  console.log(`gen-openapi: wrote ${shown}`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  process.exitCode = await main(process.argv.slice(2));
