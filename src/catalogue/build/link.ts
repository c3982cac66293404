// Which ATT&CK group each MISP entry is: every link (a related dest-uuid, a G-number among the synonyms,
// shared names) is weighed, and each ATT&CK group goes to the one MISP entry with the most evidence.
// A MISP entry may hold several groups (MISP lists G0046 and G0008 for FIN7); a group is never split.
import type { AttackGroup, MispValue } from "./sources.ts";

/** MISP `related` types that say two entries may be one actor; "uses", "targets" … say something else. */
export const IDENTITY_RELATIONS = new Set([
  "similar",
  "overlaps",
  "linked-to",
  "related-to",
  "associated-with",
  "part-of",
]);

export interface GroupIndex {
  /** Active (not revoked) groups by G-number. */
  readonly active: ReadonlyMap<string, AttackGroup>;
  /** Every group's G-number by its STIX uuid (the part after "intrusion-set--"). */
  readonly gidByUuid: ReadonlyMap<string, string>;
  /** The group a G-number stands for now: itself, or the end of its revoked_by chain. */
  successor(gid: string): string | undefined;
  /** Revoked groups whose successor is this G-number. */
  revokedInto(gid: string): readonly AttackGroup[];
  all: ReadonlyMap<string, AttackGroup>;
}

export function indexGroups(groups: readonly AttackGroup[]): GroupIndex {
  const all = new Map(groups.map((g) => [g.external_id, g]));
  const successor = (gid: string): string | undefined => {
    const seen = new Set<string>();
    let g = all.get(gid);
    while (g?.revoked && g.revoked_by && !seen.has(g.external_id)) {
      seen.add(g.external_id);
      g = all.get(g.revoked_by.external_id);
    }
    return g && !g.revoked ? g.external_id : undefined;
  };
  const revoked = new Map<string, AttackGroup[]>();
  for (const g of groups) {
    if (!g.revoked) continue;
    const to = successor(g.external_id);
    if (to) revoked.set(to, [...(revoked.get(to) ?? []), g]);
  }
  return {
    active: new Map(groups.filter((g) => !g.revoked).map((g) => [g.external_id, g])),
    gidByUuid: new Map(groups.map((g) => [g.id.replace(/^intrusion-set--/, ""), g.external_id])),
    successor,
    revokedInto: (gid) => revoked.get(gid) ?? [],
    all,
  };
}

/** Every name of a MISP entry: its value, then its synonyms, trimmed. */
export function mispNames(value: MispValue): string[] {
  const synonyms = value.meta?.["synonyms"];
  const list = Array.isArray(synonyms) ? synonyms.filter((s): s is string => typeof s === "string") : [];
  return [value.value, ...list].map((s) => s.trim()).filter((s) => s.length > 0);
}

/** Every name of an active group: its own and those of the revoked groups that now point to it. */
export function groupNames(index: GroupIndex, gid: string): { name: string; from: string }[] {
  const own = index.active.get(gid);
  if (!own) return [];
  return [own, ...index.revokedInto(gid)].flatMap((g) =>
    [g.name, ...g.aliases].map((name) => ({ name: name.trim(), from: g.external_id })).filter((n) => n.name),
  );
}

export interface Link {
  readonly misp: string;
  readonly gid: string;
  readonly score: number;
  /** The entry lists the G-number (or a revoked one that now points to it) among its synonyms. */
  readonly byId: boolean;
}

const lower = (s: string) => s.toLowerCase();

/** Weighs each (MISP entry, ATT&CK group) pair that any evidence links. */
export function findLinks(values: readonly MispValue[], index: GroupIndex): Link[] {
  const groupsByName = new Map<string, Set<string>>();
  for (const gid of index.active.keys()) {
    for (const n of groupNames(index, gid)) {
      const key = lower(n.name);
      groupsByName.set(key, (groupsByName.get(key) ?? new Set()).add(gid));
    }
  }
  const links: Link[] = [];
  for (const value of values) {
    const evidence = new Map<string, { score: number; byId: boolean; shared: number }>();
    const add = (gid: string | undefined, score: number, byId = false, shared = 0) => {
      if (!gid) return;
      const e = evidence.get(gid) ?? { score: 0, byId: false, shared: 0 };
      evidence.set(gid, { score: e.score + score, byId: e.byId || byId, shared: e.shared + shared });
    };
    const names = mispNames(value);
    for (const name of names) {
      if (/^G\d{4}$/.test(name)) add(index.successor(name), index.active.has(name) ? 6 : 3, true);
      for (const gid of groupsByName.get(lower(name)) ?? []) add(gid, 0, false, 1);
    }
    for (const r of value.related ?? []) {
      const gid = index.gidByUuid.get(r["dest-uuid"]);
      if (gid && IDENTITY_RELATIONS.has(r.type)) add(index.successor(gid), 4);
    }
    for (const [gid, e] of evidence) {
      const own = index.active.get(gid);
      const sameName = own !== undefined && lower(own.name) === lower(value.value) ? 8 : 0;
      const byName = e.shared > 0 ? 2 + Math.min(e.shared - 1, 3) : 0;
      links.push({ misp: value.uuid, gid, score: e.score + sameName + byName, byId: e.byId });
    }
  }
  return links;
}

/** Gives each linked group to the MISP entry with the strongest link (ties: the smaller uuid). */
export function assignGroups(links: readonly Link[]): Map<string, string> {
  const holder = new Map<string, Link>();
  for (const link of links) {
    const best = holder.get(link.gid);
    if (!best || link.score > best.score || (link.score === best.score && link.misp < best.misp))
      holder.set(link.gid, link);
  }
  return new Map([...holder].map(([gid, link]) => [gid, link.misp]));
}
