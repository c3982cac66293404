// `espial ingest URL`, `espial feeds` and `espial watch --once` end to end: the CLI in-process against a real
// local HTTP server and a real embedded store. Hostile sources each end in one clear message with nothing
// half-written; each limit, set in the environment as a config setting, holds at its value and one past it;
// the source kind reaches fact confidence and the TLP reaches the STIX export.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPgliteStore } from "../../store/pglite/index.ts";
import type { Store } from "../../store/store.ts";
import { TLP_MARKING_IDS } from "../../stix/markings.ts";
import { espial, tempDir } from "../../../test/helpers.ts";

const MIB = 1024 * 1024;

const SCRIPTED = `<!doctype html><html><head><title>Ministry statement</title>
<script>window.stolen = "SCRIPT-SECRET";</script><style>.banner { content: "STYLE-SECRET"; }</style></head>
<body onload="alert('HANDLER-SECRET')"><nav>Home | World | Sport</nav><article><h1>Ministry statement</h1>
<p onclick="track('HANDLER-SECRET')">The foreign ministry said on Monday that the intrusions into port operators had been traced to a unit it did not name.</p>
<script>document.write("SCRIPT-SECRET")</script><noscript>NOSCRIPT-SECRET</noscript>
<p>Officials added that the investigation into the port operators was continuing and that more announcements would follow.</p>
</article></body></html>`;

const CLAIM = `<!doctype html><html><head><title>Charges announced</title></head><body><article><h1>Charges announced</h1>
<p>The Justice Department charged two members of APT10 with computer intrusion on Thursday, December 20, 2018.</p>
<p>According to the indictment, APT10 worked on behalf of the Ministry of State Security.</p></article></body></html>`;

function bombFeed(): string {
  const entities = Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join("");
  return `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY l0 "lol">${entities}]><rss version="2.0"><channel><item><description>&l9;</description></item></channel></rss>`;
}

/** A small item (~110 bytes), so that 100,000 of them stay under maxReportBytes and the item limit is met first. */
const itemXml = (n: number) =>
  `<item><link>https://w.example/${n}</link><guid>w-${n}</guid><description>Wire brief ${n}: phishing at a port.</description></item>`;

