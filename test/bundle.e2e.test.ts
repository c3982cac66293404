// The bundle `npm ci` builds (`npm run build:cli` → dist/cli/main.mjs), which bin/espial.js runs while it is
// newer than every source: built here to a file of its own beside it, it reads a report exactly as the
// sources do, finding the checkout's files (the catalogue, the samples) from dist/cli/.
import { spawnSync } from "node:child_process";
import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "./helpers.ts";

const DIR = join(ROOT, "dist", "cli");
const BUNDLE = join(DIR, `main.test-${process.pid}.mjs`);
const RUNNER = join(DIR, `run.test-${process.pid}.mjs`);
const SAMPLE = join(ROOT, "samples", "01-apt10-indictment-wire.txt");

afterAll(() => Promise.all([rm(BUNDLE, { force: true }), rm(RUNNER, { force: true })]));

const run = (args: readonly string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, args, { cwd: ROOT, encoding: "utf8", env: { ...process.env, ...env } });

describe("the CLI bundle", () => {
  it("reads a report exactly as the sources do, and prints its help", async () => {
    const { scripts } = JSON.parse(await readFile(join(ROOT, "package.json"), "utf8")) as {
      scripts: Record<string, string>;
    };
    const args = (scripts["build:cli"] ?? "")
      .split(" ")
      .slice(1)
      .filter((a) => !a.startsWith("--outfile"));
    const built = spawnSync(join(ROOT, "node_modules", ".bin", "esbuild"), [...args, `--outfile=${BUNDLE}`], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(built.status, built.stderr).toBe(0);
    await writeFile(
      RUNNER,
      `const { main } = await import(${JSON.stringify(`./main.test-${process.pid}.mjs`)});\nprocess.exitCode = await main();\n`,
    );
    const fromBundle = run([RUNNER, "extract", "--json", SAMPLE]);
    const fromSources = run([join(ROOT, "bin", "espial.js"), "extract", "--json", SAMPLE], {
      ESPIAL_FROM_SOURCES: "1",
    });
    expect(fromBundle.status, fromBundle.stderr).toBe(0);
    expect(fromSources.status, fromSources.stderr).toBe(0);
    expect(fromBundle.stdout).toBe(fromSources.stdout);
    expect(JSON.parse(fromBundle.stdout)).toMatchObject({
      actors: expect.arrayContaining([expect.objectContaining({ name: "APT10" })]) as unknown,
    });
    const help = run([RUNNER, "--help"]);
    expect(help.stdout).toMatch(/quickstart/);
  });
});
