// Backup and restore of the whole store over SQL, for both adapters: the tables as the database lists them,
// as lines of JSON (format.ts), read from one snapshot (backup.ts) and loaded in one transaction (restore.ts).
import type { Kysely, Transaction } from "kysely";
import type { ArchiveStore } from "../../archive.ts";
import type { FusionContext } from "../fusion/context.ts";
import { lockForFusion } from "../ingest.ts";
import type { StoreDatabase } from "../schema.ts";
import { backupStore } from "./backup.ts";
import { restoreStore } from "./restore.ts";

/** The ArchiveStore half of a SQL store; a restore holds the fusion lock and drops the fingerprint cache. */
export function createArchive(db: Kysely<StoreDatabase>, schema: string, ctx: FusionContext): ArchiveStore {
  const any = db as unknown as Kysely<unknown>;
  return {
    backup: (write) => backupStore(any, schema, write),
    restore: (lines, options) =>
      restoreStore(
        { db: any, schema, lock: (trx) => lockForFusion(trx as unknown as Transaction<StoreDatabase>, ctx) },
        lines,
        options,
      ).finally(() => ctx.fingerprints.clear()),
  };
}
