// What an import knows of every object in a bundle: its Espial key — the one an Espial export wrote in an
// external reference (source "espial"), or one made from what any producer gives (an ATT&CK id, a country
// code, an identity's class and name) — and the actor or entity it stands for.
import countries from "i18n-iso-countries";
import { STIX_SECTORS, isOneOf } from "../core/index.ts";
import type { EntityPointer, SnapshotActor, SnapshotEntity, SnapshotNameSource } from "./snapshot.ts";
import { SNAPSHOT_ENTITY_KINDS } from "./snapshot.ts";
import { espialProperties } from "./extension.ts";
import { entityExtensionSchema, intrusionSetExtensionSchema } from "./extension-schema.ts";
import { ESPIAL_SOURCE } from "./export-entity-objects.ts";
import { nameKey } from "./snapshot-entities.ts";
import { indicatorOfPattern } from "./pattern.ts";
import type { StixExternalReference, StixObject } from "./objects.ts";

const str = (v: unknown): string | null => (typeof v === "string" && v.trim() !== "" ? v : null);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);

export function referencesOf(o: StixObject): StixExternalReference[] {
  const refs = Array.isArray(o.external_references) ? (o.external_references as unknown[]) : [];
  return refs.filter(
    (r): r is StixExternalReference =>
      typeof r === "object" && r !== null && typeof (r as { source_name?: unknown }).source_name === "string",
  );
}

/** The Espial key an export wrote on the object ("actor:attack:G0045", "report:ab12…"), if any. */
export function espialKeyOf(o: StixObject): string | null {
  return str(referencesOf(o).find((r) => r.source_name === ESPIAL_SOURCE)?.external_id);
}

function attackIdsOf(o: StixObject): string[] {
  return referencesOf(o)
    .filter((r) => r.source_name === "mitre-attack" && /^G\d{4}$/.test(r.external_id ?? ""))
    .map((r) => r.external_id ?? "");
}

/** The key of an object's actor or entity: Espial's own, else one made from what the object says. */
export function keyOf(o: StixObject): string | null {
  const own = espialKeyOf(o);
  if (own) return own;
  const name = str(o["name"]);
  switch (o.type) {
    case "intrusion-set": {
      const attack = attackIdsOf(o)[0];
      return attack ? `actor:attack:${attack}` : `actor:stix:${o.id}`;
    }
    case "threat-actor":
      return `actor:stix:${o.id}`;
    case "location": {
      const country = str(o["country"])?.toUpperCase();
      return country && /^[A-Z]{2}$/.test(country) ? `country:${country}` : null;
    }
    case "identity": {
      const cls = o["identity_class"];
      if (!name || cls === "system") return null;
      const kind = cls === "individual" ? "person" : cls === "class" ? "sector" : "organisation";
      return `${kind}:${nameKey(name)}`;
    }
    case "malware":
    case "tool": {
      const attack = referencesOf(o).find(
        (r) => r.source_name === "mitre-attack" && /^S\d{4}$/.test(r.external_id ?? ""),
      );
      if (attack?.external_id) return `software:${attack.external_id}`;
      return name ? `software:name:${nameKey(name)}` : null;
    }
    case "vulnerability": {
      const cve = referencesOf(o).find((r) => r.source_name === "cve")?.external_id ?? name ?? "";
      return /^CVE-\d{4}-\d{4,}$/i.test(cve) ? `vulnerability:${cve.toUpperCase()}` : null;
    }
    case "attack-pattern": {
      const id = referencesOf(o).find(
        (r) => r.source_name === "mitre-attack" && /^T\d{4}(?:\.\d{3})?$/.test(r.external_id ?? ""),
      )?.external_id;
      return id ? `technique:${id}` : null;
    }
    case "indicator": {
      const found = o["pattern_type"] === "stix" ? indicatorOfPattern(String(o["pattern"])) : null;
      return found ? `indicator:${found.value}` : null;
    }
    default:
      return null;
  }
}

