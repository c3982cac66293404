// Review end to end: the CLI on the embedded store as an analyst drives it (reject a claim and see the fact
// leave the profile and the STIX export, merge two actors into one profile with both names, reprocess,
// undo), then the HTTP API on a real loopback port with a store-kept token (401 without it, HTTP Basic
// naming the user), watchlist notifications and their webhook.
import { createServer, type IncomingMessage } from "node:http";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, startServer, type RunningServer } from "../src/api/index.ts";
import { actorProfileSchema } from "../src/api/actors/schema.ts";
import {
  decisionListSchema,
  decisionResultSchema,
  notificationListSchema,
  reviewClaimListSchema,
} from "../src/api/review/schema.ts";
import { anyAuthenticator, createStoreAuthenticator } from "../src/api/store-auth.ts";
import { sendDueNotifications } from "../src/cli/commands/webhook-sender.ts";
import { loadKnowledge, openStore, pipelineDeps } from "../src/compose.ts";
import { loadConfig } from "../src/config/index.ts";
import { defaultLimits } from "../src/config/limits.ts";
import type { Store } from "../src/store/store.ts";
import { espial, tempDir } from "./helpers.ts";

const INDICTMENT = `Prosecutors charge hackers over service provider intrusions

WASHINGTON, 3 March 2024 - Federal prosecutors said on Tuesday that APT10, a hacking team run for the Ministry of State Security of China, broke into managed service providers in Japan and Germany.
`;
const PHISHING = `Security firm ties new intrusions to Gothic Panda

BERLIN, 5 March 2024 - Researchers said on Thursday that APT3, also called Gothic Panda, broke into engineering firms in France.
`;
const LATER = `Norwegian agency warns of intrusions

OSLO, 9 March 2024 - The agency said Turla hackers broke into government networks in Norway last year.
`;

let dir = "";
let cleanup: () => Promise<void> = async () => {};
const db = () => ["--db", join(dir, "store")];
const who = ["--user", "ana"];

interface Profile {
  id: string;
  names: { name: string; sources: string[] }[];
  victim_countries: { name: string }[];
}
const profileOf = async (name: string) => {
  const run = await espial(["actor", name, "--json", ...db()]);
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as Profile;
};
const countries = (p: Profile) => p.victim_countries.map((v) => v.name).sort();

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir("espial-review-"));
  await writeFile(join(dir, "indictment.txt"), INDICTMENT);
  await writeFile(join(dir, "phishing.txt"), PHISHING);
});
afterAll(async () => cleanup());

describe("review with the CLI", () => {
  let rejected = 0;
  it("rejects a claim: the fact leaves the profile and the STIX export, and the log says who and why", async () => {
    expect((await espial(["ingest", join(dir, "indictment.txt"), join(dir, "phishing.txt"), ...db()])).code).toBe(0);
    const list = JSON.parse((await espial(["review", "list", "--actor", "Stone Panda", "--json", ...db()])).stdout) as {
      claims: { id: string; predicate: string; object: { name: string }; review: string }[];
    };
    const germany = list.claims.find((c) => c.predicate === "targets" && c.object.name === "Germany");
    expect(germany?.review).toBe("pending");
    expect(countries(await profileOf("APT10"))).toEqual(["Germany", "Japan"]);

    const reject = await espial([
      "review",
      "reject",
      germany?.id ?? "",
      "--why",
      "not in the indictment",
      ...who,
      "--json",
      ...db(),
    ]);
    expect(reject.code).toBe(0);
    rejected = decisionResultSchema.parse(JSON.parse(reject.stdout)).decision.id;
    expect(countries(await profileOf("APT10"))).toEqual(["Japan"]);
    const bundleFile = join(dir, "bundle.json");
    expect((await espial(["export", "--stix", bundleFile, ...db()])).code).toBe(0);
    const bundle = JSON.parse(await readFile(bundleFile, "utf8")) as {
      objects: { type: string; id: string; name?: string; relationship_type?: string; target_ref?: string }[];
    };
    const location = (name: string) => bundle.objects.find((o) => o.type === "location" && o.name === name)?.id;
    const targeted = bundle.objects.filter((o) => o.relationship_type === "targets").map((o) => o.target_ref);
    expect(targeted).toContain(location("Japan"));
    expect(targeted).not.toContain(location("Germany") ?? "none");

    const log = decisionListSchema.parse(JSON.parse((await espial(["decisions", "--json", ...db()])).stdout));
    expect(log.decisions[0]).toMatchObject({ kind: "reject-claim", user: "ana", reason: "not in the indictment" });
  }, 240_000);

  it("merges two actors into one profile with both names, which survives reprocess; undo brings a fact back", async () => {
    const merge = await espial(["merge", "APT10", "Gothic Panda", "--why", "same operators", ...who, ...db()]);
    expect(merge.stdout).toMatch(/APT3 \(attack:G0022\) merged into APT10 \(attack:G0045\)/);
    const merged = await profileOf("gothic panda");
    expect(merged.id).toBe("attack:G0045");
    const names = new Map(merged.names.map((n) => [n.name, n.sources]));
    expect(names.get("Stone Panda")).toBeDefined();
    expect(names.get("Gothic Panda")).toEqual(expect.arrayContaining([expect.stringMatching(/^merged by an analyst/)]));
    expect(countries(merged)).toEqual(["France", "Japan"]);

    expect((await espial(["reprocess", ...db()])).code).toBe(0);
    expect(countries(await profileOf("APT3"))).toEqual(["France", "Japan"]);
    expect(
      (await espial(["review", "undo", String(rejected), "--why", "it is in the annex", ...who, ...db()])).code,
    ).toBe(0);
    expect(countries(await profileOf("APT10"))).toEqual(["France", "Germany", "Japan"]);
    expect((await espial(["review", "reject", "nope", "--why", "x", ...who, ...db()])).code).toBe(1);
  }, 240_000);
});

