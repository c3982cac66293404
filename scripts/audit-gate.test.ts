import { execFile } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, tempDir } from "../test/helpers.ts";

const run = promisify(execFile);
let work: Awaited<ReturnType<typeof tempDir>>;

const advisory = (severity: string, id: string) => ({
  severity,
  title: `A ${severity} flaw`,
  url: `https://github.com/advisories/${id}`,
});
const report = (vulnerabilities: object) => ({ auditReportVersion: 2, vulnerabilities, metadata: {} });

/** Runs the gate on a saved report and allowlist; exit code and output. */
async function gate(saved: unknown, allowlist: unknown = {}): Promise<{ code: number; out: string }> {
  const reportPath = join(work.dir, "report.json");
  const allowPath = join(work.dir, "allow.json");
  await writeFile(reportPath, typeof saved === "string" ? saved : JSON.stringify(saved));
  await writeFile(allowPath, JSON.stringify(allowlist));
  const args = [join(ROOT, "scripts/audit-gate.mjs"), "--report", reportPath, "--allowlist", allowPath];
  try {
    const { stdout } = await run(process.execPath, args, { cwd: work.dir });
    return { code: 0, out: stdout };
  } catch (error) {
    const e = error as { code: number; stdout: string };
    return { code: e.code, out: e.stdout };
  }
}

beforeAll(async () => {
  work = await tempDir("espial-audit-");
});
afterAll(async () => {
  await work.cleanup();
});

describe("the npm audit gate", () => {
  it("fails on a critical advisory and names it", async () => {
    const result = await gate(report({ lodash: { via: [advisory("critical", "GHSA-aaaa-bbbb-cccc")] } }));
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/1 critical advisories .*\n.*lodash: A critical flaw .*GHSA-aaaa-bbbb-cccc/);
  });

  it("passes lesser advisories and reviewed critical ones with a reason", async () => {
    const saved = report({
      a: { via: [advisory("high", "GHSA-1111-2222-3333"), "b"] },
      b: { via: [advisory("critical", "GHSA-aaaa-bbbb-cccc")] },
    });
    const reviewed = { "GHSA-aaaa-bbbb-cccc": "Only the CLI's test helper reaches this code path." };
    expect(await gate(saved, reviewed)).toMatchObject({ code: 0, out: expect.stringMatching(/no critical/) as string });
    expect((await gate(saved, { "GHSA-aaaa-bbbb-cccc": "" })).code).toBe(1);
  });

  it("says the registry did not answer rather than passing as clean", async () => {
    const failed = await gate({
      message: "405 Method Not Allowed - POST https://registry.example/-/npm/v1/security/advisories/bulk",
      statusCode: 405,
    });
    expect(failed).toMatchObject({
      code: 0,
      out: expect.stringMatching(/did not answer \(405 Method Not Allowed/) as string,
    });
    expect((await gate("not json")).out).toMatch(/did not answer/);
  });
});
