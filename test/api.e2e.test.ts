// The HTTP API end to end: every route through app.request() on one embedded store, then `espial serve` as a
// real process on the same store (HTTP, the OpenAPI document, the store lock, a clean stop on SIGTERM).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { z } from "zod";
import { createApp, createTokenAuthenticator, describeApi, type ApiApp, type ApiDeps } from "../src/api/index.ts";
import { actorListSchema, actorProfileSchema, actorReportsSchema } from "../src/api/actors/schema.ts";
import { errorBodySchema } from "../src/api/errors.ts";
import { eventListSchema } from "../src/api/events/schema.ts";
import { extractionSchema } from "../src/api/extract/schema.ts";
import { ingestResponseSchema } from "../src/api/ingest/schema.ts";
import { healthSchema } from "../src/api/meta/schema.ts";
import { reportListSchema, storedReportSchema } from "../src/api/reports/schema.ts";
import { searchResultSchema } from "../src/api/search/schema.ts";
import { loadKnowledge, openStore, pipelineDeps } from "../src/compose.ts";
import { loadConfig } from "../src/config/index.ts";
import { defaultLimits } from "../src/config/limits.ts";
import { errorTable, type ErrorCode } from "../src/core/index.ts";
import type { Store } from "../src/store/store.ts";
import { espial, ROOT, tempDir } from "./helpers.ts";
import { openApiProblems } from "../src/api/openapi-check.ts";

const TOKEN = "test-token-6d1f0a9c4b7e2d58";
const SAMPLES = ["01-apt10-indictment-wire.txt", "02-apt10-allies-statement.txt", "03-apt28-eu-sanctions.txt"];

let dir = "";
let cleanup: () => Promise<void> = async () => {};
let store: Store;
let storeOpen = false;
let deps: ApiDeps;
let app: ApiApp;
const logged: string[] = [];
const storeDir = () => join(dir, "store");

interface Answer {
  readonly status: number;
  readonly headers: Headers;
  readonly body: unknown;
}

async function call(target: ApiApp, path: string, init: RequestInit & { token?: string } = {}): Promise<Answer> {
  const headers = new Headers(init.headers);
  if (init.token) headers.set("authorization", `Bearer ${init.token}`);
  const res = await target.request(path, { ...init, headers });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? (JSON.parse(text) as unknown) : null };
}
const get = (path: string) => call(app, path);
const post = (path: string, body: string, type: string, token: string | undefined = TOKEN, target = app) =>
  call(target, path, { method: "POST", body, headers: { "content-type": type }, ...(token ? { token } : {}) });
const json = (value: unknown) => JSON.stringify(value);

/** The answer is an error of this code, with its status and the one error shape; returns its message. */
function expectError(answer: Answer, code: ErrorCode): string {
  expect(answer.status).toBe(errorTable[code].http);
  const body = errorBodySchema.parse(answer.body);
  expect(body.error.code).toBe(code);
  return body.error.message;
}
const parsed = <S extends z.ZodType>(schema: S, answer: Answer): z.infer<S> => {
  expect(answer.status).toBe(200);
  return schema.parse(answer.body);
};

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir("espial-api-"));
  const config = loadConfig({ env: {}, flags: { db: storeDir() } });
  store = await openStore(config);
  storeOpen = true;
  deps = {
    store,
    pipeline: { ...pipelineDeps(config), catalogue: loadKnowledge(config).catalogue },
    limits: defaultLimits(),
    defaults: config.defaults,
    auth: createTokenAuthenticator([{ name: "test", token: TOKEN }]),
    allowedHosts: null,
    openReads: true,
    clock: () => new Date("2026-01-02T03:04:05Z"),
    log: (line) => logged.push(line),
  };
  app = createApp(deps);
  for (const name of SAMPLES) {
    const answer = await post(
      "/api/ingest",
      await readFile(join(ROOT, "samples", name), "utf8"),
      "text/plain; charset=utf-8",
    );
    expect(parsed(ingestResponseSchema, answer).stored).toBe(1);
  }
});
afterAll(async () => {
  if (storeOpen) await store.close();
  await cleanup();
});

