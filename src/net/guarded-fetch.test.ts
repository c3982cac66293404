// The real HTTP client against a local server: names are resolved (here by a stand-in resolver) and every
// address is checked again when the socket connects, so DNS rebinding to 127.0.0.1 is refused.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultLimits } from "../config/limits.ts";
import { fetchInput } from "../pipeline/read/index.ts";
import { createGuardedFetch, type ResolveAll } from "./guarded-fetch.ts";

let server: Server;
let port = 0;
beforeAll(async () => {
  server = createServer((_, res) => res.writeHead(200, { "content-type": "text/plain" }).end("inside"));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const limits = { ...defaultLimits(), fetchTimeoutMs: 5_000 };
const toLoopback: ResolveAll = () => Promise.resolve([{ address: "127.0.0.1", family: 4 }]);

async function failure(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    return error as { code: string; message: string };
  }
  throw new Error("expected the fetch to fail");
}

describe("createGuardedFetch", () => {
  it("refuses a name that resolves to 127.0.0.1 before fetching", async () => {
    const client = createGuardedFetch({ allowPrivate: false, resolveAll: toLoopback });
    try {
      const error = await failure(fetchInput(`http://news.example:${port}/`, client, { limits, allowPrivate: false }));
      expect(error.code).toBe("refused-address");
      expect(error.message).toMatch(/127\.0\.0\.1 is a loopback address \(news\.example resolves to it\)/);
    } finally {
      await client.close();
    }
  });

  it("refuses at connect time a name that answered a public address to the check (DNS rebinding)", async () => {
    const client = createGuardedFetch({ allowPrivate: false, resolveAll: toLoopback });
    // The check sees a public address; the connection then resolves the name again and gets 127.0.0.1.
    const rebinding = { fetch: client.fetch, resolveHost: () => Promise.resolve(["93.184.216.34"]) };
    try {
      const error = await failure(
        fetchInput(`http://news.example:${port}/`, rebinding, { limits, allowPrivate: false }),
      );
      expect(error.code).toBe("refused-address");
      expect(error.message).toBe(
        "refusing to connect to news.example: it resolves to 127.0.0.1, a loopback address; only public addresses are fetched unless private addresses are allowed",
      );
    } finally {
      await client.close();
    }
  });

  it("connects to the resolved private address when allowed", async () => {
    const client = createGuardedFetch({ allowPrivate: true, resolveAll: toLoopback });
    try {
      const input = await fetchInput(`http://news.example:${port}/`, client, { limits, allowPrivate: true });
      expect(new TextDecoder().decode(input.bytes)).toBe("inside");
    } finally {
      await client.close();
    }
  });
});
