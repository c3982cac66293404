// STIX object versions: which objects of a fresh export are new versions of what was published before, and
// which published objects disappeared (a removed document, a rejected claim) and are revoked. Pure: the caller
// gives the published versions and the time. An object whose content did not change keeps its `created` and
// `modified`, so an export is stable; a changed one gets a new `modified` later than every earlier version.
import type { NewStixVersion, StixJson, StixVersionRecord } from "../store/stix-versions.ts";
import { tlpOfMarking } from "./markings.ts";
import type { StixObject } from "./objects.ts";

/** The version of an object: `modified`, else `created` (marking definitions have no `modified`). */
export function versionOf(o: StixJson): string {
  const v = typeof o["modified"] === "string" ? o["modified"] : o["created"];
  return typeof v === "string" ? v : "";
}

/** The TLP level an object is marked with (the most restrictive of its markings); unmarked objects are clear. */
export function tlpOfObject(o: StixJson): string {
  const refs = Array.isArray(o["object_marking_refs"]) ? (o["object_marking_refs"] as unknown[]) : [];
  const order = ["clear", "green", "amber", "amber+strict", "red"];
  let level = "clear";
  for (const ref of refs) {
    const tlp = typeof ref === "string" ? tlpOfMarking(ref) : null;
    if (tlp && order.indexOf(tlp) > order.indexOf(level)) level = tlp;
  }
  return level;
}

/** JSON with sorted keys: equal objects give equal text whatever their key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/** What an object says, leaving out when it was made and changed. */
function contentOf(o: StixJson): string {
  const { created: _c, modified: _m, ...rest } = o;
  return canonical(rest);
}

/** The version to record for an object. */
export function newVersionOf(body: StixJson, revoked = false): NewStixVersion {
  return {
    id: String(body["id"]),
    version: versionOf(body),
    type: String(body["type"]),
    specVersion: typeof body["spec_version"] === "string" ? body["spec_version"] : "2.1",
    tlp: tlpOfObject(body),
    revoked,
    body,
  };
}

/** A timestamp later than `previous`: `now`, or one millisecond after `previous` when the clock is behind. */
function laterThan(previous: string, now: Date): string {
  const before = Date.parse(previous);
  const time = Number.isNaN(before) ? now.getTime() : Math.max(now.getTime(), before + 1);
  return new Date(time).toISOString();
}

/**
 * The versions to add so the published objects match `current`: each new object as exported; each changed
 * one as a new version (its first `created`, `modified` now); each published object missing from `current`
 * as a revocation. Objects without `modified` (marking definitions) are never revised.
 * @example store.publishStixVersions({ generation, key, plan: (latest) => planVersions(bundle.objects, latest, new Date()) })
 */
export function planVersions(
  current: readonly StixObject[],
  latest: readonly StixVersionRecord[],
  now: Date,
): NewStixVersion[] {
  const published = new Map(latest.map((r) => [r.id, r]));
  const out: NewStixVersion[] = [];
  const seen = new Set<string>();
  for (const object of current) {
    seen.add(object.id);
    const before = published.get(object.id);
    if (!before) {
      out.push(newVersionOf(object));
      continue;
    }
    if (!before.revoked && contentOf(before.body) === contentOf(object)) continue;
    if (typeof object.modified !== "string") continue;
    const created = typeof before.body["created"] === "string" ? before.body["created"] : object.created;
    out.push(newVersionOf({ ...object, created, modified: laterThan(before.version, now) }));
  }
  for (const before of latest) {
    if (seen.has(before.id) || before.revoked || typeof before.body["modified"] !== "string") continue;
    out.push(newVersionOf({ ...before.body, modified: laterThan(before.version, now), revoked: true }, true));
  }
  return out;
}

/**
 * The objects of an export with the `created` and `modified` of their published version when their content
 * is the same: what keeps an export stable across runs and equal to what TAXII serves.
 */
export function stabiliseObjects(current: readonly StixObject[], latest: readonly StixVersionRecord[]): StixObject[] {
  const published = new Map(latest.map((r) => [r.id, r]));
  return current.map((object) => {
    const before = published.get(object.id);
    if (!before || before.revoked || contentOf(before.body) !== contentOf(object)) return object;
    const { created, modified } = before.body;
    return {
      ...object,
      ...(typeof created === "string" ? { created } : {}),
      ...(typeof modified === "string" ? { modified } : {}),
    };
  });
}
