// The arsenal on an actor's profile, end to end: two reports we wrote are ingested into a real PGlite store,
// then `espial actor` shows the malware, tools, vulnerabilities, techniques and indicators with their
// confidence and the sentences that tie them; JSON gives indicators refanged with a defanged form beside.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import { espial, tempDir } from "../../test/helpers.ts";
import { actorProfileSchema } from "../api/actors/schema.ts";

const FIXTURES = join(import.meta.dirname, "fixtures");
let dir = "";
let cleanup: () => Promise<void> = async () => {};
const db = () => ["--db", join(dir, "db")];

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir("espial-arsenal-"));
  const run = await espial([
    "ingest",
    join(FIXTURES, "arsenal-advisory.txt"),
    join(FIXTURES, "arsenal-followup.txt"),
    ...db(),
  ]);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
}, 120_000);
afterAll(() => cleanup());

let shown: ReturnType<typeof actorProfileSchema.parse> | null = null;
/** The profile as `espial actor --json` prints it, checked against the API's schema (read once). */
async function profile() {
  if (shown) return shown;
  const run = await espial(["actor", "menuPass", "--json", ...db()]);
  expect(run.code).toBe(0);
  shown = actorProfileSchema.parse(JSON.parse(run.stdout));
  return shown;
}

describe("the arsenal on an actor's profile", () => {
  it("lists the malware the actor uses, fused across reports, with the sentences that tie it", async () => {
    const p = await profile();
    const plugx = p.malware.find((m) => m.name === "PlugX");
    expect(plugx).toMatchObject({ attack_id: "S0013", reports: 2, independent_sources: 2 });
    expect(plugx?.aliases).toEqual(expect.arrayContaining(["Korplug"]));
    expect(plugx?.evidence.map((e) => e.sentence).join(" ")).toMatch(/again used PlugX/);
    expect(plugx?.confidence).toBeGreaterThan(0);
    const doc = JSON.parse((await espial(["document", plugx!.evidence[0]!.document, "--json", ...db()])).stdout) as {
      text: string;
    };
    expect(doc.text.slice(plugx!.evidence[0]!.start, plugx!.evidence[0]!.end)).toBe(plugx!.evidence[0]!.sentence);
  });

  it("keeps tools apart from malware", async () => {
    const p = await profile();
    expect(p.tools.map((t) => t.name)).toEqual(["Mimikatz"]);
    expect(p.malware.map((m) => m.name)).not.toContain("Mimikatz");
    expect(p.tools[0]?.evidence[0]?.sentence).toMatch(/used Mimikatz to dump credentials/);
  });

  it("lists the vulnerabilities it exploits with the products the reports give", async () => {
    const p = await profile();
    const cve = p.vulnerabilities.find((v) => v.cve === "CVE-2023-46805");
    expect(cve?.reports).toBe(2);
    expect(cve?.products.join(" ")).toMatch(/Ivanti/);
  });

  it("lists ATT&CK techniques by id with their names", async () => {
    const p = await profile();
    const t = p.techniques.find((x) => x.id === "T1566.001");
    expect(t).toMatchObject({ name: "Spearphishing Attachment" });
    expect(t?.evidence[0]?.sentence).toMatch(/spearphishing attachments/);
  });

  it("gives indicators refanged in JSON with a defanged form, and flags reserved addresses", async () => {
    const p = await profile();
    const url = p.indicators.find((i) => i.type === "url");
    expect(url).toMatchObject({
      value: "http://update-check.nwl-cdn.top/gate.php",
      defanged: "hxxp://update-check[.]nwl-cdn[.]top/gate.php",
    });
    expect(p.indicators.find((i) => i.type === "ipv4")).toMatchObject({ value: "203.0.113.77", reserved: true });
    expect(p.indicators.find((i) => i.type === "domain")?.defanged).toBe("cdn-sync[.]example-mirror[.]net");
    expect(p.indicators.find((i) => i.type === "sha256")?.value).toMatch(/^9f86d081/);
  });

  it("prints the arsenal on a terminal with confidence, evidence, and never a live indicator", async () => {
    const run = await espial(["actor", "APT10", ...db()]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/malware:\n\s+- PlugX \(S0013\) — confidence \d\.\d\d, 2 reports/);
    expect(run.stdout).toMatch(/tools:\n\s+- Mimikatz \(S0002\)/);
    expect(run.stdout).toMatch(/CVE-2023-46805/);
    expect(run.stdout).toMatch(/T1566\.001 Spearphishing Attachment/);
    expect(run.stdout).toMatch(/domain cdn-sync\[\.\]example-mirror\[\.\]net/);
    expect(run.stdout).not.toMatch(/cdn-sync\.example-mirror\.net|update-check\.nwl-cdn\.top/);
  });
});