describe("the API on app.request()", () => {
  it("answers health with the store's counts and the security headers", async () => {
    const answer = await get("/api/health");
    const health = parsed(healthSchema, answer);
    expect(health).toMatchObject({ status: "ok", time: "2026-01-02T03:04:05.000Z", writes: true });
    expect(health.store.reports).toBe(3);
    expect(answer.headers.get("content-security-policy")).toMatch(/default-src 'self'.*frame-ancestors 'none'/);
    expect(answer.headers.get("content-security-policy")).not.toMatch(/unsafe-inline/);
    expect(answer.headers.get("x-content-type-options")).toBe("nosniff");
    expect(answer.headers.get("referrer-policy")).toBe("no-referrer");
    expect(answer.headers.get("cache-control")).toBe("no-store");
  });

  it("lists actors with counts, a page at a time", async () => {
    const list = parsed(actorListSchema, await get("/api/actors"));
    const apt10 = list.actors.find((a) => a.name === "APT10");
    expect(apt10).toMatchObject({ reports: 2, country: "CN" });
    const page = parsed(actorListSchema, await get("/api/actors?limit=1&offset=1"));
    expect(page.total).toBe(list.total);
    expect(page.actors).toEqual(list.actors.slice(1, 2));
    expect(expectError(await get("/api/actors?limit=0"), "bad-usage")).toMatch(/query parameter "limit"/);
  });

  it("profiles an actor by any name, forgivingly, with evidence that slices the stored text", async () => {
    const profile = parsed(actorProfileSchema, await get("/api/actors/stone%20panda"));
    expect(profile.name).toBe("APT10");
    expect(profile.reports).toHaveLength(2);
    for (const name of ["APT-10", "atp10", "menuPass"]) {
      expect(parsed(actorProfileSchema, await get(`/api/actors/${encodeURIComponent(name)}`)).id).toBe(profile.id);
    }
    for (const fact of profile.attributed_to) {
      for (const e of fact.evidence) {
        const report = parsed(storedReportSchema, await get(`/api/reports/${e.document}`));
        expect(report.text.slice(e.start, e.end)).toBe(e.sentence);
      }
    }
    expect(expectError(await get("/api/actors/Nonexistent%20Bunny%20Collective"), "not-found")).toMatch(
      /no actor known as/,
    );
  });

  it("pages an actor's reports, newest first, in its profile and on their own", async () => {
    const whole = parsed(actorProfileSchema, await get("/api/actors/APT10"));
    expect(whole.reports_total).toBe(2);
    const one = parsed(actorProfileSchema, await get("/api/actors/APT10?reports_limit=1"));
    expect(one.reports_total).toBe(2);
    expect(one.reports).toEqual(whole.reports.slice(0, 1));
    expect(one.attributed_to).toEqual(whole.attributed_to);
    expect(whole.first_report?.document).toBe(whole.reports.at(-1)?.document);
    const next = parsed(actorReportsSchema, await get("/api/actors/stone%20panda/reports?limit=1&offset=1"));
    expect(next).toEqual({ total: 2, reports: whole.reports.slice(1, 2) });
    for (const fact of [...whole.attributed_to, ...whole.victim_countries])
      expect(fact.evidence.length).toBe(Math.min(fact.evidence_total, 5));
    expect(expectError(await get("/api/actors/APT10?reports_limit=-1"), "bad-usage")).toMatch(/reports_limit/);
  });

  it("lists an actor's events: those naming it, and those its reports tell without naming any actor", async () => {
    const all = parsed(eventListSchema, await get("/api/events?limit=1000")).events;
    const key = parsed(actorProfileSchema, await get("/api/actors/APT10")).id;
    const mine = parsed(eventListSchema, await get(`/api/events?actor=${encodeURIComponent(key)}&limit=1000`)).events;
    const naming = all.filter((e) => e.actors.some((a) => a.key === key)).map((e) => e.id);
    expect(naming.length).toBeGreaterThan(0);
    expect(mine.filter((e) => e.relation === "names-actor").map((e) => e.id)).toEqual(naming);
    const told = mine.filter((e) => e.relation === "in-actor-reports");
    for (const e of told) expect(e.actors).toEqual([]);
    // The APT28 report's events are neither.
    const apt28 = parsed(actorProfileSchema, await get("/api/actors/APT28")).id;
    expect(mine.some((e) => e.actors.some((a) => a.key === apt28))).toBe(false);
  });

  it("lists reports and shows one with its text and extraction", async () => {
    const list = parsed(reportListSchema, await get("/api/reports"));
    expect(list.total).toBe(3);
    const first = list.reports[0]!;
    const report = parsed(storedReportSchema, await get(`/api/reports/${first.id}`));
    expect(report.text.length).toBe(first.length);
    expect(report.source.title).toBe(first.title);
    expectError(await get("/api/reports/0000000000000000"), "not-found");
    expect(expectError(await get("/api/reports/no%20such"), "bad-usage")).toMatch(/path parameter "id"/);
  });

  it("searches actors by any name and reports by title", async () => {
    const found = parsed(searchResultSchema, await get("/api/search?q=cloud%20hoper"));
    expect(found.actors[0]).toMatchObject({ name: "APT10", how: "typo", reports: 2 });
    const byTitle = parsed(searchResultSchema, await get("/api/search?q=sanctions"));
    expect(byTitle.reports.map((r) => r.title)).toEqual(["EU imposes sanctions over parliament hack"]);
    expect(expectError(await get("/api/search"), "bad-usage")).toMatch(/query parameter "q"/);
    expectError(await get("/api/search?q=%20"), "bad-usage");
  });

  it("extracts one report without storing it, with the JSON form's date", async () => {
    const text = "Prosecutors on Thursday charged two officers of the GRU, a group known as APT28, with hacking.";
    const out = parsed(
      extractionSchema,
      await post("/api/extract", json({ text, published: "2020-10-22" }), "application/json", undefined),
    );
    expect(out.source.published).toBe("2020-10-22");
    expect(out.actors.map((a) => a.name)).toContain("APT28");
    expect(out.actions[0]?.date).toBe("2020-10-22");
    const plain = parsed(extractionSchema, await post("/api/extract", text, "text/plain", undefined));
    expect(plain.actions[0]?.date ?? null).toBeNull();
    const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>${"<item><title>a</title><description>APT28 hacked a parliament.</description></item>".repeat(2)}</channel></rss>`;
    expectError(await post("/api/extract", feed, "text/html", undefined), "bad-usage");
    expect(parsed(healthSchema, await get("/api/health")).store.reports).toBe(3);
  });

  it("ingests JSON with its metadata, idempotently, only with a valid token", async () => {
    const body = json({
      text: "APT10 hackers broke into managed service providers in Japan on Thursday, officials said.",
      title: "MSP intrusions",
      url: "https://example.org/msp",
      published: "2018-12-20",
      tlp: "green",
      source_kind: "press",
    });
    const noToken = await post("/api/ingest", body, "application/json", "");
    expect(expectError(noToken, "unauthorized")).toMatch(/bearer token/);
    expect(noToken.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect(
      expectError(await post("/api/ingest", body, "application/json", "wrong-token-0123456789"), "unauthorized"),
    ).toMatch(/not valid/);
    const first = parsed(ingestResponseSchema, await post("/api/ingest", body, "application/json"));
    expect(first).toMatchObject({ stored: 1, rejected: 0 });
    const kept = first.results[0]!;
    if (kept.status !== "stored") throw new Error("not stored");
    const report = parsed(storedReportSchema, await get(`/api/reports/${kept.id}`));
    expect(report.source).toMatchObject({
      title: "MSP intrusions",
      url: "https://example.org/msp",
      published: "2018-12-20",
      tlp: "green",
      kind: "press",
      origin: "api",
    });
    expect(parsed(ingestResponseSchema, await post("/api/ingest", body, "application/json"))).toMatchObject({
      stored: 0,
      unchanged: 1,
    });
  });

  it("refuses bad bodies with the code that says why", async () => {
    expect(expectError(await post("/api/ingest", json({ title: "no text" }), "application/json"), "bad-usage")).toMatch(
      /body field "text"/,
    );
    expect(
      expectError(await post("/api/ingest", json({ text: "x", sourceKind: "press" }), "application/json"), "bad-usage"),
    ).toMatch(/sourceKind/);
    expect(
      expectError(
        await post("/api/ingest", json({ text: "x", published: "22/10/2020" }), "application/json"),
        "bad-usage",
      ),
    ).toMatch(/published/);
    expectError(await post("/api/ingest", "{not json", "application/json"), "malformed");
    expectError(await post("/api/ingest", "", "text/plain"), "empty-input");
    expectError(await post("/api/ingest", "\u0000\u0001PNG\u0000\u0000\u0000", "text/plain"), "binary-input");
    expectError(await post("/api/ingest", "GIF89a", "image/gif"), "unsupported");
    // STIX bundles are imported by /api/ingest (src/api/ingest/stix.test.ts); /api/extract reads reports only.
    const bundle = json({ type: "bundle", id: "bundle--6d1f0a9c-4b7e-4d58-9c4b-7e2d586d1f0a", objects: [] });
    expect(
      expectError(await post("/api/ingest", json({ type: "bundle", id: "nope" }), "application/json"), "malformed"),
    ).toMatch(/STIX/);
    expectError(await post("/api/extract", bundle, "application/json", undefined), "not-implemented");
  });

  it("limits body size, refuses writes without a token configured, and checks the Host", async () => {
    const small = createApp({
      ...deps,
      limits: { ...deps.limits, maxReportBytes: 64 },
      auth: null,
      allowedHosts: ["127.0.0.1", "localhost"],
    });
    expect(
      expectError(await post("/api/extract", "APT28 ".repeat(40), "text/plain", undefined, small), "too-large"),
    ).toMatch(/64 bytes/);
    expect(expectError(await post("/api/ingest", "APT28 hit.", "text/plain", TOKEN, small), "forbidden")).toMatch(
      /ESPIAL_TOKEN/,
    );
    const rebound = await call(small, "http://rebind.example:7410/api/health");
    expect(expectError(rebound, "forbidden")).toMatch(/rebind\.example/);
    expect(rebound.headers.get("content-security-policy")).toMatch(/default-src/);
    expect((await call(small, "http://127.0.0.1:7410/api/health")).status).toBe(200);
  });

  it("answers unknown routes and internal failures in the one error shape, hiding internals", async () => {
    expect(expectError(await get("/api/nothing-here"), "not-found")).toMatch(/no route GET \/api\/nothing-here/);
    expectError(await call(app, "/api/actors", { method: "DELETE" }), "not-found");
    const failing = new Proxy(store, {
      get: (t, p): unknown =>
        p === "listActors" ? () => Promise.reject(new Error("disk on fire")) : Reflect.get(t, p, t),
    });
    const broken = createApp({ ...deps, store: failing });
    const message = expectError(await call(broken, "/api/actors"), "internal");
    expect(message).not.toMatch(/disk on fire/);
    expect(logged.some((l) => l.includes("disk on fire"))).toBe(true);
  });

  it("serves an OpenAPI 3 document with every route, the same as describeApi()", async () => {
    const answer = await get("/api/openapi.json");
    expect(answer.status).toBe(200);
    expect(openApiProblems(answer.body)).toEqual([]);
    expect(answer.body).toEqual(JSON.parse(json(describeApi())));
  });
});

/** Starts `espial serve` as its own process and resolves with its URL once it listens. */
function startServe(db: string): Promise<{ child: ChildProcessWithoutNullStreams; url: string; output: () => string }> {
  const child = spawn(process.execPath, ["bin/espial.js", "serve", "--port", "0", "--db", db], {
    cwd: ROOT,
    env: { ...process.env, ESPIAL_TOKEN: TOKEN, ESPIAL_DB: "", DATABASE_URL: "" },
  });
  let out = "";
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /serving (http:\/\/\S+)\/api/.exec(out);
      if (m?.[1]) resolve({ child, url: m[1], output: () => out });
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("exit", (code) => reject(new Error(`espial serve exited with ${String(code)}: ${out}`)));
  });
}

describe("espial serve, a real process on the same store", () => {
  let served: Awaited<ReturnType<typeof startServe>>;

  beforeAll(async () => {
    await store.close();
    storeOpen = false;
    served = await startServe(storeDir());
  });
  afterAll(() => {
    if (served.child.exitCode === null) served.child.kill("SIGKILL");
  });

  it("answers over HTTP with its OpenAPI document and the store it owns", async () => {
    const health = await fetch(`${served.url}/api/health`);
    expect(health.status).toBe(200);
    expect(health.headers.get("x-content-type-options")).toBe("nosniff");
    expect(healthSchema.parse(await health.json()).store.reports).toBe(4);
    const doc: unknown = await (await fetch(`${served.url}/api/openapi.json`)).json();
    expect(openApiProblems(doc)).toEqual([]);
    expect((await fetch(`${served.url}/api/actors/menupass`)).status).toBe(200);
  });

  it("makes a CLI write fail naming the server, and releases the store on SIGTERM", async () => {
    const locked = await espial(["ingest", join(ROOT, "samples"), "--db", storeDir()]);
    expect(locked.code).toBe(1);
    expect(locked.stderr).toMatch(/in use by pid \d+ .*espial serve/);
    const exited = new Promise<number | null>((resolve) => served.child.once("exit", resolve));
    served.child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(served.output()).toMatch(/SIGTERM: stopping/);
    expect(existsSync(join(storeDir(), "espial.lock"))).toBe(false);
    expect((await espial(["documents", "--db", storeDir()])).code).toBe(0);
  });
});
