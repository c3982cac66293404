// Configuration: one schema for environment, flags and defaults. loadConfig() returns a frozen config or an
// EspialError naming the key at fault. Nothing reads process.env at import time: callers pass env in.
import { z } from "zod";
import { EspialError } from "../core/index.ts";
import { SOURCE_KINDS, TLP_LEVELS } from "../core/index.ts";
import { envOverrides, feedSettingsSchema } from "./feeds.ts";
import { limitsSchema } from "./limits.ts";
import { rateLimitFromEnv, rateLimitSchema } from "./rate-limit.ts";
import { openReadsFromEnv, openReadsSchema } from "./access.ts";

export const configSchema = z.object({
  /** Folder of the embedded store. */
  dbPath: z
    .string()
    .min(1)
    .describe("Folder of the embedded PGlite store (flag --db, env ESPIAL_DB; default ./.espial)"),
  /** PostgreSQL connection string; when set it replaces the embedded store. */
  databaseUrl: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must start with postgres:// or postgresql://")
    .nullable()
    .describe("PostgreSQL server for a team (env DATABASE_URL); the embedded store is used when unset"),
  /** Path of the catalogue data file. */
  cataloguePath: z
    .string()
    .nullable()
    .describe("Catalogue data file (env ESPIAL_CATALOGUE; default data/catalogue.json)"),
  defaults: z.object({
    kind: z.enum(SOURCE_KINDS).describe("Source kind given to reports without one (flag --source-kind)"),
    tlp: z.enum(TLP_LEVELS).describe("TLP marking given to reports without one (flag --tlp)"),
  }),
  /** Size and safety limits of reading and fetching; each from env ESPIAL_<KEY> (ESPIAL_MAX_REPORT_BYTES). */
  limits: limitsSchema,
  /** Feed polling: intervals and backoff; each from env ESPIAL_<KEY> (ESPIAL_POLL_EVERY_MS). */
  feeds: feedSettingsSchema,
  /** API rate limits per client; env ESPIAL_RATE_LIMIT_PER_MINUTE, _BURST, _EXEMPT_TOKENS. */
  rateLimit: rateLimitSchema,
  /** Reads without a token beyond loopback (env ESPIAL_OPEN_READS, flag serve --open-reads); see access.ts. */
  openReads: openReadsSchema,
});
export type Config = z.infer<typeof configSchema>;

export interface ConfigInput {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly flags?: {
    readonly db?: string | undefined;
    readonly tlp?: string | undefined;
    readonly sourceKind?: string | undefined;
  };
}

/** Builds the frozen config from env and flags; flags win over env, env over defaults: an explicit `--db` folder
 * is the embedded store even when DATABASE_URL is set. */
export function loadConfig(input: ConfigInput): Config {
  const { env, flags = {} } = input;
  const candidate = {
    dbPath: flags.db ?? env["ESPIAL_DB"] ?? ".espial",
    databaseUrl:
      flags.db === undefined && env["DATABASE_URL"] && env["DATABASE_URL"].trim() !== "" ? env["DATABASE_URL"] : null,
    cataloguePath: env["ESPIAL_CATALOGUE"] ?? null,
    defaults: { kind: flags.sourceKind ?? "unknown", tlp: flags.tlp ?? "clear" },
    limits: envOverrides(limitsSchema.shape, env),
    feeds: envOverrides(feedSettingsSchema.shape, env),
    rateLimit: rateLimitFromEnv(env),
    openReads: openReadsFromEnv(env),
  };
  const parsed = configSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = issue?.path.join(".") ?? "config";
    throw new EspialError("bad-usage", `bad configuration: ${key}: ${issue?.message ?? "invalid"}`);
  }
  return Object.freeze(parsed.data);
}
