// Every exported object against the OASIS STIX 2.1 JSON schemas (../shared/data/stix2.1-schemas, loaded by
// their $id so that relative $refs resolve) and Espial's extension properties against our own schema; then
// what schemas cannot say (checkStixBundle) and the open vocabularies the OASIS schemas only list.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import ajvFormats from "ajv-formats";
import { createReportSource } from "../core/index.ts";
import { createAliasMatcher } from "../catalogue/index.ts";
import { extractReport } from "../pipeline/run.ts";
import { fixtureCatalogue, fixtureReports, readFixture } from "./fixtures/reports.ts";
import { ARSENAL_REPORTS } from "./fixtures/arsenal-reports.ts";
import { createStixSnapshot, type ReportInput } from "./snapshot-from-store.ts";
import { toStixBundle } from "./to-bundle.ts";
import { fromStixBundle } from "./from-bundle.ts";
import { checkStixBundle } from "./check.ts";
import { parseStixPattern } from "./pattern.ts";
import { espialExtensionJsonSchema } from "./extension-schema.ts";
import { ESPIAL_ACTION_TYPE, ESPIAL_EXTENSION_ID } from "./extension.ts";
import type { StixBundle, StixObject } from "./objects.ts";

const SHARED = resolve(import.meta.dirname, "..", "..", "..", "shared");
const SCHEMAS = join(SHARED, "data", "stix2.1-schemas");
const SEEDS = join(SHARED, "seeds");
const DEV = join(SHARED, "corpus", "dev");
const hasSchemas = existsSync(join(SCHEMAS, "common", "core.json"));
const BASE = "http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/";
const OWN_SCHEMA = join(import.meta.dirname, "espial-extension.schema.json");

/** The OASIS schema each type of object Espial writes is checked against; a new SDO only has the common ones. */
const SCHEMA_OF: Readonly<Record<string, string>> = {
  "extension-definition": "common/extension-definition.json",
  "marking-definition": "common/marking-definition.json",
  identity: "sdos/identity.json",
  "intrusion-set": "sdos/intrusion-set.json",
  "threat-actor": "sdos/threat-actor.json",
  location: "sdos/location.json",
  report: "sdos/report.json",
  malware: "sdos/malware.json",
  tool: "sdos/tool.json",
  vulnerability: "sdos/vulnerability.json",
  "attack-pattern": "sdos/attack-pattern.json",
  indicator: "sdos/indicator.json",
  relationship: "sros/relationship.json",
  [ESPIAL_ACTION_TYPE]: "common/core.json",
};

/** Which definition of our schema checks Espial's properties on each type of object. */
const OWN_DEF_OF: Readonly<Record<string, string>> = {
  relationship: "relationship-extension",
  report: "report-extension",
  "intrusion-set": "intrusion-set-extension",
  identity: "entity-extension",
  "threat-actor": "entity-extension",
};

function newAjv() {
  // The OASIS patterns use escapes the `u` flag refuses (`\-`); idn-hostname has no ajv-formats check.
  const ajv = new Ajv2020({ strict: false, allErrors: true, unicodeRegExp: false, logger: false });
  ajvFormats.default(ajv);
  return ajv;
}

function loadOasis() {
  const ajv = newAjv();
  for (const dir of ["common", "sdos", "sros", "observables"]) {
    for (const file of readdirSync(join(SCHEMAS, dir)).filter((f) => f.endsWith(".json"))) {
      ajv.addSchema(JSON.parse(readFileSync(join(SCHEMAS, dir, file), "utf8")) as object);
    }
  }
  return ajv;
}

const errorsOf = (v: ValidateFunction) => JSON.stringify(v.errors?.slice(0, 3));

