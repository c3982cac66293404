// Builds the catalogue data from MISP galaxy and ATT&CK: one actor per MISP entry (with the ATT&CK groups
// it holds) and one per ATT&CK group no MISP entry holds. Every name keeps where it came from; names that
// several actors claim stay on each of them (ambiguous, never merged); disputed overlaps become
// "possibly the same as" links. Deterministic: the same inputs give the same value, in the same order.
// Keys: `attack:G####` (the group with the strongest link) when the actor has an ATT&CK id, else `misp:<uuid>`.
// Display name: MISP's value when there is a MISP entry (analysts' usual name: APT10, not ATT&CK's menuPass),
// else ATT&CK's name; of spellings equal ignoring case, the mixed-case one (Stone Panda, not STONE PANDA).
import {
  CATALOGUE_FORMAT,
  type CatalogueFile,
  type CatalogueFileActor,
  type CatalogueFileName,
  type CatalogueFileSoftware,
  type SameAsVia,
} from "../schema.ts";
import {
  assignGroups,
  findLinks,
  groupNames,
  IDENTITY_RELATIONS,
  indexGroups,
  mispNames,
  type GroupIndex,
} from "./link.ts";
import type { AttackGroup, AttackSoftware, CatalogueSources, MispValue } from "./sources.ts";
import { SAME_AS_VIA } from "../schema.ts";

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const isAllCaps = (s: string) => s === s.toUpperCase() && s !== s.toLowerCase();

interface RawName {
  readonly name: string;
  readonly from: string;
  readonly vendor?: string;
  /** Lower wins the display form among names equal ignoring case. */
  readonly rank: number;
}

/** Merges names equal ignoring case: the display form prefers mixed case, then MISP's value, then ATT&CK. */
export function mergeNames(raw: readonly RawName[], canonical: string): CatalogueFileName[] {
  const groups = new Map<string, RawName[]>();
  for (const n of raw) groups.set(n.name.toLowerCase(), [...(groups.get(n.name.toLowerCase()) ?? []), n]);
  const merged = [...groups.values()].map((variants) => {
    const best = [...variants].sort(
      (a, b) => Number(isAllCaps(a.name)) - Number(isAllCaps(b.name)) || a.rank - b.rank,
    )[0]!;
    const from = [...new Set(variants.map((v) => v.from))].sort(byCodePoint);
    const vendor = variants.find((v) => v.vendor)?.vendor;
    return vendor ? { name: best.name, from, vendor } : { name: best.name, from };
  });
  const canon = canonical.toLowerCase();
  return merged.sort(
    (a, b) =>
      Number(b.name.toLowerCase() === canon) - Number(a.name.toLowerCase() === canon) ||
      byCodePoint(a.name.toLowerCase(), b.name.toLowerCase()) ||
      byCodePoint(a.name, b.name),
  );
}

function vendorsOf(value: MispValue): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(value.meta ?? {})) {
    if (k.startsWith("origin:") && typeof v === "string") out.set(k.slice(7).trim().toLowerCase(), v.trim());
  }
  return out;
}

function mispRawNames(value: MispValue): RawName[] {
  const vendors = vendorsOf(value);
  return mispNames(value).map((name, i) => {
    const vendor = vendors.get(name.toLowerCase());
    return { name, from: "misp", rank: i === 0 ? 0 : 2, ...(vendor ? { vendor } : {}) };
  });
}

function attackRawNames(index: GroupIndex, gid: string): RawName[] {
  return groupNames(index, gid).map((n) => ({ name: n.name, from: `attack:${n.from}`, rank: 1 }));
}

const stringMeta = (value: MispValue, key: string): string | null => {
  const v = value.meta?.[key];
  return typeof v === "string" && v.trim() ? v.trim() : null;
};

function mispActor(value: MispValue, held: readonly string[], index: GroupIndex): CatalogueFileActor {
  const country = stringMeta(value, "country");
  const sponsor = stringMeta(value, "cfr-suspected-state-sponsor");
  const revoked = held.flatMap((gid) => index.revokedInto(gid).map((g) => g.external_id)).sort(byCodePoint);
  const raw = [...mispRawNames(value), ...held.flatMap((gid) => attackRawNames(index, gid))];
  const names = mergeNames(raw, value.value.trim());
  return {
    key: held[0] ? `attack:${held[0]}` : `misp:${value.uuid}`,
    name: names[0]!.name,
    attack: [...held],
    ...(revoked.length ? { attackRevoked: revoked } : {}),
    misp: value.uuid,
    country: country && /^[A-Z]{2}$/.test(country) ? country : null,
    sponsor: sponsor && sponsor !== "Unknown" ? sponsor : null,
    names,
  };
}

function attackActor(group: AttackGroup, index: GroupIndex): CatalogueFileActor {
  const revoked = index
    .revokedInto(group.external_id)
    .map((g) => g.external_id)
    .sort(byCodePoint);
  return {
    key: `attack:${group.external_id}`,
    name: group.name.trim(),
    attack: [group.external_id],
    ...(revoked.length ? { attackRevoked: revoked } : {}),
    misp: null,
    country: null,
    sponsor: null,
    ...(group.x_mitre_deprecated ? { deprecated: true as const } : {}),
    names: mergeNames(attackRawNames(index, group.external_id), group.name.trim()),
  };
}

