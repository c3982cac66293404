// The URL parameters of objects, manifest, object and versions requests (spec §3.4, §3.5): `limit`, `next`,
// `added_after`, and `match[id|type|version|spec_version]` with comma-separated values. Anything malformed is
// a 400 naming the parameter; `next` is an opaque cursor (the last version of the page before) that combines
// with every filter, `added_after` included.
import { EspialError } from "../../core/index.ts";
import type { StixVersionQuery } from "../../store/stix-versions.ts";
import { isRfc3339 } from "./media.ts";

export const DEFAULT_PAGE = 100;
export const MAX_PAGE = 1000;

export type VersionFilter = Omit<StixVersionQuery, "collection" | "tlps">;

const ID = /^[a-z][a-z0-9-]*[a-z0-9]--[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const TYPE = /^[a-z][a-z0-9-]*[a-z0-9]$/;

/** Every value given for a parameter, split at commas. */
function values(queries: Record<string, string[]>, name: string): string[] | undefined {
  const given = queries[name];
  if (given === undefined) return undefined;
  return given
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter((v) => v !== "");
}

function checkEach(name: string, list: string[] | undefined, ok: (v: string) => boolean, what: string) {
  const bad = list?.find((v) => !ok(v));
  if (bad !== undefined) throw new EspialError("bad-usage", `${name}: "${bad}" is not ${what}`);
  return list;
}

function timestamp(name: string, value: string): string {
  if (!isRfc3339(value)) {
    throw new EspialError(
      "bad-usage",
      `${name}: "${value}" is not an RFC 3339 timestamp (like 2026-11-23T19:00:00.000Z, with its time zone)`,
    );
  }
  // PostgreSQL reads RFC 3339 at full (microsecond) precision; a Date would cut it to milliseconds.
  return value.toUpperCase();
}

/** `next` as given by a previous page: base64url JSON of its last version. */
export function encodeCursor(last: { dateAdded: string; id: string; version: string }): string {
  return Buffer.from(JSON.stringify([last.dateAdded, last.id, last.version]), "utf8").toString("base64url");
}

function decodeCursor(next: string): NonNullable<VersionFilter["after"]> {
  try {
    const value: unknown = JSON.parse(Buffer.from(next, "base64url").toString("utf8"));
    if (Array.isArray(value) && value.length === 3 && value.every((v) => typeof v === "string")) {
      const [dateAdded, id, version] = value as [string, string, string];
      if (isRfc3339(dateAdded)) return { dateAdded, id, version };
    }
  } catch {
    // answered below
  }
  throw new EspialError("bad-usage", `next: "${next}" is not a value this server gave (start again without next)`);
}

function limitOf(value: string | undefined): number {
  if (value === undefined) return DEFAULT_PAGE;
  if (!/^\d+$/.test(value) || Number(value) < 1) {
    throw new EspialError("bad-usage", `limit: "${value}" is not a positive whole number`);
  }
  return Math.min(Number(value), MAX_PAGE);
}

/**
 * The filter of a request's query. `versions` defaults to "last" (spec §3.5.2); `byId` narrows to one object.
 * @example parseVersionFilter(c.req.queries(), { byId: "intrusion-set--…" })
 */
export function parseVersionFilter(
  queries: Record<string, string[]>,
  options: { readonly byId?: string; readonly defaultVersions?: readonly string[] } = {},
): VersionFilter {
  const one = (name: string) => queries[name]?.at(-1);
  const ids = checkEach("match[id]", values(queries, "match[id]"), (v) => ID.test(v), "a STIX id");
  const types = checkEach("match[type]", values(queries, "match[type]"), (v) => TYPE.test(v), "a STIX type");
  const specVersions = checkEach(
    "match[spec_version]",
    values(queries, "match[spec_version]"),
    (v) => /^\d+\.\d+$/.test(v),
    "a STIX version such as 2.1",
  );
  const versions = (values(queries, "match[version]") ?? [...(options.defaultVersions ?? ["last"])]).map((v) =>
    v === "first" || v === "last" || v === "all" ? v : timestamp("match[version]", v),
  );
  const addedAfter = one("added_after");
  const next = one("next");
  const filter: VersionFilter = {
    versions,
    limit: limitOf(one("limit")),
    ...(options.byId !== undefined ? { ids: [options.byId] } : ids ? { ids } : {}),
    ...(types ? { types } : {}),
    ...(specVersions ? { specVersions } : {}),
    ...(addedAfter !== undefined ? { addedAfter: timestamp("added_after", addedAfter) } : {}),
    ...(next !== undefined && next !== "" ? { after: decodeCursor(next) } : {}),
  };
  return filter;
}
