// What the OASIS JSON schemas cannot say about a bundle, checked: ids unique, of their object's type and
// UUIDs; `spec_version` 2.1; every `*_ref` and `*_refs` (at any depth, extensions included) resolving inside
// the bundle; `modified` not before `created`, `last_seen` not before `first_seen`; each relationship of a
// type STIX 2.1 defines for its source and target types (or one of the generic ones); every indicator's
// STIX pattern parsing.
import { isStixId, typeOfId } from "./ids.ts";
import type { StixBundle, StixObject } from "./objects.ts";
import { fitsSpec } from "./relationship-types.ts";
import { parseStixPattern } from "./pattern.ts";

/** Every reference property in a value: [path, id]. */
function referencesIn(value: unknown, path: string, out: [string, unknown][]): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => referencesIn(v, `${path}[${i}]`, out));
    return;
  }
  if (typeof value !== "object" || value === null) return;
  for (const [key, v] of Object.entries(value)) {
    const at = `${path}.${key}`;
    if (key.endsWith("_ref")) out.push([at, v]);
    else if (key.endsWith("_refs") && Array.isArray(v)) v.forEach((id, i) => out.push([`${at}[${i}]`, id]));
    else referencesIn(v, at, out);
  }
}

function checkTimes(o: StixObject, problems: string[]): void {
  const created = typeof o.created === "string" ? Date.parse(o.created) : NaN;
  const modified = typeof o.modified === "string" ? Date.parse(o.modified) : NaN;
  if (!Number.isNaN(created) && !Number.isNaN(modified) && modified < created) {
    problems.push(`${o.id}: modified ${String(o.modified)} is before created ${String(o.created)}`);
  }
  const first = typeof o["first_seen"] === "string" ? Date.parse(o["first_seen"]) : NaN;
  const last = typeof o["last_seen"] === "string" ? Date.parse(o["last_seen"]) : NaN;
  if (!Number.isNaN(first) && !Number.isNaN(last) && last < first)
    problems.push(`${o.id}: last_seen is before first_seen`);
}

function checkRelationship(o: StixObject, problems: string[]): void {
  if (o.type !== "relationship") return;
  const source = typeOfId(String(o["source_ref"]));
  const target = typeOfId(String(o["target_ref"]));
  const type = String(o["relationship_type"]);
  if (source && target && !fitsSpec(type, source, target)) {
    problems.push(`${o.id}: STIX 2.1 defines no "${type}" relationship from ${source} to ${target}`);
  }
}

/** An indicator's STIX pattern must parse (the JSON schemas only ask for a string). */
function checkPattern(o: StixObject, problems: string[]): void {
  if (o.type !== "indicator" || o["pattern_type"] !== "stix") return;
  const parsed = parseStixPattern(String(o["pattern"]));
  if (!parsed.ok) problems.push(`${o.id}: pattern is not a STIX 2.1 pattern (${parsed.error})`);
}

/** The problems of a bundle, one line each; none when it is sound. */
export function checkStixBundle(bundle: StixBundle): string[] {
  const problems: string[] = [];
  if (!isStixId(bundle.id, "bundle")) problems.push(`bundle id ${bundle.id} is not a bundle--UUID`);
  const ids = new Set<string>();
  for (const o of bundle.objects) {
    if (!isStixId(o.id, o.type)) problems.push(`${o.id}: not a ${o.type}--UUID id`);
    if (ids.has(o.id)) problems.push(`${o.id}: appears twice`);
    ids.add(o.id);
    if (o.spec_version !== "2.1") problems.push(`${o.id}: spec_version is not 2.1`);
  }
  for (const o of bundle.objects) {
    const refs: [string, unknown][] = [];
    referencesIn(o, "", refs);
    for (const [path, id] of refs) {
      if (typeof id !== "string" || !isStixId(id)) problems.push(`${o.id}${path}: ${String(id)} is not a STIX id`);
      else if (!ids.has(id)) problems.push(`${o.id}${path}: ${id} is not in the bundle`);
    }
    checkTimes(o, problems);
    checkRelationship(o, problems);
    checkPattern(o, problems);
  }
  return problems;
}
