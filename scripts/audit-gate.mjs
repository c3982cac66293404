// npm audit gate: fails on critical advisories of the runtime dependencies, except those reviewed and listed in
// audit-allowlist.json ({ "GHSA-…": "why it does not apply" }; an entry without a reason is refused). A registry
// that does not answer is reported, not failed, and never reported as a clean audit.
// `node scripts/audit-gate.mjs --report FILE` gates a saved `npm audit --json` report instead (for tests).
import { execFileSync } from "node:child_process";
import { readFileSync, existsSync } from "node:fs";

const args = process.argv.slice(2);
const allowlistPath = args.includes("--allowlist") ? args[args.indexOf("--allowlist") + 1] : "audit-allowlist.json";
const allow = existsSync(allowlistPath) ? JSON.parse(readFileSync(allowlistPath, "utf8")) : {};
const unexplained = Object.entries(allow).filter(([, why]) => typeof why !== "string" || why.trim().length < 10);
if (unexplained.length) {
  console.log(
    `audit: ${allowlistPath} entries need a reason of a sentence: ${unexplained.map(([id]) => id).join(", ")}`,
  );
  process.exit(1);
}

function runAudit() {
  try {
    return execFileSync("npm", ["audit", "--json", "--omit=dev"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    });
  } catch (error) {
    // npm audit exits non-zero when it finds advisories; its report is still on stdout.
    return error.stdout?.toString() ?? "";
  }
}

const raw = args.includes("--report") ? readFileSync(args[args.indexOf("--report") + 1], "utf8") : runAudit();
let report;
try {
  report = JSON.parse(raw);
} catch {
  report = null;
}
if (!report || typeof report.vulnerabilities !== "object" || report.vulnerabilities === null) {
  const why = report?.message ?? report?.error?.summary ?? "no audit report";
  console.log(`audit: the registry did not answer (${String(why).slice(0, 120)}); not gating`);
  process.exit(0);
}

const critical = [];
for (const [name, v] of Object.entries(report.vulnerabilities)) {
  for (const via of v.via ?? []) {
    if (typeof via !== "object" || via.severity !== "critical") continue;
    const id = String(via.url ?? "")
      .split("/")
      .pop();
    if (!allow[id]) critical.push(`${name}: ${via.title} (${via.url})`);
  }
}
if (critical.length) {
  console.log(`audit: ${critical.length} critical advisories not in ${allowlistPath}:\n${critical.join("\n")}`);
  process.exit(1);
}
const total = Object.keys(report.vulnerabilities).length;
console.log(`audit: no critical advisories outside the allowlist (${total} packages with lesser advisories)`);
