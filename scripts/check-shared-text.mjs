// The real articles in ../shared are for evaluation and stay out of the repository. This check fails when a
// tracked file shares a run of N words (default 7) with any ../shared seed or corpus text, and lists each
// shared run so it can be rewritten in our own words. Skips with one line when ../shared is absent.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

const N = Number(process.env.SHARED_TEXT_RUN ?? 7);
const dirs = ["../shared/seeds", "../shared/corpus/dev"].filter(existsSync);
if (dirs.length === 0) {
  console.log("shared-text check: skipped — ../shared is not here");
  process.exit(0);
}
const words = (s) =>
  s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean);
const runs = new Map();
for (const dir of dirs) {
  for (const f of readdirSync(dir).filter((n) => n.endsWith(".txt"))) {
    const w = words(readFileSync(join(dir, f), "utf8"));
    for (let i = 0; i + N <= w.length; i++) runs.set(w.slice(i, i + N).join(" "), f);
  }
}
const tracked = execFileSync("git", ["ls-files", "-co", "--exclude-standard"], { encoding: "utf8" })
  .split("\n")
  .filter(
    (f) =>
      f && existsSync(f) && !/(^|\/)(package-lock\.json|catalogue\.json)$/.test(f) && !f.startsWith("test/corpus/"),
  );
let hits = 0;
for (const file of tracked) {
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    continue;
  }
  const w = words(text);
  const seen = new Set();
  for (let i = 0; i + N <= w.length; i++) {
    const run = w.slice(i, i + N).join(" ");
    const source = runs.get(run);
    if (source && !seen.has(source + i)) {
      seen.add(source + i);
      hits++;
      console.log(`${file}: "${run}" (from ${source})`);
      i += N - 1;
    }
  }
}
if (hits) {
  console.log(
    `shared-text check: ${hits} runs of ${N} words copied from the evaluation articles; rewrite them in our own words`,
  );
  process.exit(1);
}
console.log(`shared-text check: no run of ${N} words shared with the evaluation articles`);
