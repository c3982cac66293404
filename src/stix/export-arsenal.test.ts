// The arsenal in a STIX export, from a report we wrote: malware, tool, vulnerability, attack-pattern and
// indicator objects with their references and patterns, tied to the intrusion set by the relationship
// STIX 2.1 defines for each pair, and read back by an import into the same bundle.
import { beforeAll, describe, expect, it } from "vitest";
import { fixtureCatalogue, fixtureReports, readFixture } from "./fixtures/reports.ts";
import { ARSENAL_REPORTS } from "./fixtures/arsenal-reports.ts";
import { createStixSnapshot } from "./snapshot-from-store.ts";
import { toStixBundle } from "./to-bundle.ts";
import { fromStixBundle } from "./from-bundle.ts";
import { checkStixBundle } from "./check.ts";
import { parseStixPattern } from "./pattern.ts";
import type { StixBundle, StixObject } from "./objects.ts";

let bundle: StixBundle;
const ofType = (type: string) => bundle.objects.filter((o) => o.type === type);
const named = (type: string, name: string) => ofType(type).find((o) => o["name"] === name);
const apt10 = () => ofType("intrusion-set").find((o) => o["name"] === "APT10")!;
const relationship = (from: StixObject, to: StixObject) =>
  ofType("relationship").find((r) => r["source_ref"] === from.id && r["target_ref"] === to.id);

beforeAll(() => {
  const reports = [...fixtureReports(), ...ARSENAL_REPORTS.map(readFixture)];
  bundle = toStixBundle(createStixSnapshot({ reports, catalogue: fixtureCatalogue() }));
});