let server: Server;
let base = "";
/** Bytes the server managed to send of the 200 MB page before the reader hung up. */
let bigSent = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    const m = /^\/(hops|bytes|items)\/(\d+)$/.exec(url.pathname);
    const n = Number(m?.[2] ?? 0);
    if (m?.[1] === "hops") {
      if (n === 0)
        return res.writeHead(200, { "content-type": "text/plain" }).end(`Arrived after the hops, at ${url.pathname}.`);
      return res.writeHead(302, { location: `/hops/${n - 1}` }).end();
    }
    if (m?.[1] === "bytes") {
      const line = "An analyst note on a campaign against regional ports, repeated to size. ";
      return res.writeHead(200, { "content-type": "text/plain" }).end(line.repeat(n / line.length + 1).slice(0, n));
    }
    if (m?.[1] === "items") {
      res.writeHead(200, { "content-type": "application/rss+xml" });
      res.write(`<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>`);
      for (let i = 0; i < n; i += 1_000)
        res.write(Array.from({ length: Math.min(1_000, n - i) }, (_, k) => itemXml(i + k)).join(""));
      return res.end("</channel></rss>");
    }
    switch (url.pathname) {
      case "/scripted":
        return res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(SCRIPTED);
      case "/claim":
        return res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(CLAIM);
      case "/bomb":
        return res.writeHead(200, { "content-type": "application/rss+xml" }).end(bombFeed());
      case "/loop":
        return res.writeHead(302, { location: "/loop-back" }).end();
      case "/loop-back":
        return res.writeHead(301, { location: "/loop" }).end();
      case "/slow":
        return void setTimeout(() => res.writeHead(200, { "content-type": "text/plain" }).end("late"), 2_000);
      case "/big": {
        // 200 MB, chunked and written only as fast as the client reads: nothing this big is ever allocated.
        res.writeHead(200, { "content-type": "text/plain" });
        const chunk = Buffer.alloc(64 * 1024, "a quiet paragraph ");
        bigSent = 0;
        const pump = () => {
          while (bigSent < 200 * MIB && !res.destroyed) {
            bigSent += chunk.length;
            if (!res.write(chunk)) return void res.once("drain", pump);
          }
          res.end();
        };
        res.on("close", () => undefined);
        return pump();
      }
      default:
        return res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

let work: Awaited<ReturnType<typeof tempDir>>;
let db = "";
beforeAll(async () => {
  work = await tempDir("espial-urls-");
  db = join(work.dir, "store");
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await work.cleanup();
});

interface Result {
  readonly origin: string;
  readonly status: string;
  readonly id?: string;
  readonly reason?: string;
}

async function ingest(args: readonly string[], env: Record<string, string> = {}) {
  const run = await espial(["ingest", ...args, "--db", db, "--json"], { env });
  const results = (JSON.parse(run.stdout || '{"results":[]}') as { results: Result[] }).results;
  return { ...run, results };
}

async function withStore<T>(use: (store: Store) => Promise<T>): Promise<T> {
  const store = await createPgliteStore({ dir: db });
  try {
    return await use(store);
  } finally {
    await store.close();
  }
}

describe("espial ingest URL", () => {
  it("refuses a URL to 127.0.0.1 without --allow-private, storing nothing", async () => {
    const run = await espial(["ingest", `${base}/scripted`, "--db", db]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `espial: rejected ${base}/scripted: refusing to fetch ${base}/scripted: 127.0.0.1 is a loopback address; only public addresses are fetched unless private addresses are allowed`,
    );
    expect(await withStore((s) => s.counts())).toMatchObject({ reports: 0 });
  }, 120_000);

  it("reads a script-laden page without its scripts, styles or handlers, with the TLP and source kind given", async () => {
    const run = await ingest([`${base}/scripted`, "--allow-private", "--tlp", "green", "--source-kind", "vendor"]);
    expect(run.code, run.stderr).toBe(0);
    const [result] = run.results;
    expect(result).toMatchObject({ origin: `${base}/scripted`, status: "stored" });
    const report = await withStore((s) => s.getReport(result?.id ?? ""));
    expect(report?.text).toContain("traced to a unit it did not name");
    expect(report?.text).not.toMatch(/SECRET|alert|track\(|Home \| World/);
    expect(report?.source).toMatchObject({
      url: `${base}/scripted`,
      title: "Ministry statement",
      tlp: "green",
      kind: "vendor",
    });
  }, 120_000);

  it("cuts a 200 MB page at maxReportBytes while streaming, with a clear error and nothing stored", async () => {
    const before = await withStore((s) => s.counts());
    const heap = process.memoryUsage().heapUsed;
    const run = await ingest([`${base}/big`, "--allow-private"]);
    expect(run.code).toBe(1);
    expect(run.results).toEqual([
      {
        origin: `${base}/big`,
        status: "rejected",
        reason: `response from ${base}/big is too large (more than ${20 * MIB} bytes): over the limit maxReportBytes = 20 MiB`,
      },
    ]);
    // The reader hung up near the cap: the server never got to send the 200 MB.
    expect(bigSent).toBeLessThan(64 * MIB);
    expect((process.memoryUsage().heapUsed - heap) / MIB).toBeLessThan(100);
    expect(await withStore((s) => s.counts())).toEqual(before);
  }, 120_000);

  it("holds maxReportBytes, maxRedirects and fetchTimeoutMs, set in the environment, at the limit and one past", async () => {
    const env = { ESPIAL_MAX_REPORT_BYTES: "3000", ESPIAL_MAX_REDIRECTS: "2", ESPIAL_FETCH_TIMEOUT_MS: "500" };
    const run = await ingest(
      [
        `${base}/bytes/3000`,
        `${base}/bytes/3001`,
        `${base}/hops/2`,
        `${base}/hops/3`,
        `${base}/slow`,
        "--allow-private",
      ],
      env,
    );
    const byOrigin = new Map(run.results.map((r) => [r.origin, r]));
    expect(byOrigin.get(`${base}/bytes/3000`)?.status).toBe("stored");
    expect(byOrigin.get(`${base}/bytes/3001`)?.reason).toMatch(/over the limit maxReportBytes = 3000 bytes/);
    expect(byOrigin.get(`${base}/hops/2`)?.status).toBe("stored");
    expect(byOrigin.get(`${base}/hops/3`)?.reason).toMatch(/too many redirects .*over the limit maxRedirects = 2/);
    expect(byOrigin.get(`${base}/slow`)?.reason).toBe(
      `timed out after 500 ms fetching ${base}/slow (limit fetchTimeoutMs)`,
    );
    const bad = await espial(["ingest", `${base}/hops/0`, "--db", db], { env: { ESPIAL_MAX_REDIRECTS: "many" } });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/bad configuration: limits\.maxRedirects/);
  }, 120_000);

  it("ends a redirect loop and an entity-expansion feed with one clear message each", async () => {
    const before = await withStore((s) => s.counts());
    const run = await ingest([`${base}/loop`, `${base}/bomb`, "--allow-private"]);
    expect(run.code).toBe(1);
    const reasons = run.results.map((r) => r.reason);
    expect(reasons[0]).toBe(`redirect loop: ${base}/loop-back redirects back to ${base}/loop`);
    expect(reasons[1]).toBe(
      "XML feed declares entities in its DOCTYPE: refused (entities are never expanded, so entity-expansion attacks cannot run)",
    );
    expect(await withStore((s) => s.counts())).toEqual(before);
  }, 120_000);

  it("reads a feed of 100,000 items up to maxFeedItems, whole items only, and says where it stopped", async () => {
    const env = { ESPIAL_MAX_FEED_ITEMS: "4" };
    const atLimit = await ingest([`${base}/items/4`, "--allow-private"], env);
    expect(atLimit.results.map((r) => r.status)).toEqual(["stored", "stored", "stored", "stored"]);
    const flood = await ingest([`${base}/items/100000`, "--allow-private"], env);
    expect(flood.results.map((r) => r.status)).toEqual(["skipped", "unchanged", "unchanged", "unchanged", "unchanged"]);
    expect(flood.results[0]?.reason).toBe(
      "feed holds 100000 items: read the first 4, skipped 99996 (over the limit maxFeedItems = 4)",
    );
    const onePast = await ingest([`${base}/items/5`, "--allow-private"], env);
    expect(onePast.results.filter((r) => r.status === "skipped")).toHaveLength(1);
  }, 180_000);
});

describe("source kind and TLP carried through", () => {
  it("a government source gives a fact more confidence than press, and the TLP marks the STIX export", async () => {
    const confidenceOf = async (kind: string, tlp: string) => {
      const run = await ingest([`${base}/claim`, "--allow-private", "--source-kind", kind, "--tlp", tlp]);
      expect(run.results[0]?.status, run.stderr).toBe("stored");
      const id = run.results[0]?.id ?? "";
      const facts = await withStore(async (s) => {
        const actor = (await s.listActors()).find((a) => a.name === "APT10");
        return s.factsAbout({ kind: "actor", key: actor?.key ?? "" });
      });
      const fact = facts.find((f) => f.reports.includes(id));
      expect(fact, JSON.stringify(facts.map((f) => f.predicate))).toBeDefined();
      return { id, confidence: fact?.confidence ?? 0, predicate: fact?.predicate };
    };
    const press = await confidenceOf("press", "clear");
    await withStore((s) => s.removeDocument(press.id));
    const government = await confidenceOf("government", "amber");
    expect(government.predicate).toBe(press.predicate);
    expect(government.confidence).toBeGreaterThan(press.confidence);

    const exported = await espial(["export", "--stix", "-", "--db", db]);
    expect(exported.code, exported.stderr).toBe(0);
    const bundle = JSON.parse(exported.stdout) as {
      objects: { type: string; object_marking_refs?: string[]; external_references?: { url?: string }[] }[];
    };
    const report = bundle.objects.find(
      (o) => o.type === "report" && o.external_references?.some((r) => r.url === `${base}/claim`),
    );
    expect(report?.object_marking_refs).toEqual([TLP_MARKING_IDS.amber]);
  }, 180_000);
});

describe("espial feeds and espial watch --once", () => {
  it("adds a feed with its defaults, polls it once conditionally, lists and removes it", async () => {
    const add = await espial([
      "feeds",
      "add",
      `${base}/items/3`,
      "--db",
      db,
      "--tlp",
      "red",
      "--source-kind",
      "aggregator",
      "--every",
      "30m",
      "--json",
    ]);
    expect(add.code, add.stderr).toBe(0);
    const { feed } = JSON.parse(add.stdout) as { feed: { id: string; everyMs: number; tlp: string } };
    expect(feed).toMatchObject({ everyMs: 30 * 60_000, tlp: "red" });
    const tooOften = await espial(["feeds", "add", `${base}/items/3`, "--db", db, "--every", "10s"]);
    expect(tooOften.code).toBe(2);

    const refused = await espial(["watch", "--once", "--db", db, "--json"]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/127\.0\.0\.1 is a loopback address/);
    // Refused: the next poll is pushed back, so nothing is due now.
    const again = await espial(["watch", feed.id, "--once", "--allow-private", "--db", db]);
    expect(again.stdout).toContain("watch: no feed is due");

    const list = await espial(["feeds", "list", "--db", db, "--json"]);
    const [listed] = (JSON.parse(list.stdout) as { feeds: { consecutiveErrors: number; lastStatus: string }[] }).feeds;
    expect(listed).toMatchObject({ consecutiveErrors: 1, lastStatus: "error" });

    const removed = await espial(["feeds", "remove", feed.id, "--db", db]);
    expect(removed.stdout).toContain(`removed ${feed.id}`);
    expect((await espial(["feeds", "remove", feed.id, "--db", db])).code).toBe(1);

    const added = await espial(["watch", `${base}/items/2`, "--once", "--allow-private", "--db", db, "--json"]);
    expect(added.code, added.stderr).toBe(0);
    const polls = (JSON.parse(added.stdout) as { polls: { status: string; stored: number; unchanged: number }[] })
      .polls;
    expect(polls).toEqual([expect.objectContaining({ status: "fetched" })]);
    expect((polls[0]?.stored ?? 0) + (polls[0]?.unchanged ?? 0)).toBe(2);
  }, 240_000);
});
