// The TAXII 2.1 server against the specification, section by section, over real HTTP on a loopback port with
// plain fetch: discovery (§4.1), API root (§4.2), collections (§5.1, §5.2), objects with paging and filters
// (§3.4, §3.5, §5.3), manifest (§5.5), one object (§5.6), versions (§5.8), POST and status (§5.4, §4.3), the
// media type on every answer (§1.6.8), errors as error messages (§3.6.1), and 401/403 where due.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../../../test/helpers.ts";
import { openApiFixture, type ApiFixture } from "../../../test/api-fixture.ts";
import { defaultLimits } from "../../config/limits.ts";
import { checkStixBundle, type StixObject } from "../../stix/index.ts";
import type { Store } from "../../store/store.ts";
import { createApp, startServer, type ApiDeps, type RunningServer } from "../index.ts";

const TOKEN = "taxii-test-token-1f2e3d4c5b6a";
const MEDIA = "application/taxii+json;version=2.1";
const ACCEPT = { accept: MEDIA };
const ALL = "/taxii2/espial/collections/all";

let fixture: ApiFixture;
let store: Store;
let server: RunningServer;
let deps: ApiDeps;

interface Answer {
  readonly status: number;
  readonly headers: Headers;
  readonly body: Record<string, unknown>;
}

async function taxii(path: string, init: RequestInit = {}): Promise<Answer> {
  const res = await fetch(`${server.url}${path}`, { ...init, headers: { ...ACCEPT, ...(init.headers as object) } });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

const objectsOf = (a: Answer) => (a.body["objects"] ?? []) as Record<string, unknown>[];

/** Asserts a TAXII error message of this status, in the TAXII media type. */
function expectTaxiiError(a: Answer, status: number): void {
  expect(a.status).toBe(status);
  expect(a.headers.get("content-type")).toBe(MEDIA);
  expect(a.body["http_status"]).toBe(String(status));
  expect(typeof a.body["title"]).toBe("string");
}

const RFC3339_MICRO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

beforeAll(async () => {
  fixture = await openApiFixture("espial-taxii-", {
    token: TOKEN,
    allowedHosts: ["127.0.0.1", "localhost"],
    clock: () => new Date(),
  });
  ({ store, deps } = fixture);
  server = await startServer(createApp(deps), { host: "127.0.0.1", port: 0 });
  for (const name of ["01-apt10-indictment-wire.txt", "03-apt28-eu-sanctions.txt"]) {
    const res = await fetch(`${server.url}/api/ingest`, {
      method: "POST",
      headers: { "content-type": "text/plain; charset=utf-8", authorization: `Bearer ${TOKEN}` },
      body: await readFile(join(ROOT, "samples", name), "utf8"),
    });
    expect(res.status).toBe(200);
  }
}, 120_000);

afterAll(async () => {
  await server.close();
  await fixture.close();
});

describe("TAXII 2.1 walk: discovery → API root → collections → objects → manifest → object → versions", () => {
  it("§4.1 discovery names the API root, in the TAXII media type", async () => {
    const a = await taxii("/taxii2/");
    expect(a.status).toBe(200);
    expect(a.headers.get("content-type")).toBe(MEDIA);
    expect(a.body["default"]).toBe(`${server.url}/taxii2/espial/`);
    expect(typeof a.body["title"]).toBe("string");
    expect(a.body["api_roots"]).toEqual([`${server.url}/taxii2/espial/`]);
  });

  it("§4.2 the API root gives its versions and max_content_length", async () => {
    const a = await taxii("/taxii2/espial/");
    expect(a.body).toMatchObject({ versions: [MEDIA], max_content_length: defaultLimits().maxReportBytes });
  });

  it("§5.1 lists the collections: all knowledge, one per TLP ceiling, the writable inbox", async () => {
    const a = await taxii("/taxii2/espial/collections/");
    const collections = a.body["collections"] as Record<string, unknown>[];
    expect(collections.map((c) => c["alias"])).toEqual([
      "all",
      "tlp-clear",
      "tlp-green",
      "tlp-amber",
      "tlp-amber-strict",
      "inbox",
    ]);
    for (const c of collections) expect(c["id"]).toMatch(/^[0-9a-f-]{36}$/);
    expect(collections.filter((c) => c["can_write"]).map((c) => c["alias"])).toEqual(["inbox"]);
    const one = await taxii(`/taxii2/espial/collections/${String(collections[0]?.["id"])}/`);
    expect(one.body).toMatchObject({ title: "Espial: all knowledge", can_read: true, can_write: false });
  });

  it("§3.4 pages with limit and next: every object once, in date_added order, with the date headers", async () => {
    const whole = await taxii(`${ALL}/objects/?limit=1000`);
    const total = objectsOf(whole).length;
    expect(total).toBeGreaterThan(10);
    const seen: string[] = [];
    let next: string | undefined;
    let previousLast = "";
    for (let pages = 0; pages < 100; pages++) {
      const a = await taxii(`${ALL}/objects/?limit=7${next ? `&next=${encodeURIComponent(next)}` : ""}`);
      expect(a.status).toBe(200);
      const first = a.headers.get("x-taxii-date-added-first") ?? "";
      const last = a.headers.get("x-taxii-date-added-last") ?? "";
      expect(first).toMatch(RFC3339_MICRO);
      expect(last).toMatch(RFC3339_MICRO);
      expect(first > previousLast).toBe(true);
      previousLast = last;
      seen.push(...objectsOf(a).map((o) => String(o["id"])));
      if (!a.body["more"]) {
        expect(a.body["next"]).toBeUndefined();
        break;
      }
      next = String(a.body["next"]);
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  it("§3.4 next combines with added_after (what a client polling from its last header does)", async () => {
    const all = await taxii(`${ALL}/manifest/?limit=1000`);
    const records = objectsOf(all);
    const pivot = String(records[4]?.["date_added"]);
    const after = records.slice(5).map((r) => r["id"]);
    const first = await taxii(`${ALL}/objects/?added_after=${pivot}&limit=3`);
    expect(objectsOf(first).map((o) => o["id"])).toEqual(after.slice(0, 3));
    const second = await taxii(
      `${ALL}/objects/?added_after=${pivot}&limit=1000&next=${encodeURIComponent(String(first.body["next"]))}`,
    );
    expect(objectsOf(second).map((o) => o["id"])).toEqual(after.slice(3));
    // Polling with the last page's X-TAXII-Date-Added-Last as added_after gives nothing new.
    const again = await taxii(`${ALL}/objects/?added_after=${second.headers.get("x-taxii-date-added-last") ?? ""}`);
    expect(again.body).toEqual({ more: false });
    expect(again.headers.get("x-taxii-date-added-first")).toBeNull();
  });

  it("§3.5 filters by match[type], match[id], match[spec_version]", async () => {
    const sets = await taxii(`${ALL}/objects/?match[type]=intrusion-set,report`);
    const types = new Set(objectsOf(sets).map((o) => o["type"]));
    expect([...types].sort()).toEqual(["intrusion-set", "report"]);
    const apt28 = objectsOf(sets).find((o) => o["name"] === "APT28");
    const byId = await taxii(`${ALL}/objects/?match[id]=${String(apt28?.["id"])}`);
    expect(objectsOf(byId)).toEqual([apt28]);
    expect(objectsOf(await taxii(`${ALL}/objects/?match[spec_version]=2.0`))).toEqual([]);
    expect(objectsOf(await taxii(`${ALL}/objects/?match[spec_version]=2.1&limit=1`))).toHaveLength(1);
  });

  it("§5.5 the manifest gives id, date_added, version and media type of the same selection", async () => {
    const a = await taxii(`${ALL}/manifest/?match[type]=intrusion-set`);
    const records = objectsOf(a);
    expect(records.length).toBeGreaterThan(0);
    for (const r of records) {
      expect(r).toMatchObject({ media_type: "application/stix+json;version=2.1" });
      expect(String(r["date_added"])).toMatch(RFC3339_MICRO);
    }
    const objects = objectsOf(await taxii(`${ALL}/objects/?match[type]=intrusion-set`));
    expect(records.map((r) => [r["id"], r["version"]])).toEqual(objects.map((o) => [o["id"], o["modified"]]));
  });

  it("§5.6, §5.8 one object and its versions; 404 for an unknown one", async () => {
    const report = objectsOf(await taxii(`${ALL}/objects/?match[type]=report&limit=1`))[0];
    const id = String(report?.["id"]);
    const one = await taxii(`${ALL}/objects/${id}/`);
    expect(objectsOf(one)).toEqual([report]);
    expect(one.headers.get("x-taxii-date-added-first")).toMatch(RFC3339_MICRO);
    const versions = await taxii(`${ALL}/objects/${id}/versions/`);
    expect(versions.body).toMatchObject({ more: false, versions: [report?.["modified"]] });
    expectTaxiiError(await taxii(`${ALL}/objects/report--00000000-0000-4000-8000-000000000000/`), 404);
  });

  it("§5.3 a TLP collection serves only what is marked at or below its level", async () => {
    const clear = objectsOf(await taxii("/taxii2/espial/collections/tlp-clear/objects/?limit=1000"));
    expect(clear.length).toBeGreaterThan(0);
    const markings = new Set(clear.flatMap((o) => (o["object_marking_refs"] ?? []) as string[]));
    expect([...markings]).toEqual(["marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487"]);
  });
});

describe("TAXII media types and errors (what clients trip on)", () => {
  it("accepts Accept with or without the version, and a wildcard; 406 for anything else, as a TAXII error", async () => {
    for (const accept of ["application/taxii+json", MEDIA, "application/taxii+json; version=2.1", "*/*"]) {
      expect((await taxii("/taxii2/", { headers: { accept } })).status).toBe(200);
    }
    for (const accept of ["application/json", "application/taxii+json;version=2.0", "text/html"]) {
      expectTaxiiError(await taxii("/taxii2/", { headers: { accept } }), 406);
    }
  });

  it("400 for added_after, match[version] or limit that are not valid, naming the parameter", async () => {
    for (const bad of [
      "added_after=2026-11-23",
      "added_after=Mon,%2023%20Nov%202026%2019:00:00%20GMT",
      "added_after=2026-11-23T19:00:00",
    ]) {
      const a = await taxii(`${ALL}/objects/?${bad}`);
      expectTaxiiError(a, 400);
      expect(a.body["description"]).toContain("RFC 3339");
    }
    expectTaxiiError(await taxii(`${ALL}/objects/?match[version]=newest`), 400);
    expectTaxiiError(await taxii(`${ALL}/objects/?limit=0`), 400);
    expectTaxiiError(await taxii(`${ALL}/objects/?next=not-a-cursor`), 400);
  });

  it("404 for an unknown collection or path, in the TAXII media type", async () => {
    expectTaxiiError(await taxii("/taxii2/espial/collections/nope/objects/"), 404);
    expectTaxiiError(await taxii("/taxii2/elsewhere/"), 404);
  });

  it("POST: 401 without credentials, 403 to a read-only collection, 415 for a wrong Content-Type", async () => {
    const envelope = JSON.stringify({ objects: [] });
    const anonymous = await taxii("/taxii2/espial/collections/inbox/objects/", {
      method: "POST",
      headers: { "content-type": MEDIA },
      body: envelope,
    });
    expectTaxiiError(anonymous, 401);
    expect(anonymous.headers.get("www-authenticate")).toContain("Basic");
    const wrongToken = await taxii("/taxii2/espial/collections/inbox/objects/", {
      method: "POST",
      headers: { "content-type": MEDIA, authorization: "Bearer not-the-token-at-all-0000" },
      body: envelope,
    });
    expectTaxiiError(wrongToken, 401);
    const readOnly = await taxii(`${ALL}/objects/`, {
      method: "POST",
      headers: { "content-type": MEDIA, authorization: `Bearer ${TOKEN}` },
      body: envelope,
    });
    expectTaxiiError(readOnly, 403);
    for (const type of [
      "application/json",
      "application/stix+json;version=2.1",
      "application/taxii+json;version=2.0",
    ]) {
      const a = await taxii("/taxii2/espial/collections/inbox/objects/", {
        method: "POST",
        headers: { "content-type": type, authorization: `Bearer ${TOKEN}` },
        body: envelope,
      });
      expectTaxiiError(a, 415);
    }
  });
});

describe("TAXII POST, status and versions reaching pollers", () => {
  const foreign = {
    type: "intrusion-set",
    spec_version: "2.1",
    id: "intrusion-set--0b1c5a2e-3f4d-4e5f-8a9b-1c2d3e4f5a6b",
    created: "2025-05-01T10:00:00.000Z",
    modified: "2025-05-01T10:00:00.000Z",
    name: "Cozy Bear",
    aliases: ["The Dukes"],
    external_references: [{ source_name: "mitre-attack", external_id: "G0016" }],
  };
  const report = {
    type: "report",
    spec_version: "2.1",
    id: "report--7d6c5b4a-3e2f-4a1b-9c8d-7e6f5a4b3c2d",
    created: "2025-05-02T08:00:00.000Z",
    modified: "2025-05-02T08:00:00.000Z",
    name: "A partner's note on a diplomatic phishing wave",
    published: "2025-05-02T08:00:00.000Z",
    object_refs: [foreign.id],
  };

  it("§5.4 POST an envelope with Basic auth: 202 and a status; bad objects are failures; read back by id", async () => {
    const basic = Buffer.from(`analyst:${TOKEN}`).toString("base64");
    const posted = await taxii("/taxii2/espial/collections/inbox/objects/", {
      method: "POST",
      headers: { "content-type": MEDIA, authorization: `Basic ${basic}` },
      body: JSON.stringify({ objects: [foreign, report, { type: "indicator", id: "not-an-id" }] }),
    });
    expect(posted.status).toBe(202);
    expect(posted.headers.get("content-type")).toBe(MEDIA);
    expect(posted.body).toMatchObject({
      status: "complete",
      total_count: 3,
      success_count: 2,
      failure_count: 1,
      pending_count: 0,
    });
    expect((posted.body["failures"] as { id: string }[])[0]?.id).toBe("not-an-id");
    const status = await taxii(`/taxii2/espial/status/${String(posted.body["id"])}/`);
    expect(status.body).toEqual(posted.body);
    const back = await taxii(`/taxii2/espial/collections/inbox/objects/${foreign.id}/`);
    expect(objectsOf(back)).toEqual([foreign]);
  });

  it("merges POSTed objects into Espial's knowledge: the report and its actor (by ATT&CK id) reach the all collection", async () => {
    const reports = objectsOf(await taxii(`${ALL}/objects/?match[type]=report&limit=1000`));
    const partner = reports.find((r) => r["name"] === report.name);
    expect(partner).toBeDefined();
    const sets = objectsOf(await taxii(`${ALL}/objects/?match[type]=intrusion-set&limit=1000`));
    const apt29 = sets.find((s) =>
      (s["external_references"] as { external_id?: string }[]).some((r) => r.external_id === "G0016"),
    );
    expect(apt29?.["name"]).toBe("APT29");
    expect(partner?.["object_refs"]).toContain(apt29?.["id"]);
  });

  it("a changed object reaches pollers as a new version with the same created and a later modified", async () => {
    const before = await taxii(`${ALL}/manifest/?limit=1000`);
    const old = objectsOf(await taxii(`${ALL}/objects/?match[type]=report&limit=1000`)).find(
      (r) => r["name"] === report.name,
    );
    const revised = { ...report, modified: "2025-05-03T08:00:00.000Z", name: "A partner's note, revised" };
    const posted = await taxii("/taxii2/espial/collections/inbox/objects/", {
      method: "POST",
      headers: { "content-type": MEDIA, authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ objects: [revised] }),
    });
    expect(posted.status).toBe(202);
    const since = before.headers.get("x-taxii-date-added-last") ?? "";
    const news = objectsOf(await taxii(`${ALL}/objects/?added_after=${since}&match[type]=report`));
    expect(news).toHaveLength(1);
    expect(news[0]).toMatchObject({ id: old?.["id"], name: revised.name, created: old?.["created"] });
    expect(String(news[0]?.["modified"]) > String(old?.["modified"])).toBe(true);
    const versions = await taxii(`${ALL}/objects/${String(old?.["id"])}/versions/`);
    expect(versions.body["versions"]).toEqual([old?.["modified"], news[0]?.["modified"]]);
  });

  it("a removed document reaches pollers as revocations, with both versions listed", async () => {
    const before = await taxii(`${ALL}/manifest/?limit=1000`);
    const since = before.headers.get("x-taxii-date-added-last") ?? "";
    const apt28Report = objectsOf(await taxii(`${ALL}/objects/?match[type]=report&limit=1000`)).find((r) =>
      String(r["name"]).toLowerCase().includes("sanction"),
    );
    expect(apt28Report).toBeDefined();
    const documentId = (apt28Report?.["external_references"] as { source_name: string; external_id?: string }[])
      .find((r) => r.source_name === "espial")
      ?.external_id?.replace(/^report:/, "");
    expect(await store.removeDocument(String(documentId))).not.toBeNull();
    const news = await taxii(`${ALL}/objects/?added_after=${since}&limit=1000`);
    const revoked = objectsOf(news).filter((o) => o["revoked"] === true);
    expect(revoked.map((o) => o["id"])).toContain(apt28Report?.["id"]);
    const versions = await taxii(`${ALL}/objects/${String(apt28Report?.["id"])}/versions/`);
    expect(versions.body["versions"]).toHaveLength(2);
    const first = await taxii(`${ALL}/objects/${String(apt28Report?.["id"])}/?match[version]=first`);
    expect(objectsOf(first)).toEqual([apt28Report]);
    const all = await taxii(`${ALL}/objects/${String(apt28Report?.["id"])}/?match[version]=all`);
    expect(objectsOf(all).map((o) => o["revoked"] ?? false)).toEqual([false, true]);
    // What a poller holds now (the last version of everything not revoked) is a sound bundle: every reference resolves.
    const current = objectsOf(await taxii(`${ALL}/objects/?limit=1000`)).filter((o) => o["revoked"] !== true);
    expect(
      checkStixBundle({
        type: "bundle",
        id: "bundle--5f0c3d2e-1a2b-4c3d-8e4f-5a6b7c8d9e0f",
        objects: current as StixObject[],
      }),
    ).toEqual([]);
    // Nothing changed since: a poll adds no version.
    const quiet = await taxii(`${ALL}/objects/?added_after=${news.headers.get("x-taxii-date-added-last") ?? ""}`);
    expect(quiet.body).toEqual({ more: false });
  });
});

describe("TAXII access off loopback", () => {
  it("reads need credentials (401 as a TAXII error), Bearer or Basic; a server without tokens refuses writes (403)", async () => {
    const open = createApp({ ...deps, allowedHosts: null });
    const res = await open.request("/taxii2/", { headers: ACCEPT });
    expect(res.status).toBe(401);
    expect(res.headers.get("content-type")).toBe(MEDIA);
    expect(((await res.json()) as { http_status: string }).http_status).toBe("401");
    const bearer = await open.request("/taxii2/", { headers: { ...ACCEPT, authorization: `Bearer ${TOKEN}` } });
    expect(bearer.status).toBe(200);
    const basic = Buffer.from(`x:${TOKEN}`).toString("base64");
    expect((await open.request("/taxii2/", { headers: { ...ACCEPT, authorization: `Basic ${basic}` } })).status).toBe(
      200,
    );
    const noWrites = createApp({ ...deps, auth: null });
    const post = await noWrites.request("/taxii2/espial/collections/inbox/objects/", {
      method: "POST",
      headers: { ...ACCEPT, "content-type": MEDIA },
      body: "{}",
    });
    expect(post.status).toBe(403);
    expect(post.headers.get("content-type")).toBe(MEDIA);
  });
});
