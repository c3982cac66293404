// `npx tsx bench/matcher-cli.ts [--mb N] [--regex-kb N] [--json]`: prints the matcher's throughput figures.
import { benchMatcher } from "./matcher.ts";

const argv = process.argv.slice(2);
const numberAfter = (flag: string) => {
  const i = argv.indexOf(flag);
  const v = i >= 0 ? Number(argv[i + 1]) : NaN;
  return Number.isFinite(v) && v > 0 ? v : undefined;
};
const mb = numberAfter("--mb");
const kb = numberAfter("--regex-kb");
const result = benchMatcher({ ...(mb ? { megabytes: mb } : {}), ...(kb ? { regexSliceKb: kb } : {}) });
if (argv.includes("--json")) console.log(JSON.stringify(result, null, 2));
else for (const [k, v] of Object.entries(result)) console.log(`${k.padEnd(24)} ${v}`);
