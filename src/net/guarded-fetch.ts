// The network ports of fetching a URL (read/url.ts), for real: name resolution through the system resolver,
// and an HTTP client (undici) whose connections resolve the name again and refuse, at connect time, any
// address that is not public. Checking at connect time, on the very addresses the socket is about to use,
// closes DNS rebinding (a name that answers a public address to the check and 127.0.0.1 to the connection).
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import type { LookupFunction } from "node:net";
import type * as Undici from "undici";
import { EspialError } from "../core/index.ts";
import type { FetchDeps } from "../pipeline/read/index.ts";
import { loadPipeline } from "../pipeline/load.ts";

/** How a name is turned into addresses: node's `dns.lookup` with `{ all: true }`, or a stand-in in tests. */
export type ResolveAll = (host: string) => Promise<LookupAddress[]>;

export interface GuardedFetchOptions {
  /** Connect to private, loopback and other non-public addresses too. */
  readonly allowPrivate: boolean;
  /** Replaces the system resolver (tests, a lab resolver). */
  readonly resolveAll?: ResolveAll;
}

/** A handle on the HTTP client: its ports, and a way to close its idle connections. */
export interface GuardedFetch extends FetchDeps {
  close(): Promise<void>;
}

const systemResolveAll: ResolveAll = (host) =>
  new Promise((resolve, reject) =>
    dnsLookup(host, { all: true, verbatim: true }, (error, addresses) => (error ? reject(error) : resolve(addresses))),
  );

function refusedAt(host: string, address: string, kind: string): EspialError {
  return new EspialError(
    "refused-address",
    `refusing to connect to ${host}: it resolves to ${address}, a ${kind} address; only public addresses are fetched unless private addresses are allowed`,
  );
}

/** A `net.connect` lookup that resolves through `resolveAll` and refuses non-public answers. */
function guardedLookup(resolveAll: ResolveAll, allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    // The address check lives with the readers, imported with them on the first fetch.
    Promise.all([resolveAll(hostname), loadPipeline()]).then(
      ([found, { classifyAddress }]) => {
        const family = typeof options.family === "number" ? options.family : 0;
        const usable = family === 0 ? found : found.filter((a) => a.family === family);
        if (!allowPrivate) {
          for (const { address } of usable) {
            const kind = classifyAddress(address) ?? "reserved";
            if (kind !== "public") return callback(refusedAt(hostname, address, kind), "", 0);
          }
        }
        const first = usable[0];
        if (!first) {
          const error = Object.assign(new Error(`no address for ${hostname}`), { code: "ENOTFOUND" });
          return callback(error, "", 0);
        }
        // net asks for every address when it races IPv4 and IPv6 (autoSelectFamily).
        if (options.all) (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, usable);
        else callback(null, first.address, first.family);
      },
      (error: unknown) => callback(error as NodeJS.ErrnoException, "", 0),
    );
  };
}

/** undici, imported on the first fetch: a server that never fetches a URL does not hold it (~13 MB). */
let undici: Promise<typeof Undici> | null = null;
const loadUndici = () => (undici ??= import("undici"));

/** The real fetch ports: system DNS, and undici with the connect-time address check. */
export function createGuardedFetch(options: GuardedFetchOptions): GuardedFetch {
  const resolveAll = options.resolveAll ?? systemResolveAll;
  let agent: Promise<Undici.Agent> | null = null;
  const agentOf = () =>
    (agent ??= loadUndici().then(
      ({ Agent }) =>
        new Agent({
          connect: { lookup: guardedLookup(resolveAll, options.allowPrivate) },
          // No keep-alive: a poll comes minutes after the last one, when a kept socket would be stale (ECONNRESET).
          pipelining: 0,
          // Bodies are streamed and cut by the reader; these only bound a stalled peer.
          headersTimeout: 60_000,
          bodyTimeout: 60_000,
        }),
    ));
  const guardedFetch = (async (input: string | URL, init?: RequestInit) => {
    const [{ fetch: undiciFetch }, dispatcher] = await Promise.all([loadUndici(), agentOf()]);
    return undiciFetch(input, { ...(init as object), dispatcher });
  }) as unknown as typeof fetch;
  return {
    fetch: guardedFetch,
    resolveHost: async (host) => (await resolveAll(host)).map((a) => a.address),
    close: async () => {
      if (agent) await (await agent).close();
    },
  };
}
