// The STIX objects of an actor's arsenal: malware and tool (with their ATT&CK software id), vulnerability
// (with its CVE reference), attack-pattern (with its ATT&CK technique id) and indicator (with a STIX pattern,
// valid from when a report first gave it). Each carries its Espial key as an external reference, as every
// entity does, so an import finds the same object again.
import type { SnapshotEntity } from "./snapshot.ts";
import { stixId } from "./ids.ts";
import type { StixExternalReference, StixObject } from "./objects.ts";
import { compact } from "./objects.ts";
import { common, type Provenance } from "./export-common.ts";
import { stixPatternOf } from "./pattern.ts";

type ArsenalEntity = Extract<SnapshotEntity, { kind: "software" | "vulnerability" | "technique" | "indicator" }>;

const espial = (key: string): StixExternalReference => ({ source_name: "espial", external_id: key });

/** The ATT&CK reference of a software (S0013) or technique (T1566.001) id. */
export function attackObjectReference(id: string): StixExternalReference {
  const path = id.startsWith("S") ? `software/${id}` : `techniques/${id.replace(".", "/")}`;
  return { source_name: "mitre-attack", external_id: id, url: `https://attack.mitre.org/${path}` };
}

/** The reference STIX 2.1 names for a CVE (source "cve", §4.15 vulnerability). */
export function cveReference(cve: string): StixExternalReference {
  return { source_name: "cve", external_id: cve, url: `https://www.cve.org/CVERecord?id=${cve}` };
}

/** The STIX object of an arsenal entity. */
export function arsenalObject(e: ArsenalEntity, p: Provenance): StixObject {
  const key = `${e.kind}:${e.key}`;
  switch (e.kind) {
    case "software": {
      const type = e.softwareKind === "tool" ? "tool" : "malware";
      return compact({
        ...common(type, stixId(type, key), p),
        name: e.name,
        ...(type === "malware" ? { is_family: true } : {}),
        aliases: e.aliases.filter((a) => a !== e.name),
        external_references: [espial(key), ...(/^S\d{4}$/.test(e.key) ? [attackObjectReference(e.key)] : [])],
      });
    }
    case "vulnerability":
      return compact({
        ...common("vulnerability", stixId("vulnerability", key), p),
        name: e.name,
        description: e.description,
        external_references: [espial(key), cveReference(e.key)],
      });
    case "technique":
      return {
        ...common("attack-pattern", stixId("attack-pattern", key), p),
        name: e.name,
        external_references: [espial(key), attackObjectReference(e.key)],
      };
    case "indicator":
      return {
        ...common("indicator", stixId("indicator", key), p),
        name: e.name,
        indicator_types: ["malicious-activity"],
        pattern: stixPatternOf(e.indicatorKind, e.key),
        pattern_type: "stix",
        valid_from: p.created,
        external_references: [espial(key)],
      };
  }
}

/** Is this entity part of the arsenal (it has its own object maker)? */
export function isArsenalEntity(e: SnapshotEntity): e is ArsenalEntity {
  return e.kind === "software" || e.kind === "vulnerability" || e.kind === "technique" || e.kind === "indicator";
}