/** The problems of one bundle against every schema; none when all is well. */
function validate(bundle: StixBundle, oasis: ReturnType<typeof loadOasis> | null): string[] {
  const own = newAjv().addSchema(JSON.parse(readFileSync(OWN_SCHEMA, "utf8")) as object, "espial");
  const problems = checkStixBundle(bundle);
  const check = (v: ValidateFunction | undefined, value: unknown, what: string) => {
    if (!v) problems.push(`${what}: no schema`);
    else if (!v(value)) problems.push(`${what}: ${errorsOf(v)}`);
  };
  if (oasis) {
    // The bundle envelope alone: OASIS bundle.json cannot place location or new-SDO objects (both core and
    // cyber-observable-core fit them, and its oneOf wants exactly one), so objects are checked one by one.
    check(oasis.getSchema(`${BASE}common/bundle.json`), { ...bundle, objects: bundle.objects.slice(0, 1) }, "bundle");
  }
  for (const o of bundle.objects) {
    const schema = SCHEMA_OF[o.type];
    if (!schema) problems.push(`${o.id}: Espial should not write ${o.type}`);
    else if (oasis) check(oasis.getSchema(BASE + schema), o, o.id);
    if (o.type === ESPIAL_ACTION_TYPE) check(own.getSchema("espial#/$defs/x-espial-action"), o, `${o.id} (ours)`);
    const ext = o.extensions?.[ESPIAL_EXTENSION_ID];
    if (ext && ext["extension_type"] === "property-extension") {
      check(own.getSchema(`espial#/$defs/${OWN_DEF_OF[o.type] ?? "none"}`), ext, `${o.id} extension (ours)`);
    }
  }
  return problems;
}

/** Values of the open vocabularies that are not the suggested ones, from the OASIS schemas' definitions. */
function outsideVocabularies(bundle: StixBundle): string[] {
  const definitions = (file: string) =>
    (JSON.parse(readFileSync(join(SCHEMAS, file), "utf8")) as { definitions: Record<string, { enum: string[] }> })
      .definitions;
  const identity = definitions("sdos/identity.json");
  const actor = definitions("sdos/threat-actor.json");
  const report = definitions("sdos/report.json");
  const rules: [string, string, readonly string[]][] = [
    ["identity", "identity_class", identity["identity-class-ov"]!.enum],
    ["identity", "sectors", identity["industry-sector-ov"]!.enum],
    ["threat-actor", "threat_actor_types", actor["threat-actor-type-ov"]!.enum],
    ["threat-actor", "roles", actor["threat-actor-role-ov"]!.enum],
    ["threat-actor", "resource_level", actor["attack-resource-level-ov"]!.enum],
    ["report", "report_types", report["report-type-ov"]!.enum],
    ["indicator", "indicator_types", definitions("sdos/indicator.json")["indicator-type-ov"]!.enum],
    ["indicator", "pattern_type", definitions("sdos/indicator.json")["pattern-type-ov"]!.enum],
  ];
  const out: string[] = [];
  for (const o of bundle.objects) {
    for (const [type, property, allowed] of rules) {
      if (o.type !== type || o[property] === undefined) continue;
      const values = ([] as unknown[]).concat(o[property]);
      for (const v of values) if (!allowed.includes(String(v))) out.push(`${o.id}.${property}: ${String(v)}`);
    }
  }
  return out;
}

/** The real reports of ../shared (seeds and dev corpus), read by the pipeline; never copied into the repository. */
function sharedReports(): ReportInput[] {
  const catalogue = fixtureCatalogue();
  const matcher = createAliasMatcher(catalogue);
  const files = [SEEDS, DEV].filter(existsSync).flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith(".txt"))
      .map((f) => join(dir, f)),
  );
  return files.map((path, i) => {
    const text = readFileSync(path, "utf8");
    const goldFile = path.replace(/\.txt$/, ".gold.json");
    const gold = existsSync(goldFile)
      ? (JSON.parse(readFileSync(goldFile, "utf8")) as { source?: { published?: string | null } })
      : {};
    const source = createReportSource({
      origin: path.split("/").pop() ?? path,
      published: gold.source?.published ?? null,
      kind: "press",
    });
    const { extraction } = extractReport({ source, text }, { catalogue, matcher });
    return {
      id: `seed-${i}`,
      contentHash: "1".repeat(64),
      source,
      extraction,
      ingestedAt: `2026-04-0${(i % 9) + 1}T12:00:00.000Z`,
    };
  });
}