/** "sponsor:state:CN" → { kind: "sponsor", key: "state:CN" }. */
export function pointerOfKey(key: string): EntityPointer | null {
  const at = key.indexOf(":");
  const kind = key.slice(0, at);
  if (at < 0 || (kind !== "actor" && !isOneOf(SNAPSHOT_ENTITY_KINDS, kind))) return null;
  return { kind, key: key.slice(at + 1) };
}

export function actorOf(o: StixObject, key: string): SnapshotActor {
  const ext = intrusionSetExtensionSchema.safeParse(espialProperties(o));
  const name = str(o["name"]) ?? key;
  const names = ext.success
    ? ext.data.names.map((n) => ({
        name: n.name,
        sources: (n.sources ?? []).map((s): SnapshotNameSource => ({
          dataset: s.dataset,
          id: s.source_id ?? "",
          vendor: s.vendor ?? null,
        })),
      }))
    : [...new Set([name, ...strings(o["aliases"])])].map((n) => ({ name: n, sources: [] }));
  return {
    key,
    name,
    names,
    attackIds: attackIdsOf(o),
    mispUuid: str(referencesOf(o).find((r) => r.source_name === "misp-galaxy")?.external_id),
    country: ext.success ? (ext.data.country ?? null) : null,
    unconfirmed: ext.success ? ext.data.unconfirmed : false,
    namingVendor: ext.success ? (ext.data.naming_vendor ?? null) : null,
  };
}

/** The entity an object stands for; null for a sponsor's threat-actor persona (the identity is the sponsor). */
export function entityOf(o: StixObject, p: EntityPointer): SnapshotEntity | null {
  const parsed = entityExtensionSchema.safeParse(espialProperties(o));
  const ext = parsed.success ? parsed.data : null;
  const name = str(o["name"]) ?? p.key;
  switch (p.kind) {
    case "actor":
      return null;
    case "sponsor":
      if (o.type !== "identity") return null;
      return {
        kind: "sponsor",
        key: p.key,
        name,
        level: ext?.sponsor_level ?? "agency",
        country: ext?.country ?? null,
      };
    case "person": {
      const role = ext?.person_role ?? (o.type === "threat-actor" ? "defendant" : "other");
      return {
        kind: "person",
        key: p.key,
        name,
        role,
        titles: ext?.titles ?? (o.type === "identity" ? strings(o["roles"]) : []),
      };
    }
    case "organisation":
      return { kind: "organisation", key: p.key, name };
    case "sector": {
      const sector = strings(o["sectors"]).find((s) => isOneOf(STIX_SECTORS, s));
      return { kind: "sector", key: p.key, name, sector: sector && isOneOf(STIX_SECTORS, sector) ? sector : null };
    }
    case "country":
      return {
        kind: "country",
        key: p.key,
        name: str(o["name"]) ?? countries.getName(p.key, "en", { select: "alias" }) ?? p.key,
      };
    case "software":
      if (o.type !== "malware" && o.type !== "tool") return null;
      return { kind: "software", key: p.key, name, softwareKind: o.type, aliases: strings(o["aliases"]).sort() };
    case "vulnerability":
      return { kind: "vulnerability", key: p.key, name, description: str(o["description"]) };
    case "technique":
      return { kind: "technique", key: p.key, name };
    case "indicator": {
      const found = indicatorOfPattern(String(o["pattern"]));
      return found ? { kind: "indicator", key: p.key, name, indicatorKind: found.kind } : null;
    }
  }
}

/** The bundle's objects by id, with the pointer each one stands for. */
export function createImportIndex(objects: readonly StixObject[]) {
  const byId = new Map(objects.map((o) => [o.id, o]));
  const pointers = new Map<string, EntityPointer>();
  for (const o of objects) {
    const key = keyOf(o);
    const p = key ? pointerOfKey(key) : null;
    if (p) pointers.set(o.id, p);
  }
  return {
    object: (id: string) => byId.get(id),
    pointer: (id: string) => pointers.get(id),
    objects,
  };
}

export type ImportIndex = ReturnType<typeof createImportIndex>;
