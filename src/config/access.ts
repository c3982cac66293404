// Who may read the HTTP API and TAXII without a token. On a loopback bind reads are open; bound to any other
// address each read needs a token unless `openReads` is set (env ESPIAL_OPEN_READS, flag `serve --open-reads`).
// Writes always need a token, whatever this says.
import { z } from "zod";

export const openReadsSchema = z
  .boolean()
  .default(false)
  .describe(
    "Let anyone read the API and TAXII without a token when espial serve listens beyond loopback (env ESPIAL_OPEN_READS=1, flag serve --open-reads; default off). Writes always need a token",
  );

const TRUE = new Set(["1", "true", "yes", "on"]);
const FALSE = new Set(["0", "false", "no", "off", ""]);

/** The environment's ESPIAL_OPEN_READS as a boolean; an unknown word is given back as is, so the schema names the key. */
export function openReadsFromEnv(env: Readonly<Record<string, string | undefined>>): boolean | string | undefined {
  const raw = env["ESPIAL_OPEN_READS"];
  if (raw === undefined) return undefined;
  const word = raw.trim().toLowerCase();
  if (TRUE.has(word)) return true;
  if (FALSE.has(word)) return false;
  return raw;
}

/**
 * Whether a server bound to a host serves reads without a token: always on loopback, elsewhere when configured open.
 * @example readsAreOpen({ loopback: false, openReads: false }) // false: reads need a token
 */
export function readsAreOpen(bind: { readonly loopback: boolean; readonly openReads: boolean }): boolean {
  return bind.loopback || bind.openReads;
}