describe("the arsenal in STIX", () => {
  it("makes malware and tools with their ATT&CK software ids, used by the intrusion set", () => {
    const plugx = named("malware", "PlugX")!;
    expect(plugx).toMatchObject({ is_family: true });
    expect(plugx["aliases"]).toEqual(expect.arrayContaining(["Korplug"]));
    expect(plugx.external_references).toContainEqual({
      source_name: "mitre-attack",
      external_id: "S0013",
      url: "https://attack.mitre.org/software/S0013",
    });
    const mimikatz = named("tool", "Mimikatz")!;
    expect(mimikatz.external_references?.some((r) => r.external_id === "S0002")).toBe(true);
    expect(named("malware", "Mimikatz")).toBeUndefined();
    for (const target of [plugx, mimikatz]) {
      const r = relationship(apt10(), target);
      expect(r?.["relationship_type"]).toBe("uses");
      const claims = (
        r?.extensions?.[Object.keys(r.extensions)[0]!] as { claims: { evidence: { sentence: string } }[] }
      ).claims;
      expect(claims[0]?.evidence.sentence).toMatch(/deployed the PlugX backdoor and used Mimikatz/);
    }
  });

  it("makes the vulnerability with its CVE reference, which the intrusion set targets (STIX has no exploits)", () => {
    const cve = named("vulnerability", "CVE-2024-21887")!;
    expect(cve.external_references).toContainEqual({
      source_name: "cve",
      external_id: "CVE-2024-21887",
      url: "https://www.cve.org/CVERecord?id=CVE-2024-21887",
    });
    expect(String(cve["description"])).toMatch(/Ivanti/);
    const r = relationship(apt10(), cve);
    expect(r).toMatchObject({ relationship_type: "targets", description: "APT10 exploits CVE-2024-21887." });
  });

  it("makes the attack-pattern with its mitre-attack external id, which the intrusion set uses", () => {
    const t = named("attack-pattern", "Spearphishing Attachment")!;
    expect(t.external_references).toContainEqual({
      source_name: "mitre-attack",
      external_id: "T1566.001",
      url: "https://attack.mitre.org/techniques/T1566/001",
    });
    expect(relationship(apt10(), t)?.["relationship_type"]).toBe("uses");
  });

  it("makes an indicator of each kind with a valid STIX pattern that indicates the intrusion set", () => {
    const indicators = ofType("indicator");
    expect(indicators.map((i) => i["pattern"]).sort()).toEqual([
      "[domain-name:value = 'update-cdn.shipping-portal.top']",
      "[email-addr:value = 'hr-desk@shipping-portal.top']",
      "[file:hashes.'SHA-1' = '2fd4e1c67a2d28fced849ee1bb76e7391b93eb12']",
      "[file:hashes.'SHA-256' = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855']",
      "[file:hashes.MD5 = 'd41d8cd98f00b204e9800998ecf8427e']",
      "[ipv4-addr:value = '45.77.120.18']",
      "[ipv6-addr:value = '2a05:d014:0:3::bad']",
      "[url:value = 'https://files.shipping-portal.top/doc.php?id=7']",
    ]);
    for (const i of indicators) {
      expect(parseStixPattern(String(i["pattern"])), String(i["pattern"])).toMatchObject({ ok: true });
      expect(i).toMatchObject({ pattern_type: "stix", valid_from: "2026-03-09T08:30:00.000Z" });
      expect(i["indicator_types"]).toEqual(["malicious-activity"]);
      expect(relationship(i, apt10())?.["relationship_type"]).toBe("indicates");
    }
    expect(named("indicator", "hxxps://files[.]shipping-portal[.]top/doc.php?id=7")).toBeDefined();
  });

  it("leaves out a reserved address: nothing a defender can block", () => {
    expect(JSON.stringify(bundle)).not.toContain("192.168.14.20");
  });

  it("lists the arsenal in the report's object_refs and passes the bundle checks", () => {
    const report = ofType("report").find((r) => r["name"] === "APT10 toolkit update")!;
    const refs = report["object_refs"] as string[];
    for (const type of ["malware", "tool", "vulnerability", "attack-pattern", "indicator"]) {
      expect(
        refs.some((id) => id.startsWith(`${type}--`)),
        type,
      ).toBe(true);
    }
    expect(checkStixBundle(bundle)).toEqual([]);
  });

  it("round-trips: export → import → export gives the same bundle", () => {
    const back = fromStixBundle(JSON.parse(JSON.stringify(bundle)));
    if (back.status !== "imported") throw new Error(back.reason);
    expect(JSON.stringify(toStixBundle(back.snapshot))).toBe(JSON.stringify(bundle));
  });

  it("reads another producer's arsenal objects by ATT&CK id, CVE and pattern", () => {
    const foreign = {
      type: "bundle",
      id: "bundle--0b5c8a34-4d0a-4b7e-9b2f-1f1a2b3c4d5e",
      objects: [
        {
          type: "malware",
          spec_version: "2.1",
          id: "malware--1b5c8a34-4d0a-4b7e-9b2f-1f1a2b3c4d5e",
          name: "Sogu",
          is_family: true,
          external_references: [{ source_name: "mitre-attack", external_id: "S0013" }],
        },
        {
          type: "indicator",
          spec_version: "2.1",
          id: "indicator--2b5c8a34-4d0a-4b7e-9b2f-1f1a2b3c4d5e",
          pattern: "[domain-name:value = 'x.shipping-portal.top']",
          pattern_type: "stix",
          valid_from: "2026-01-01T00:00:00Z",
        },
        {
          type: "report",
          spec_version: "2.1",
          id: "report--3b5c8a34-4d0a-4b7e-9b2f-1f1a2b3c4d5e",
          name: "Foreign",
          created: "2026-01-02T00:00:00.000Z",
          modified: "2026-01-02T00:00:00.000Z",
          published: "2026-01-02T00:00:00Z",
          object_refs: [
            "malware--1b5c8a34-4d0a-4b7e-9b2f-1f1a2b3c4d5e",
            "indicator--2b5c8a34-4d0a-4b7e-9b2f-1f1a2b3c4d5e",
          ],
        },
      ],
    };
    const back = fromStixBundle(foreign);
    if (back.status !== "imported") throw new Error(back.reason);
    expect(back.snapshot.reports[0]?.entities).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: "software", key: "S0013", softwareKind: "malware" }),
        expect.objectContaining({ kind: "indicator", key: "x.shipping-portal.top", indicatorKind: "domain" }),
      ]),
    );
  });
});
