// The entities one extraction names besides actors — sponsors, people, victims, the arsenal — each under a key
// stable across reports: a sponsor's gazetteer key ("cn-mss", "state:CN"), an ISO code, a normalised name, an
// ATT&CK id, a CVE, or an indicator's refanged value.
import type { ArsenalFindings, Extraction, SponsorFinding, VulnerabilityFinding } from "../core/index.ts";
import { defang } from "../pipeline/recognise/arsenal.ts";
import type { SnapshotEntity } from "./snapshot.ts";

/** Lower case, letters and digits only, possessives dropped: "China's MSS" → "china mss". */
export function nameKey(name: string): string {
  return name
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[’']s\b/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** The key of a sponsor: the recogniser's own, else one made from its name. */
export function sponsorKey(s: Pick<SponsorFinding, "key" | "name">): string {
  return s.key ?? `name:${nameKey(s.name)}`;
}

function merge(a: SnapshotEntity, b: SnapshotEntity): SnapshotEntity {
  if (a.kind === "person" && b.kind === "person") {
    const titles = [...new Set([...a.titles, ...b.titles])].sort();
    return { ...a, role: pickRole(a.role, b.role), titles };
  }
  if (a.kind === "sponsor" && b.kind === "sponsor") return { ...a, country: a.country ?? b.country };
  if (a.kind === "sector" && b.kind === "sector") return { ...a, sector: a.sector ?? b.sector };
  if (a.kind === "software" && b.kind === "software") {
    return { ...a, aliases: [...new Set([...a.aliases, ...b.aliases])].sort() };
  }
  if (a.kind === "vulnerability" && b.kind === "vulnerability")
    return { ...a, description: a.description ?? b.description };
  return a;
}

const ROLE_WEIGHT = { defendant: 3, official: 2, researcher: 1, other: 0 } as const;

/** A person who is a defendant anywhere is a defendant: the text made them an actor. */
function pickRole<R extends keyof typeof ROLE_WEIGHT>(a: R, b: R): R {
  return ROLE_WEIGHT[b] > ROLE_WEIGHT[a] ? b : a;
}

/** Collects entities by kind and key, merging what several findings say of one. */
export function createEntityIndex() {
  const entities = new Map<string, SnapshotEntity>();
  return {
    add(entity: SnapshotEntity): SnapshotEntity {
      const id = `${entity.kind}:${entity.key}`;
      const known = entities.get(id);
      const merged = known ? merge(known, entity) : entity;
      entities.set(id, merged);
      return merged;
    },
    has(kind: SnapshotEntity["kind"], key: string): boolean {
      return entities.has(`${kind}:${key}`);
    },
    /** Sorted by kind, then key. */
    list(): SnapshotEntity[] {
      return [...entities.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, e]) => e);
    },
  };
}

export type EntityIndex = ReturnType<typeof createEntityIndex>;

/** Adds the sponsors, people and victims of an extraction to the index. */
export function collectEntities(extraction: Extraction, index: EntityIndex): void {
  for (const actor of extraction.actors) {
    for (const s of actor.attributedTo) {
      index.add({ kind: "sponsor", key: sponsorKey(s), name: s.name, level: s.level, country: s.country });
    }
  }
  for (const p of extraction.persons) {
    index.add({ kind: "person", key: nameKey(p.name), name: p.name, role: p.role, titles: p.title ? [p.title] : [] });
  }
  for (const v of extraction.victimCountries) index.add({ kind: "country", key: v.code, name: v.name });
  for (const v of extraction.victimSectors) {
    index.add({ kind: "sector", key: nameKey(v.name), name: v.name, sector: v.sector });
  }
  for (const v of extraction.victimOrganisations)
    index.add({ kind: "organisation", key: nameKey(v.name), name: v.name });
  if (extraction.arsenal) collectArsenal(extraction.arsenal, index);
}

/** What a vulnerability's STIX description says: its popular name and the products the text names. */
function describeVulnerability(v: VulnerabilityFinding): string | null {
  const parts = [
    v.nickname ? `Known as ${v.nickname}.` : "",
    v.products.length > 0 ? `Reported in ${v.products.join(", ")}.` : "",
  ].filter((p) => p !== "");
  return parts.length > 0 ? parts.join(" ") : null;
}

/** The malware and tools, vulnerabilities, techniques and indicators (reserved addresses left out: nothing
 * to block) a report names, keyed as their claims point at them. */
function collectArsenal(arsenal: ArsenalFindings, index: EntityIndex): void {
  for (const s of arsenal.software) {
    index.add({ kind: "software", key: s.key, name: s.name, softwareKind: s.kind, aliases: [...s.aliases].sort() });
  }
  for (const v of arsenal.vulnerabilities) {
    index.add({ kind: "vulnerability", key: v.cve, name: v.cve, description: describeVulnerability(v) });
  }
  for (const t of arsenal.techniques) index.add({ kind: "technique", key: t.id, name: t.name ?? t.id });
  for (const i of arsenal.indicators) {
    if (i.reserved) continue;
    index.add({ kind: "indicator", key: i.value, name: defang(i.value, i.kind), indicatorKind: i.kind });
  }
}
