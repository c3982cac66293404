import { beforeAll, describe, expect, it } from "vitest";
import { fixtureCatalogue, fixtureReports } from "./fixtures/reports.ts";
import { createStixSnapshot } from "./snapshot-from-store.ts";
import { toStixBundle } from "./to-bundle.ts";
import type { StixBundle, StixObject } from "./objects.ts";
import type { StixSnapshot } from "./snapshot.ts";
import { stixId } from "./ids.ts";
import { ESPIAL_EXTENSION_ID, ESPIAL_PROJECT_IDENTITY_ID } from "./extension.ts";
import { TLP_MARKING_IDS } from "./markings.ts";
import { fitsSpec } from "./relationship-types.ts";

let snapshot: StixSnapshot;
let bundle: StixBundle;

beforeAll(() => {
  snapshot = createStixSnapshot({ reports: fixtureReports(), catalogue: fixtureCatalogue() });
  bundle = toStixBundle(snapshot);
});

const all = (type: string) => bundle.objects.filter((o) => o.type === type);
const named = (type: string, name: string): StixObject => {
  const found = bundle.objects.find((o) => o.type === type && o["name"] === name);
  if (!found) throw new Error(`no ${type} named ${name}`);
  return found;
};
const ext = (o: StixObject) => o.extensions?.[ESPIAL_EXTENSION_ID] ?? {};
const relationships = (source: StixObject, target: StixObject) =>
  all("relationship").filter((r) => r["source_ref"] === source.id && r["target_ref"] === target.id);
const reportOf = (title: string) => named("report", title);

