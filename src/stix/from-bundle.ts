// STIX 2.1 bundle → what Espial can merge: the actors (intrusion sets by name, aliases, ATT&CK and MISP ids),
// the reports' metadata with what each supports, and every relationship as read. A bundle Espial wrote comes
// back whole, so exporting the import gives the same bundle; from other producers Espial takes what maps.
import { z } from "zod";
import { espialProperties } from "./extension.ts";
import { relationshipExtensionSchema } from "./extension-schema.ts";
import { isStixId } from "./ids.ts";
import type { StixObject } from "./objects.ts";
import type { FactPredicate, SnapshotActor, SnapshotReport, StixSnapshot } from "./snapshot.ts";
import { actorOf, createImportIndex, keyOf, type ImportIndex } from "./import-index.ts";
import { reportOf } from "./import-reports.ts";

/** One end of a relationship as the bundle gives it. */
export interface ImportedEnd {
  readonly id: string;
  readonly type: string;
  readonly name: string | null;
  /** The Espial key of what it stands for ("actor:attack:G0045", "country:JP"), when known. */
  readonly key: string | null;
}

export interface ImportedRelationship {
  readonly id: string;
  readonly relationshipType: string;
  readonly source: ImportedEnd;
  readonly target: ImportedEnd;
  /** Espial's predicate, when the relationship carries Espial's extension. */
  readonly predicate: FactPredicate | null;
}

export interface StixImport {
  readonly snapshot: StixSnapshot;
  readonly relationships: readonly ImportedRelationship[];
  /** Objects not read, with why: a type Espial does not take, or a malformed object. */
  readonly skipped: readonly { readonly id: string; readonly reason: string }[];
}

export type StixImportOutcome =
  ({ readonly status: "imported" } & StixImport) | { readonly status: "rejected"; readonly reason: string };

const bundleSchema = z.looseObject({
  type: z.literal("bundle"),
  id: z.string().refine((id) => isStixId(id, "bundle"), "not a bundle id"),
  objects: z.array(z.unknown()).optional(),
});

const objectSchema = z.looseObject({
  type: z.string().min(3),
  id: z.string(),
  spec_version: z.string().optional(),
});

/** Types whose objects an import reads, directly or through a report. */
const READ = new Set([
  "intrusion-set",
  "threat-actor",
  "identity",
  "location",
  "malware",
  "tool",
  "vulnerability",
  "attack-pattern",
  "indicator",
  "relationship",
  "report",
  "x-espial-action",
  "marking-definition",
  "extension-definition",
]);

function endOf(id: unknown, index: ImportIndex): ImportedEnd {
  const ref = typeof id === "string" ? id : "";
  const o = index.object(ref);
  const name = o && typeof o["name"] === "string" ? o["name"] : null;
  return { id: ref, type: ref.split("--")[0] ?? "", name, key: o ? keyOf(o) : null };
}

function relationshipOf(o: StixObject, index: ImportIndex): ImportedRelationship {
  const ext = relationshipExtensionSchema.safeParse(espialProperties(o));
  return {
    id: o.id,
    relationshipType: String(o["relationship_type"]),
    source: endOf(o["source_ref"], index),
    target: endOf(o["target_ref"], index),
    predicate: ext.success ? ext.data.predicate : null,
  };
}

/** Reads the objects of a bundle; each that does not fit is skipped with its reason. */
function readObjects(raw: readonly unknown[]): { objects: StixObject[]; skipped: { id: string; reason: string }[] } {
  const objects: StixObject[] = [];
  const skipped: { id: string; reason: string }[] = [];
  raw.forEach((value, i) => {
    const parsed = objectSchema.safeParse(value);
    if (!parsed.success || !isStixId(parsed.data.id, parsed.data.type)) {
      skipped.push({
        id: parsed.success ? parsed.data.id : `objects[${i}]`,
        reason: "not a STIX object (type and id)",
      });
    } else if (parsed.data.spec_version !== undefined && parsed.data.spec_version !== "2.1") {
      skipped.push({ id: parsed.data.id, reason: `spec_version ${parsed.data.spec_version} is not 2.1` });
    } else if (!READ.has(parsed.data.type)) {
      skipped.push({ id: parsed.data.id, reason: `Espial does not read ${parsed.data.type} objects` });
    } else {
      objects.push({ ...parsed.data, spec_version: "2.1" });
    }
  });
  return { objects, skipped };
}

/**
 * Reads a STIX 2.1 bundle (parsed JSON). Never throws: a value that is not a bundle is `rejected`.
 * @example const read = fromStixBundle(JSON.parse(text)); if (read.status === "imported") merge(read.snapshot);
 */
export function fromStixBundle(bundle: unknown): StixImportOutcome {
  const envelope = bundleSchema.safeParse(bundle);
  if (!envelope.success) {
    const issue = envelope.error.issues[0];
    return {
      status: "rejected",
      reason: `not a STIX bundle (${issue ? `${issue.path.join(".") || "bundle"}: ${issue.message}` : "invalid"})`,
    };
  }
  const { objects, skipped } = readObjects(envelope.data.objects ?? []);
  const index = createImportIndex(objects);
  const actors = new Map<string, SnapshotActor>();
  const reports: SnapshotReport[] = [];
  for (const o of objects) {
    const p = index.pointer(o.id);
    if (p?.kind === "actor" && !actors.has(p.key)) actors.set(p.key, actorOf(o, p.key));
    if (o.type !== "report") continue;
    const report = reportOf(o, index);
    if (typeof report === "string") skipped.push({ id: o.id, reason: report });
    else reports.push(report);
  }
  return {
    status: "imported",
    snapshot: { actors: [...actors.values()], reports },
    relationships: objects.filter((o) => o.type === "relationship").map((o) => relationshipOf(o, index)),
    skipped,
  };
}