function software(records: readonly AttackSoftware[]): CatalogueFileSoftware[] {
  const byId = new Map(records.map((r) => [r.external_id, r]));
  const extra = new Map<string, string[]>();
  for (const r of records) {
    if (!r.revoked || !r.revoked_by) continue;
    const to = r.revoked_by.external_id;
    if (byId.has(to)) extra.set(to, [...(extra.get(to) ?? []), r.name, ...r.x_mitre_aliases]);
  }
  return records
    .filter((r) => !r.revoked)
    .map((r) => {
      const seen = new Set([r.name.trim().toLowerCase()]);
      const aliases = [...r.x_mitre_aliases, ...(extra.get(r.external_id) ?? [])]
        .map((a) => a.trim())
        .filter((a) => a && !seen.has(a.toLowerCase()) && seen.add(a.toLowerCase()));
      return {
        id: r.external_id,
        type: r.type,
        name: r.name.trim(),
        aliases,
        ...(r.x_mitre_deprecated ? { deprecated: true as const } : {}),
      };
    })
    .sort((a, b) => byCodePoint(a.id, b.id));
}

/** Builds the catalogue data (the content of data/catalogue.json) from the two datasets. */
export function buildCatalogue(sources: CatalogueSources): CatalogueFile {
  const groups = sources.attack.filter((r): r is AttackGroup => r.type === "intrusion-set");
  const index = indexGroups(groups);
  const values = [...sources.misp.values].sort((a, b) => byCodePoint(a.uuid, b.uuid));
  const links = findLinks(values, index);
  const holderOf = assignGroups(links);
  const scoreOf = new Map(links.map((l) => [`${l.misp} ${l.gid}`, l.score]));
  const held = new Map<string, string[]>();
  for (const [gid, misp] of holderOf) held.set(misp, [...(held.get(misp) ?? []), gid]);
  const order = (misp: string) => (a: string, b: string) =>
    (scoreOf.get(`${misp} ${b}`) ?? 0) - (scoreOf.get(`${misp} ${a}`) ?? 0) || byCodePoint(a, b);
  const actors = [
    ...values.map((v) => mispActor(v, [...(held.get(v.uuid) ?? [])].sort(order(v.uuid)), index)),
    ...[...index.active.values()].filter((g) => !holderOf.has(g.external_id)).map((g) => attackActor(g, index)),
  ];
  const keyOfMisp = new Map(actors.filter((a) => a.misp).map((a) => [a.misp!, a.key]));
  const keyOfGroup = (gid: string) => {
    const misp = holderOf.get(gid);
    return misp ? keyOfMisp.get(misp) : `attack:${gid}`;
  };
  const sameAs = collectSameAs(values, links, { keyOfMisp, keyOfGroup, index });
  const withLinks = actors.map((a) => {
    const list = sameAs.get(a.key);
    return list?.length ? { ...a, possiblySameAs: list } : a;
  });
  const software_ = sources.attack.filter((r): r is AttackSoftware => r.type === "malware" || r.type === "tool");
  return {
    format: CATALOGUE_FORMAT,
    sources: {
      misp: { uuid: sources.misp.uuid, version: sources.misp.version },
      attack: { domain: "enterprise-attack", version: sources.attackVersion },
    },
    actors: withLinks.sort((a, b) => byCodePoint(a.key, b.key)),
    software: software(software_),
  };
}

interface KeyLookup {
  readonly keyOfMisp: ReadonlyMap<string, string>;
  readonly keyOfGroup: (gid: string) => string | undefined;
  readonly index: GroupIndex;
}

/** "Possibly the same as": MISP relations between entries, and G-numbers a MISP entry lists but does not hold. */
function collectSameAs(values: readonly MispValue[], links: ReturnType<typeof findLinks>, keys: KeyLookup) {
  const out = new Map<string, Map<string, SameAsVia>>();
  const add = (a: string | undefined, b: string | undefined, via: SameAsVia) => {
    if (!a || !b || a === b) return;
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      const m = out.get(x) ?? new Map<string, SameAsVia>();
      const prev = m.get(y);
      if (!prev || SAME_AS_VIA.indexOf(via) < SAME_AS_VIA.indexOf(prev)) m.set(y, via);
      out.set(x, m);
    }
  };
  for (const v of values) {
    const self = keys.keyOfMisp.get(v.uuid);
    for (const r of v.related ?? []) {
      if (!IDENTITY_RELATIONS.has(r.type)) continue;
      const dest = r["dest-uuid"];
      const gid = keys.index.gidByUuid.get(dest);
      const target = gid ? keys.keyOfGroup(keys.index.successor(gid) ?? gid) : keys.keyOfMisp.get(dest);
      add(self, target, `misp:${r.type}` as SameAsVia);
    }
  }
  for (const l of links) if (l.byId) add(keys.keyOfMisp.get(l.misp), keys.keyOfGroup(l.gid), "attack-id");
  // An entry named like a revoked ATT&CK group ("UNC2452") is the group ATT&CK merged it into (APT29).
  const revokedInto = new Map<string, string>();
  for (const g of keys.index.all.values()) {
    const to = g.revoked ? keys.index.successor(g.external_id) : undefined;
    if (to) revokedInto.set(g.name.trim().toLowerCase(), to);
  }
  for (const v of values) {
    const to = revokedInto.get(v.value.trim().toLowerCase());
    if (to) add(keys.keyOfMisp.get(v.uuid), keys.keyOfGroup(to), "attack-revoked");
  }
  return new Map(
    [...out].map(([k, m]) => [k, [...m].sort((a, b) => byCodePoint(a[0], b[0])).map(([key, via]) => ({ key, via }))]),
  );
}
