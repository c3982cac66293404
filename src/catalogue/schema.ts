// The catalogue data file (data/catalogue.json): one schema gives its type and its runtime check.
// Written by scripts/build-catalogue.ts from MISP galaxy and MITRE ATT&CK; read by createCatalogue.
import { z } from "zod";
import { EspialError } from "../core/index.ts";

export const CATALOGUE_FORMAT = "espial-catalogue/1";

/** The datasets a name can come from. */
export const NAME_DATASETS = ["misp", "attack"] as const;
export type NameDataset = (typeof NAME_DATASETS)[number];

/** Relations between two MISP/ATT&CK entries that say they may be one actor (not the ones that say "uses"). */
export const SAME_AS_VIA = [
  // Strongest first: the MISP entry lists an ATT&CK id the other actor holds (or that was revoked into it),
  // or it bears the name of an ATT&CK group that was revoked into the other actor.
  "attack-id",
  "attack-revoked",
  "misp:similar",
  "misp:overlaps",
  "misp:linked-to",
  "misp:related-to",
  "misp:associated-with",
  "misp:part-of",
] as const;
export type SameAsVia = (typeof SAME_AS_VIA)[number];

const nameSchema = z.object({
  name: z.string().min(1),
  /** "misp" (the actor's MISP entry) or "attack:G####" (the ATT&CK group the name came from). */
  from: z.array(z.string().regex(/^(misp|attack:G\d{4})$/)).min(1),
  /** The vendor that coined the name, from MISP `meta["origin:<name>"]`. */
  vendor: z.string().optional(),
});

const actorSchema = z.object({
  key: z.string().regex(/^(attack:G\d{4}|misp:[0-9a-f-]{36})$/),
  name: z.string().min(1),
  /** ATT&CK group ids, the one in `key` first. */
  attack: z.array(z.string().regex(/^G\d{4}$/)),
  /** Revoked ATT&CK ids that now point here (revoked_by). */
  attackRevoked: z.array(z.string().regex(/^G\d{4}$/)).optional(),
  misp: z.string().nullable(),
  /** ISO 3166-1 alpha-2 of the suspected sponsor: MISP `country`, else `cfr-suspected-state-sponsor`. */
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .nullable(),
  /** MISP `cfr-suspected-state-sponsor` as written. */
  sponsor: z.string().nullable(),
  deprecated: z.literal(true).optional(),
  names: z.array(nameSchema).min(1),
  possiblySameAs: z.array(z.object({ key: z.string(), via: z.enum(SAME_AS_VIA) })).optional(),
});

const softwareSchema = z.object({
  id: z.string().regex(/^S\d{4}$/),
  type: z.enum(["malware", "tool"]),
  name: z.string().min(1),
  aliases: z.array(z.string()),
  deprecated: z.literal(true).optional(),
});

export const catalogueFileSchema = z.object({
  format: z.literal(CATALOGUE_FORMAT),
  sources: z.object({
    misp: z.object({ uuid: z.string(), version: z.number() }),
    attack: z.object({ domain: z.string(), version: z.string().nullable() }),
  }),
  actors: z.array(actorSchema),
  software: z.array(softwareSchema),
});

export type CatalogueFile = z.infer<typeof catalogueFileSchema>;
export type CatalogueFileActor = CatalogueFile["actors"][number];
export type CatalogueFileName = CatalogueFileActor["names"][number];
export type CatalogueFileSoftware = CatalogueFile["software"][number];

/** Checks parsed JSON against the catalogue schema; a file that does not fit is a `malformed` error. */
export function parseCatalogueFile(json: unknown): CatalogueFile {
  const result = catalogueFileSchema.safeParse(json);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue ? `${issue.path.join(".")}: ${issue.message}` : "unknown";
  throw new EspialError("malformed", `the catalogue data file does not fit its schema (${where})`, {
    cause: result.error,
  });
}