describe("review over HTTP", () => {
  let store: Store;
  let server: RunningServer;
  let token = "";
  const call = async (path: string, init: RequestInit = {}) => {
    const res = await fetch(`${server.url}${path}`, init);
    return { status: res.status, body: (await res.json().catch(() => null)) as unknown };
  };
  const post = (path: string, body: unknown, auth: string | null = `Bearer ${token}`) =>
    call(path, {
      method: "POST",
      body: JSON.stringify(body),
      headers: { "content-type": "application/json", ...(auth ? { authorization: auth } : {}) },
    });
  beforeAll(async () => {
    const config = loadConfig({ env: {}, flags: { db: join(dir, "store") } });
    store = await openStore(config);
    token = (await store.createToken("bob")).token;
    const app = createApp({
      store,
      pipeline: { ...pipelineDeps(config), catalogue: loadKnowledge(config).catalogue },
      limits: defaultLimits(),
      defaults: config.defaults,
      auth: anyAuthenticator(null, createStoreAuthenticator(store)),
      allowedHosts: null,
      openReads: true,
      clock: () => new Date(),
      log: () => undefined,
    });
    server = await startServer(app, { host: "127.0.0.1", port: 0 });
  }, 120_000);
  afterAll(async () => {
    await server.close();
    await store.close();
  });

  it("lists claims, refuses writes without a token, and records the token's user", async () => {
    const page = reviewClaimListSchema.parse((await call("/api/review/claims?actor=APT10&limit=100")).body);
    const japan = page.claims.find((c) => c.predicate === "targets" && c.object.name === "Japan");
    expect(japan).toBeDefined();
    const id = japan?.id ?? "";
    expect((await post(`/api/review/claims/${id}/reject`, { why: "x" }, null)).status).toBe(401);
    const wrongUser = `Basic ${Buffer.from(`mallory:${token}`).toString("base64")}`;
    expect((await post(`/api/review/claims/${id}/reject`, { why: "x" }, wrongUser)).status).toBe(401);
    const basic = `Basic ${Buffer.from(`bob:${token}`).toString("base64")}`;
    const done = await post(`/api/review/claims/${id}/reject`, { why: "a typo for Taiwan" }, basic);
    expect(done.status).toBe(200);
    const decision = decisionResultSchema.parse(done.body).decision;
    expect(decision).toMatchObject({ user: "bob", kind: "reject-claim" });
    const profile = actorProfileSchema.parse((await call("/api/actors/APT10")).body);
    expect(profile.victim_countries.map((v) => v.name)).not.toContain("Japan");
    expect((await post(`/api/review/decisions/${decision.id}/undo`, { why: "wrong claim" })).status).toBe(200);
    const back = actorProfileSchema.parse((await call("/api/actors/APT10")).body);
    expect(back.victim_countries.map((v) => v.name)).toContain("Japan");
    expect((await post(`/api/review/claims/${id}/edit`, { why: "x", changes: {} })).status).toBe(400);
  });

  it("splits the merged actors again, and a second merge of one group is a conflict", async () => {
    expect((await post("/api/review/merges", { into: "APT10", from: "APT3", why: "again" })).status).toBe(409);
    expect((await post("/api/review/splits", { actor: "APT10", from: "APT3", why: "not the same" })).status).toBe(200);
    const apt3 = actorProfileSchema.parse((await call("/api/actors/Gothic%20Panda")).body);
    expect(apt3.id).toBe("attack:G0022");
    const log = decisionListSchema.parse((await call("/api/review/decisions")).body);
    expect(log.decisions.map((d) => d.kind).slice(0, 3)).toEqual(["split-actors", "undo", "reject-claim"]);
  });

  it("notifies a watcher of a new fact by the API and the webhook, retrying a failed delivery", async () => {
    expect((await call("/api/watches")).status).toBe(401);
    const watch = await post("/api/watches", { kind: "country", entity: "Norway" });
    expect(watch.status).toBe(200);
    const ingest = await call("/api/ingest", {
      method: "POST",
      body: LATER,
      headers: { "content-type": "text/plain", authorization: `Bearer ${token}` },
    });
    expect(ingest.status).toBe(200);
    const found = notificationListSchema.parse(
      (await call("/api/notifications", { headers: { authorization: `Bearer ${token}` } })).body,
    ).notifications;
    expect(found.map((n) => n.summary)).toEqual([expect.stringMatching(/^Turla targets Norway/)]);

    const received: unknown[] = [];
    let fail = true;
    const hook = createServer((req: IncomingMessage, res) => {
      let text = "";
      req.on("data", (chunk: Buffer) => (text += chunk.toString()));
      req.on("end", () => {
        if (!fail) received.push(JSON.parse(text));
        res.writeHead(fail ? 500 : 204).end();
      });
    });
    await new Promise<void>((resolve) => hook.listen(0, "127.0.0.1", resolve));
    const address = hook.address();
    const url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/hook`;
    const logged: string[] = [];
    const options = { url, store, fetch, log: (l: string) => logged.push(l) };
    expect(await sendDueNotifications(options)).toBe(0);
    expect(logged[0]).toMatch(/not delivered \(HTTP 500\); retrying at/);
    fail = false;
    expect(await sendDueNotifications(options)).toBe(0); // not due yet
    expect(await sendDueNotifications({ ...options, clock: () => new Date(Date.now() + 3_600_000) })).toBe(1);
    expect(received).toEqual([
      { type: "espial.notification", notification: expect.objectContaining({ id: found[0]?.id }) as unknown },
    ]);
    await new Promise((resolve) => hook.close(resolve));
  });
});