describe("toStixBundle: the objects", () => {
  it("opens with the extension definition, its maker, the instance and the TLP 2.0 markings used", () => {
    expect(bundle.objects.slice(0, 3).map((o) => o.id)).toEqual([
      ESPIAL_PROJECT_IDENTITY_ID,
      ESPIAL_EXTENSION_ID,
      stixId("identity", "instance:Espial"),
    ]);
    const definition = bundle.objects[1];
    expect(definition).toMatchObject({
      type: "extension-definition",
      created_by_ref: ESPIAL_PROJECT_IDENTITY_ID,
      version: "1.0.0",
      extension_types: ["new-sdo", "property-extension"],
    });
    expect(String(definition?.["schema"])).toMatch(/^https:\/\/.+\.schema\.json$/);
    expect(all("marking-definition").map((m) => m["name"])).toEqual(["TLP:CLEAR", "TLP:GREEN", "TLP:AMBER", "TLP:RED"]);
    expect(all("marking-definition").map((m) => m.id)).toContain(
      "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487",
    );
  });

  it("makes an intrusion-set per actor with its names, ATT&CK and MISP references", () => {
    const apt10 = named("intrusion-set", "APT10");
    expect(apt10["aliases"]).toEqual(expect.arrayContaining(["Stone Panda", "menuPass", "POTASSIUM"]));
    expect(apt10.external_references).toEqual(
      expect.arrayContaining([
        { source_name: "mitre-attack", external_id: "G0045", url: "https://attack.mitre.org/groups/G0045" },
        expect.objectContaining({ source_name: "misp-galaxy", external_id: "56b37b05-72e7-4a89-ba8a-61ce45269a8c" }),
        { source_name: "espial", external_id: "actor:attack:G0045" },
      ]),
    );
    expect(apt10["first_seen"]).toBe("2014-01-01T00:00:00.000Z");
    const names = ext(apt10)["names"] as { name: string; sources?: { dataset: string }[] }[];
    expect(names.find((n) => n.name === "menuPass")?.sources?.map((s) => s.dataset)).toEqual(["attack"]);
  });

  it("keeps an actor the catalogue lacks, unconfirmed, with the vendor whose scheme names it", () => {
    const mossy = named("intrusion-set", "Mossy Typhoon");
    expect(ext(mossy)).toMatchObject({ unconfirmed: true, naming_vendor: "Microsoft" });
    expect(mossy.external_references?.map((r) => r.source_name)).toEqual(["espial"]);
  });

  it("makes defendants threat actors the intrusion set is attributed to, and officials identities", () => {
    const zhu = named("threat-actor", "Zhu Hua");
    expect(zhu).toMatchObject({ threat_actor_types: ["nation-state"], roles: ["agent"], resource_level: "individual" });
    expect(ext(zhu)).toMatchObject({ person_role: "defendant" });
    const [membership] = relationships(named("intrusion-set", "APT10"), zhu);
    expect(membership).toMatchObject({
      relationship_type: "attributed-to",
      description: "Zhu Hua is a member of APT10.",
    });
    expect(ext(membership!)).toMatchObject({ predicate: "member-of" });
    const wray = named("identity", "Christopher Wray");
    expect(wray).toMatchObject({ identity_class: "individual" });
    expect(all("threat-actor").some((t) => t["name"] === "Christopher Wray")).toBe(false);
  });

  it("attributes an intrusion set to a sponsor's persona, which is the sponsor's identity, located in its state", () => {
    const mss = named("identity", "China's Ministry of State Security");
    expect(mss).toMatchObject({ identity_class: "organization", sectors: ["government-national"] });
    expect(ext(mss)).toMatchObject({ sponsor_level: "agency", country: "CN" });
    const persona = named("threat-actor", "China's Ministry of State Security");
    expect(persona).toMatchObject({ threat_actor_types: ["nation-state"], roles: ["director"] });
    const [attribution] = relationships(named("intrusion-set", "APT10"), persona);
    expect(attribution?.["relationship_type"]).toBe("attributed-to");
    const claims = ext(attribution!)["claims"] as {
      certainty: string;
      status: string;
      negated: boolean;
      evidence?: { sentence: string };
    }[];
    expect(claims.map((c) => [c.certainty, c.status, c.negated])).toEqual([["confirmed", "done", false]]);
    expect(claims[0]?.evidence?.sentence).toContain("on behalf of");
    expect(relationships(persona, mss).map((r) => r["relationship_type"])).toEqual(["attributed-to"]);
    const china = all("location").find((l) => l["country"] === "CN");
    expect(relationships(mss, china!).map((r) => r["relationship_type"])).toEqual(["located-at"]);
    const unit = named("identity", "Tianjin State Security Bureau");
    const [chain] = relationships(unit, mss);
    expect(chain?.["relationship_type"]).toBe("related-to");
    expect(ext(chain!)).toMatchObject({ predicate: "part-of" });
  });

  it("makes victims locations and identities the intrusion set targets, sectors from the STIX vocabulary", () => {
    const apt10 = named("intrusion-set", "APT10");
    const japan = all("location").find((l) => l["country"] === "JP");
    expect(japan).toMatchObject({ name: "Japan", country: "JP" });
    expect(relationships(apt10, japan!).map((r) => r["relationship_type"])).toEqual(["targets"]);
    const msp = named("identity", "managed service providers");
    expect(msp).toMatchObject({ identity_class: "class", sectors: ["technology"] });
    expect(ext(relationships(apt10, msp)[0]!)).toMatchObject({ predicate: "targets" });
  });

  it("makes each legal or diplomatic action an x-espial-action of Espial's extension", () => {
    const indictment = all("x-espial-action").find(
      (a) => a["action_type"] === "indictment" && a["action_date"] === "2018-12-20",
    );
    expect(indictment).toMatchObject({
      action_kind: "complaint-unsealed",
      certainty: "confirmed",
      status: "done",
      negated: false,
      extensions: { [ESPIAL_EXTENSION_ID]: { extension_type: "new-sdo" } },
    });
    expect(indictment?.["against_refs"]).toEqual(
      expect.arrayContaining([named("intrusion-set", "APT10").id, named("threat-actor", "Zhu Hua").id]),
    );
    expect((indictment?.["evidence"] as { sentence: string }).sentence).toContain("unsealed an indictment");
  });

  it("keeps a denied fact as related-to, saying so, with the negated claim", () => {
    const apt31 = named("intrusion-set", "APT31");
    const finland = all("location").find((l) => l["country"] === "FI");
    const [denied] = relationships(apt31, finland!);
    expect(denied).toMatchObject({
      relationship_type: "related-to",
      description: "The report denies that APT31 targets Finland.",
    });
    expect(ext(denied!)).toMatchObject({ predicate: "targets", claims: [expect.objectContaining({ negated: true })] });
  });

  it("makes a report per stored report, referring to all it supports, with its URL and metadata", () => {
    const report = reportOf("Two men charged over hacks of cloud providers");
    expect(report).toMatchObject({
      published: "2018-12-20T00:00:00.000Z",
      created: "2026-03-02T09:15:00.000Z",
      modified: "2026-03-02T09:15:00.000Z",
      report_types: ["threat-report"],
      object_marking_refs: [TLP_MARKING_IDS.clear],
    });
    expect(report.external_references).toContainEqual({
      source_name: "Example News",
      url: "https://news.example.org/apt10-charges",
    });
    const refs = report["object_refs"] as string[];
    for (const o of [
      named("intrusion-set", "APT10"),
      named("threat-actor", "Zhu Hua"),
      named("identity", "Christopher Wray"),
    ]) {
      expect(refs).toContain(o.id);
    }
    expect(ext(report)).toMatchObject({
      source_kind: "press",
      outlet: "Example News",
      actor_mentions: [expect.objectContaining({ names: ["APT10", "Stone Panda"] })],
    });
    expect(ext(report)["activity_periods"]).toEqual([
      expect.objectContaining({ period_start: "2014", actor_ref: named("intrusion-set", "APT10").id }),
    ]);
  });

  it("lets a report that names nothing refer to the instance that read it", () => {
    expect(reportOf("A quiet week")["object_refs"]).toEqual([stixId("identity", "instance:Espial")]);
  });

  it("uses for each pair a relationship type STIX 2.1 defines, else related-to", () => {
    for (const r of all("relationship")) {
      const [source, target] = [String(r["source_ref"]).split("--")[0]!, String(r["target_ref"]).split("--")[0]!];
      expect(
        fitsSpec(String(r["relationship_type"]), source, target),
        `${String(r["relationship_type"])} ${source}→${target}`,
      ).toBe(true);
    }
  });
});

