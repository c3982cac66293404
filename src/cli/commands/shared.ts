// What several commands share: building config from flags and env, opening the store, and read options.
import type { Command } from "commander";
import { loadConfig, type Config } from "../../config/index.ts";
import type { ReadOptions } from "../../pipeline/read/index.ts";
import type { Io } from "../output.ts";
import { EspialError } from "../../core/index.ts";

export interface StoreFlags {
  readonly db?: string;
  readonly tlp?: string;
  readonly sourceKind?: string;
}

/** Adds the --db flag every store command takes. */
export function withStoreFlags(command: Command): Command {
  return command.option("--db <path>", "folder of the embedded store (env ESPIAL_DB; default ./.espial)");
}

export function configFrom(io: Io, flags: StoreFlags): Config {
  return loadConfig({ env: io.env, flags: { db: flags.db, tlp: flags.tlp, sourceKind: flags.sourceKind } });
}

export function readOptionsFrom(config: Config): ReadOptions {
  return { limits: config.limits, defaults: { kind: config.defaults.kind, tlp: config.defaults.tlp } };
}

/** A flag's whole number (0 or more), its fallback when not given, or a `bad-usage` error naming the flag. */
export function wholeNumberFlag(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new EspialError("bad-usage", `--${name} takes a whole number, not "${value}"`);
  return n;
}
