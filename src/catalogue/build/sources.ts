// The two public datasets the catalogue is built from, as far as Espial reads them: a MISP galaxy cluster
// (threat-actor.json) and the slim ATT&CK Enterprise extract (enterprise-groups.json). Unknown fields pass.
import { z } from "zod";
import { EspialError } from "../../core/index.ts";

const mispValueSchema = z.looseObject({
  value: z.string(),
  uuid: z.string(),
  meta: z.record(z.string(), z.unknown()).optional(),
  related: z.array(z.looseObject({ "dest-uuid": z.string(), type: z.string() })).optional(),
});

export const mispClusterSchema = z.looseObject({
  uuid: z.string(),
  version: z.number(),
  values: z.array(mispValueSchema),
});
export type MispCluster = z.infer<typeof mispClusterSchema>;
export type MispValue = z.infer<typeof mispValueSchema>;

const revokedBySchema = z.looseObject({ id: z.string(), external_id: z.string(), name: z.string() });

const attackRecordSchema = z.discriminatedUnion("type", [
  z.looseObject({
    type: z.literal("intrusion-set"),
    id: z.string(),
    external_id: z.string(),
    name: z.string(),
    aliases: z.array(z.string()).default([]),
    revoked: z.boolean().default(false),
    x_mitre_deprecated: z.boolean().default(false),
    revoked_by: revokedBySchema.optional(),
  }),
  z.looseObject({
    type: z.enum(["malware", "tool"]),
    id: z.string(),
    external_id: z.string(),
    name: z.string(),
    x_mitre_aliases: z.array(z.string()).default([]),
    revoked: z.boolean().default(false),
    x_mitre_deprecated: z.boolean().default(false),
    revoked_by: revokedBySchema.optional(),
  }),
  z.looseObject({ type: z.literal("campaign"), id: z.string() }),
]);

export const attackRecordsSchema = z.array(attackRecordSchema);
export type AttackRecord = z.infer<typeof attackRecordSchema>;
export type AttackGroup = Extract<AttackRecord, { type: "intrusion-set" }>;
export type AttackSoftware = Extract<AttackRecord, { type: "malware" | "tool" }>;

/** The inputs of buildCatalogue, parsed. */
export interface CatalogueSources {
  readonly misp: MispCluster;
  readonly attack: readonly AttackRecord[];
  /** ATT&CK version from enterprise-groups.meta.json, when known. */
  readonly attackVersion: string | null;
}

/** Parses the raw JSON of the two datasets; a file that does not fit is a `malformed` error naming it. */
export function parseCatalogueSources(raw: { misp: unknown; attack: unknown; attackMeta?: unknown }): CatalogueSources {
  const misp = mispClusterSchema.safeParse(raw.misp);
  if (!misp.success)
    throw new EspialError("malformed", `threat-actor.json: ${misp.error.issues[0]?.message ?? "invalid"}`);
  const attack = attackRecordsSchema.safeParse(raw.attack);
  if (!attack.success)
    throw new EspialError("malformed", `enterprise-groups.json: ${attack.error.issues[0]?.message ?? "invalid"}`);
  const meta = z.looseObject({ attack_version: z.string() }).safeParse(raw.attackMeta);
  return { misp: misp.data, attack: attack.data, attackVersion: meta.success ? meta.data.attack_version : null };
}