describe("toStixBundle: markings and dates", () => {
  it("marks what one report supports with its TLP, and a shared name with the least restrictive", () => {
    const lazarus = named("intrusion-set", "Lazarus Group");
    expect(lazarus.object_marking_refs).toEqual([TLP_MARKING_IDS.amber]);
    expect(reportOf("Vendor names new cluster").object_marking_refs).toEqual([TLP_MARKING_IDS.red]);
    const germany = all("location").find((l) => l["country"] === "DE");
    expect(germany?.object_marking_refs).toEqual([TLP_MARKING_IDS.clear]);
    const agencies = named("identity", "government agencies");
    expect(agencies.object_marking_refs).toEqual([TLP_MARKING_IDS.green]);
  });

  it("dates a shared object from the first and last ingestion of the reports naming it", () => {
    const germany = all("location").find((l) => l["country"] === "DE");
    expect(germany).toMatchObject({ created: "2026-03-02T09:15:00.000Z", modified: "2026-03-03T11:00:00.000Z" });
  });

  it("leaves out reports above --max-tlp, and what only they support", () => {
    const shared = toStixBundle(snapshot, { maxTlp: "green" });
    expect(shared.objects.filter((o) => o.type === "report")).toHaveLength(3);
    expect(shared.objects.some((o) => o["name"] === "Lazarus Group" || o["name"] === "Mossy Typhoon")).toBe(false);
    expect(shared.objects.filter((o) => o.type === "marking-definition").map((m) => m["name"])).toEqual([
      "TLP:CLEAR",
      "TLP:GREEN",
    ]);
  });
});

describe("toStixBundle: determinism", () => {
  it("gives the same bundle for the same snapshot, whatever the order of the reports", () => {
    const again = toStixBundle(
      createStixSnapshot({ reports: fixtureReports().reverse(), catalogue: fixtureCatalogue() }),
    );
    expect(JSON.stringify(again)).toBe(JSON.stringify(bundle));
  });

  it("derives ids from a fixed namespace: an actor's id never changes", () => {
    expect(named("intrusion-set", "APT10").id).toBe("intrusion-set--857f3ff8-50bc-5301-95e8-93fcbfad8a1c");
  });

  it("writes spec_version 2.1 on every object and names the instance as creator of everything it made", () => {
    expect(bundle.objects.every((o) => o.spec_version === "2.1")).toBe(true);
    const made = bundle.objects.slice(3).filter((o) => o.type !== "marking-definition");
    expect(made.length).toBeGreaterThan(50);
    expect(made.every((o) => o.created_by_ref === stixId("identity", "instance:Espial"))).toBe(true);
    expect(toStixBundle(snapshot, { instanceName: "Espial (team CTI)" }).objects[2]?.["name"]).toBe(
      "Espial (team CTI)",
    );
  });
});
