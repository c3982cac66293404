// POST of an envelope to a writable collection (spec §5.4) and the status resource it answers with (§4.3).
// Each object is checked on its own: a STIX 2.1 object with a valid id and version succeeds, anything else is
// a failure with why. Successes are kept in the inbox as sent and imported into the store, where exports and
// Espial's collections merge them (actors by names and external ids). Processing is synchronous: the status is
// `complete` when the 202 answer leaves.
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { EspialError } from "../../core/index.ts";
import { newVersionOf } from "../../stix/index.ts";
import type { NewStixVersion, StixJson, StixVersionStore } from "../../store/stix-versions.ts";
import { isRfc3339 } from "./media.ts";

const envelopeSchema = z.looseObject({ objects: z.array(z.unknown()) });

const ID = /^([a-z][a-z0-9-]*[a-z0-9])--[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

interface Detail {
  readonly id: string;
  readonly version: string;
  readonly message?: string;
}

type Checked =
  { readonly ok: true; readonly version: NewStixVersion } | { readonly ok: false; readonly failure: Detail };

/** One posted object: kept, or why not. */
function checkObject(value: unknown, index: number, now: string): Checked {
  if (!value || typeof value !== "object" || Array.isArray(value)) {
    return { ok: false, failure: { id: `objects[${index}]`, version: now, message: "not a JSON object" } };
  }
  const o = value as StixJson;
  const id = typeof o["id"] === "string" ? o["id"] : `objects[${index}]`;
  const stated = [o["modified"], o["created"]].find((v): v is string => typeof v === "string");
  const fail = (message: string): Checked => ({ ok: false, failure: { id, version: stated ?? now, message } });
  const type = typeof o["type"] === "string" ? o["type"] : null;
  if (type === null) return fail("the object has no type");
  if (ID.exec(id)?.[1] !== type) return fail(`the id is not a STIX id of type ${type}`);
  if (o["spec_version"] !== "2.1") return fail(`spec_version must be "2.1" (this collection takes STIX 2.1)`);
  for (const field of ["created", "modified"]) {
    const v = o[field];
    if (v !== undefined && (typeof v !== "string" || !isRfc3339(v)))
      return fail(`${field} is not an RFC 3339 timestamp`);
  }
  // Cyber observables have no created or modified: the time they were added stands for their version.
  const body = typeof o["modified"] === "string" || typeof o["created"] === "string" ? o : { ...o, modified: now };
  const version = newVersionOf(body);
  return { ok: true, version: { ...version, body: o } };
}

export type InboxStore = Pick<StixVersionStore, "addStixVersions" | "importStixObjects" | "saveTaxiiStatus">;

/**
 * Keeps a posted envelope and returns its status resource. Throws 400 when the body is not an envelope, 422
 * when no object in it could be kept.
 */
export async function receiveEnvelope(
  store: InboxStore,
  body: unknown,
  options: { readonly now: Date; readonly maxObjects: number },
): Promise<StixJson> {
  const { now } = options;
  const envelope = envelopeSchema.safeParse(body);
  if (!envelope.success) {
    throw new EspialError("bad-usage", "the body is not a TAXII envelope: an object with an `objects` array");
  }
  if (envelope.data.objects.length > options.maxObjects) {
    throw new EspialError(
      "too-large",
      `the envelope holds ${envelope.data.objects.length} objects, over the limit maxStixObjects (${options.maxObjects}): split it`,
    );
  }
  const stamp = now.toISOString();
  const checked = envelope.data.objects.map((o, i) => checkObject(o, i, stamp));
  const kept = checked.flatMap((c) => (c.ok ? [c.version] : []));
  const failures = checked.flatMap((c) => (c.ok ? [] : [c.failure]));
  if (kept.length === 0 && failures.length > 0) {
    throw new EspialError(
      "malformed",
      `no object of the envelope could be kept: ${failures[0]?.id}: ${failures[0]?.message}`,
    );
  }
  await store.addStixVersions("inbox", kept);
  await store.importStixObjects(kept.map((v) => ({ id: v.id, version: v.version, body: v.body })));
  const successes: Detail[] = kept.map((v) => ({ id: v.id, version: v.version }));
  const status = {
    id: randomUUID(),
    status: "complete",
    request_timestamp: stamp,
    total_count: checked.length,
    success_count: successes.length,
    ...(successes.length > 0 ? { successes } : {}),
    failure_count: failures.length,
    ...(failures.length > 0 ? { failures } : {}),
    pending_count: 0,
  };
  await store.saveTaxiiStatus(status.id, status);
  return status;
}