describe("Espial's extension schema", () => {
  it("is the committed espial-extension.schema.json, generated from the zod schemas", () => {
    expect(JSON.parse(readFileSync(OWN_SCHEMA, "utf8"))).toEqual(espialExtensionJsonSchema());
  });
});

describe.skipIf(!hasSchemas)(
  hasSchemas
    ? "the OASIS STIX 2.1 JSON schemas"
    : "the OASIS STIX 2.1 JSON schemas — skipped: ../shared/data/stix2.1-schemas is absent",
  () => {
    let oasis: ReturnType<typeof loadOasis>;
    let bundle: StixBundle;
    beforeAll(() => {
      oasis = loadOasis();
      const reports = [...fixtureReports(), ...ARSENAL_REPORTS.map(readFixture)];
      bundle = toStixBundle(createStixSnapshot({ reports, catalogue: fixtureCatalogue() }));
    });

    it("accept every object of an export, and ours accepts Espial's properties", () => {
      expect(validate(bundle, oasis)).toEqual([]);
    });

    it("accept the arsenal: malware, tool, vulnerability, attack-pattern, indicator with a parsed pattern", () => {
      for (const type of ["malware", "tool", "vulnerability", "attack-pattern", "indicator"]) {
        expect(
          bundle.objects.some((o) => o.type === type),
          type,
        ).toBe(true);
      }
      const indicators = bundle.objects.filter((o) => o.type === "indicator");
      for (const o of indicators) expect(parseStixPattern(String(o["pattern"])).ok, String(o["pattern"])).toBe(true);
      const broken = indicators.map((o) => ({ ...o, pattern: "[ipv4-addr:value = 45.77.120.18]" }));
      expect(
        validate({ ...bundle, objects: [...bundle.objects.filter((o) => o.type !== "indicator"), ...broken] }, oasis),
      ).toEqual(expect.arrayContaining([expect.stringMatching(/pattern is not a STIX 2.1 pattern/)]));
    });

    it("list the values Espial uses for the open vocabularies", () => {
      expect(outsideVocabularies(bundle)).toEqual([]);
    });

    it("catch an object that breaks them (the check is not vacuous)", () => {
      const broken: StixObject[] = bundle.objects.map((o) =>
        o.type === "report"
          ? { ...o, published: "20 December 2018" }
          : o.type === ESPIAL_ACTION_TYPE
            ? { ...o, certainty: "sure" }
            : o,
      );
      const problems = validate({ ...bundle, objects: broken }, oasis);
      expect(problems.some((p) => p.startsWith("report--"))).toBe(true);
      expect(problems.some((p) => p.includes("(ours)"))).toBe(true);
    });

    it.skipIf(!existsSync(SEEDS))("accept the export of the seed and dev reports, which round-trips", () => {
      const seeds = toStixBundle(createStixSnapshot({ reports: sharedReports(), catalogue: fixtureCatalogue() }));
      expect(seeds.objects.filter((o) => o.type === "report").length).toBeGreaterThan(0);
      expect(validate(seeds, oasis)).toEqual([]);
      expect(outsideVocabularies(seeds)).toEqual([]);
      for (const o of seeds.objects.filter((x) => x.type === "indicator")) {
        expect(parseStixPattern(String(o["pattern"])).ok, String(o["pattern"])).toBe(true);
      }
      const back = fromStixBundle(JSON.parse(JSON.stringify(seeds)));
      if (back.status !== "imported") throw new Error(back.reason);
      expect(JSON.stringify(toStixBundle(back.snapshot))).toBe(JSON.stringify(seeds));
    });
  },
);
