import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultLimits } from "../../config/limits.ts";
import { readInput } from "./index.ts";
import { fetchInput, type FetchDeps, type FetchOptions } from "./url.ts";

const RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>Local desk</title>
<item><title>First</title><link>https://desk.example/1</link><description>First item text.</description></item>
<item><title>Second</title><link>https://desk.example/2</link><description>Second item text.</description></item>
</channel></rss>`;

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
const routes: Record<string, Handler> = {
  "/report.txt": (_, res) =>
    res.writeHead(200, { "content-type": "text/plain; charset=utf-8" }).end("A short report.\n"),
  "/feed": (_, res) => res.writeHead(200, { "content-type": "application/rss+xml" }).end(RSS),
  "/missing": (_, res) => res.writeHead(404, "Not Found").end("no"),
  "/loop": (_, res) => res.writeHead(302, { location: "/loop" }).end(),
  "/no-location": (_, res) => res.writeHead(301).end(),
  "/to-file": (_, res) => res.writeHead(302, { location: "file:///etc/passwd" }).end(),
  "/to-loopback": (_, res) => res.writeHead(302, { location: `http://127.0.0.1:${port}/report.txt` }).end(),
  "/slow": (_, res) => {
    setTimeout(() => res.writeHead(200, { "content-type": "text/plain" }).end("late"), 1_000);
  },
  "/slow-body": (_, res) => {
    res.writeHead(200, { "content-type": "text/plain" });
    res.write("start ");
    setTimeout(() => res.end("end"), 1_000);
  },
  "/declared-large": (_, res) =>
    res.writeHead(200, { "content-type": "text/plain", "content-length": "2000" }).end("x".repeat(2000)),
};

let server: Server;
let port = 0;
let base = "";

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const hops = /^\/hops\/(\d+)$/.exec(url.pathname);
    if (hops) {
      const n = Number(hops[1]);
      if (n === 0) res.writeHead(200, { "content-type": "text/plain" }).end("arrived");
      else res.writeHead(302, { location: `/hops/${n - 1}` }).end();
      return;
    }
    const size = /^\/bytes\/(\d+)$/.exec(url.pathname);
    if (size) {
      // Chunked, without Content-Length: the cap must hold while streaming.
      res.writeHead(200, { "content-type": "text/plain" });
      const total = Number(size[1]);
      for (let sent = 0; sent < total; sent += 100) res.write("y".repeat(Math.min(100, total - sent)));
      res.end();
      return;
    }
    (routes[url.pathname] ?? ((_, r: ServerResponse) => r.writeHead(404).end()))(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const limits = { ...defaultLimits(), maxReportBytes: 1_000, maxRedirects: 3, fetchTimeoutMs: 500 };
const local: FetchDeps = { fetch: globalThis.fetch, resolveHost: () => Promise.resolve(["127.0.0.1"]) };
const open: FetchOptions = { limits, allowPrivate: true };
const closed: FetchOptions = { limits, allowPrivate: false };

async function failure(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    return error as { code: string; message: string };
  }
  throw new Error("expected the fetch to fail");
}

