// What the review commands share: who decides (--user, ESPIAL_USER, the login name) and why (--why), and
// the store opened for one command.
import type { Command } from "commander";
import { loadKnowledge, openStore } from "../../compose.ts";
import type { Catalogue } from "../../catalogue/index.ts";
import { EspialError } from "../../core/index.ts";
import type { Store } from "../../store/store.ts";
import type { Io } from "../output.ts";
import { configFrom, withStoreFlags, type StoreFlags } from "./shared.ts";

export interface DecisionFlags extends StoreFlags {
  readonly why?: string;
  readonly user?: string;
  readonly json?: boolean;
}

/** Adds --why (required), --user and --json to a command that records a decision. */
export function withDecisionFlags(command: Command): Command {
  return withStoreFlags(command)
    .requiredOption("--why <reason>", "why: kept in the audit log with the user and time")
    .option("--user <name>", "who decides (default: ESPIAL_USER, else the login name)")
    .option("--json", "print as JSON");
}

/** The user and reason of a decision. */
export function authorOf(io: Io, flags: DecisionFlags): { user: string; reason: string } {
  const user = (flags.user ?? io.env.ESPIAL_USER ?? io.env.USER ?? "").trim();
  if (user === "") throw new EspialError("bad-usage", "say who decides: --user NAME (or set ESPIAL_USER)");
  const reason = (flags.why ?? "").trim();
  if (reason === "") throw new EspialError("bad-usage", 'say why: --why "…" (kept in the audit log)');
  return { user, reason };
}

/** Runs `use` with the configured store (and the catalogue, loaded only when asked for), closing it after. */
export async function withStore<T>(
  io: Io,
  flags: StoreFlags,
  use: (store: Store, catalogue: () => Catalogue) => Promise<T>,
): Promise<T> {
  const config = configFrom(io, flags);
  const store = await openStore(config);
  try {
    return await use(store, () => loadKnowledge(config).catalogue);
  } finally {
    await store.close();
  }
}
