// Runs the fusion benchmark: `npx tsx bench/fusion-cli.ts 10000 [seed]` prints its figures, one per line.
import { benchFusion } from "./fusion.ts";

const documents = Number(process.argv[2] ?? 10_000);
const seed = process.argv[3] === undefined ? undefined : Number(process.argv[3]);
if (!Number.isInteger(documents) || documents <= 0 || (seed !== undefined && !Number.isInteger(seed))) {
  console.error("usage: npx tsx bench/fusion-cli.ts DOCUMENTS [SEED]");
  process.exit(2);
}
const result = benchFusion(seed === undefined ? { documents } : { documents, seed });
for (const [name, value] of Object.entries(result) as [string, number][]) {
  console.log(`${name.padEnd(28)} ${Number.isInteger(value) ? value : value.toFixed(4)}`);
}
