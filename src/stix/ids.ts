// Deterministic STIX identifiers and timestamps: the same snapshot gives the same ids and times on every run,
// so an export can be diffed, re-imported and re-exported without churn.
import { v5 as uuidv5 } from "uuid";

/** The fixed namespace of every Espial UUIDv5. Never change it: it would change every exported id. */
export const ESPIAL_NAMESPACE = "eea2c3d9-3cd9-4205-9bdd-1b50040cb925";

/** `type--uuidv5("type|key")`: stable for a stable key. */
export function stixId(type: string, key: string): string {
  return `${type}--${uuidv5(`${type}|${key}`, ESPIAL_NAMESPACE)}`;
}

const ID = /^([a-z][a-z0-9-]+[a-z0-9])--([0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12})$/i;

/** The type prefix of a STIX id, or null when it is not one. */
export function typeOfId(id: string): string | null {
  return ID.exec(id)?.[1] ?? null;
}

/** Is this a STIX id (`type--uuid`, RFC 4122 version 1–5), of the given type when one is given? */
export function isStixId(value: unknown, type?: string): boolean {
  if (typeof value !== "string") return false;
  const found = typeOfId(value);
  return found !== null && (type === undefined || found === type);
}

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * A STIX timestamp with milliseconds from an ISO date (as precise as known) or a full timestamp; null when
 * it is not one. The earliest instant of a partial date: "2018" → "2018-01-01T00:00:00.000Z".
 */
export function toTimestamp(value: string | null | undefined): string | null {
  if (!value) return null;
  const partial = PARTIAL.exec(value.trim());
  const text = partial ? `${partial[1]}-${partial[2] ?? "01"}-${partial[3] ?? "01"}T00:00:00.000Z` : value.trim();
  const time = Date.parse(text);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/** The last instant of a partial date: "2014" → "2014-12-31T23:59:59.999Z", "2014-02" → "2014-02-28T…". */
export function toEndTimestamp(value: string | null | undefined): string | null {
  if (!value) return null;
  const partial = PARTIAL.exec(value.trim());
  if (!partial) return toTimestamp(value);
  const year = Number(partial[1]);
  const month = partial[2] ? Number(partial[2]) : 12;
  const day = partial[3] ? Number(partial[3]) : new Date(Date.UTC(year, month, 0)).getUTCDate();
  const time = Date.UTC(year, month - 1, day, 23, 59, 59, 999);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}