describe("fetchInput on a local server (private addresses allowed)", () => {
  it("fetches a text with its content type and final URL", async () => {
    const input = await fetchInput(`${base}/report.txt`, local, open);
    expect(new TextDecoder().decode(input.bytes)).toBe("A short report.\n");
    expect(input).toMatchObject({
      origin: `${base}/report.txt`,
      url: `${base}/report.txt`,
      contentType: "text/plain; charset=utf-8",
    });
  });

  it("fetches a feed that readInput then splits into items", async () => {
    const input = await fetchInput(`${base}/feed`, local, open);
    const outcomes = readInput(input, { limits: defaultLimits(), defaults: { kind: "press", tlp: "clear" } });
    expect(outcomes.map((o) => (o.status === "read" ? o.report.source.title : o.status))).toEqual(["First", "Second"]);
  });

  it("follows exactly maxRedirects redirects and refuses one more, naming the limit", async () => {
    const input = await fetchInput(`${base}/hops/3`, local, open);
    expect(input.url).toBe(`${base}/hops/0`);
    const error = await failure(fetchInput(`${base}/hops/4`, local, open));
    expect(error.code).toBe("network");
    expect(error.message).toMatch(/too many redirects .*over the limit maxRedirects = 3/);
  });

  it("ends a redirect loop with a clear error", async () => {
    const error = await failure(fetchInput(`${base}/loop`, local, open));
    expect(error).toMatchObject({
      code: "network",
      message: `redirect loop: ${base}/loop redirects back to ${base}/loop`,
    });
  });

  it("refuses a redirect without a location or to another scheme", async () => {
    expect((await failure(fetchInput(`${base}/no-location`, local, open))).code).toBe("network");
    expect((await failure(fetchInput(`${base}/to-file`, local, open))).code).toBe("unsupported");
  });

  it("times out a slow response and a slow body", async () => {
    for (const path of ["/slow", "/slow-body"]) {
      const started = Date.now();
      const error = await failure(fetchInput(`${base}${path}`, local, open));
      expect(error.code).toBe("network");
      expect(error.message).toMatch(/timed out after 500 ms/);
      expect(Date.now() - started).toBeLessThan(900);
    }
    const patient = await fetchInput(`${base}/slow`, local, { ...open, limits: { ...limits, fetchTimeoutMs: 3_000 } });
    expect(new TextDecoder().decode(patient.bytes)).toBe("late");
  });

  it("reads a body of exactly maxReportBytes and refuses one byte more while streaming", async () => {
    expect((await fetchInput(`${base}/bytes/1000`, local, open)).bytes.length).toBe(1_000);
    const error = await failure(fetchInput(`${base}/bytes/1001`, local, open));
    expect(error.code).toBe("too-large");
    expect(error.message).toMatch(/over the limit maxReportBytes = 1000 bytes/);
    expect((await failure(fetchInput(`${base}/declared-large`, local, open))).message).toMatch(/Content-Length 2000/);
  });

  it("reports HTTP errors with their status, and unreachable servers", async () => {
    const error = await failure(fetchInput(`${base}/missing`, local, open));
    expect(error).toMatchObject({ code: "network", message: `HTTP 404 Not Found from ${base}/missing` });
    const gone = await failure(fetchInput("http://127.0.0.1:1/x", local, open));
    expect(gone.code).toBe("network");
  });

  it("accepts only http and https URLs", async () => {
    expect((await failure(fetchInput("file:///etc/passwd", local, open))).code).toBe("unsupported");
    expect((await failure(fetchInput("not a url", local, open))).code).toBe("bad-usage");
  });
});

describe("fetchInput refusing private addresses", () => {
  it.each([
    "http://127.0.0.1:PORT/report.txt",
    "http://localhost:PORT/report.txt",
    "http://LOCALHOST.:PORT/report.txt",
    "http://2130706433:PORT/report.txt",
    "http://0x7f.1:PORT/report.txt",
    "http://017700000001:PORT/report.txt",
    "http://[::1]:PORT/report.txt",
    "http://[::ffff:127.0.0.1]:PORT/report.txt",
    "http://0.0.0.0:PORT/report.txt",
    "http://169.254.169.254/latest/meta-data/",
    "http://[fd00::1]/",
  ])("refuses %s", async (template) => {
    const error = await failure(fetchInput(template.replace("PORT", String(port)), local, closed));
    expect(error.code).toBe("refused-address");
    expect(error.message).toMatch(/is a (loopback|unspecified|link-local|unique-local) address/);
  });

  it("refuses a name that resolves to a private address, naming it", async () => {
    const deps: FetchDeps = {
      fetch: globalThis.fetch,
      resolveHost: () => Promise.resolve(["93.184.216.34", "10.0.0.5"]),
    };
    const error = await failure(fetchInput("http://intranet.example/", deps, closed));
    expect(error).toMatchObject({ code: "refused-address" });
    expect(error.message).toMatch(/10\.0\.0\.5 is a private address \(intranet\.example resolves to it\)/);
  });

  it("checks every redirect hop: a public host redirecting to loopback is refused", async () => {
    // A public-looking name whose connections the test routes to the local server.
    const deps: FetchDeps = {
      resolveHost: () => Promise.resolve(["93.184.216.34"]),
      fetch: (url, init) => globalThis.fetch((url as string).replace("http://public.example", base), init),
    };
    const ok = await fetchInput("http://public.example/report.txt", deps, closed);
    expect(new TextDecoder().decode(ok.bytes)).toBe("A short report.\n");
    const error = await failure(fetchInput("http://public.example/to-loopback", deps, closed));
    expect(error.code).toBe("refused-address");
    expect(error.message).toContain("127.0.0.1 is a loopback address");
  });

  it("reports a name that does not resolve as a network error", async () => {
    const deps: FetchDeps = { fetch: globalThis.fetch, resolveHost: () => Promise.reject(new Error("ENOTFOUND")) };
    const error = await failure(fetchInput("http://nowhere.example/", deps, closed));
    expect(error).toMatchObject({ code: "network", message: "could not resolve nowhere.example: ENOTFOUND" });
  });
});
