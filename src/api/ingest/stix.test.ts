// POST /api/ingest with a STIX 2.1 bundle, on a real embedded store through app.request(): the bundle is
// imported like `espial ingest bundle.json` and the answer says what it held; a bundle that cannot be imported
// is one clear error and leaves the store as it was.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openApiFixture, type ApiFixture } from "../../../test/api-fixture.ts";
import type { Store } from "../../store/store.ts";
import { createApp, type ApiApp, type ApiDeps } from "../index.ts";
import { errorBodySchema } from "../errors.ts";
import { ingestResponseSchema } from "./schema.ts";

const TOKEN = "stix-ingest-token-4b1d9e7a2c";
const T = "2026-05-04T10:00:00.000Z";
const SET = "intrusion-set--8a1f7c2e-5b3d-4e69-9f0a-1c2d3e4f5a6b";
const REPORT = "report--2b6e0d4c-9a7f-4c1e-8d3b-5f6a7b8c9d0e";
const REL = "relationship--7c3d2e1f-0a9b-4c8d-9e7f-6a5b4c3d2e1f";
const BUNDLE_ID = "bundle--0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0";

/** A bundle we wrote: one intrusion set, a report naming it, and a relationship to a victim sector. */
function bundle(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: "bundle",
    id: BUNDLE_ID,
    objects: [
      {
        type: "intrusion-set",
        spec_version: "2.1",
        id: SET,
        created: T,
        modified: T,
        name: "Quillwort Panda",
        aliases: ["QUILLWORT"],
      },
      {
        type: "report",
        spec_version: "2.1",
        id: REPORT,
        created: T,
        modified: T,
        name: "Quillwort Panda targets shipping registries",
        published: T,
        report_types: ["threat-actor"],
        object_refs: [SET],
      },
      {
        type: "relationship",
        spec_version: "2.1",
        id: REL,
        created: T,
        modified: T,
        relationship_type: "related-to",
        source_ref: SET,
        target_ref: REPORT,
      },
    ],
    ...overrides,
  };
}

let fixture: ApiFixture;
let store: Store;
let deps: ApiDeps;
let app: ApiApp;

async function post(body: string, type = "application/json", token: string | null = TOKEN, target = app) {
  const headers: Record<string, string> = { "content-type": type };
  if (token) headers["authorization"] = `Bearer ${token}`;
  const res = await target.request("/api/ingest", { method: "POST", body, headers });
  return { status: res.status, body: (await res.json()) as unknown };
}

const imported = async () => (await store.listImportedStixObjects()).length;

beforeAll(async () => {
  fixture = await openApiFixture("espial-api-stix-", {
    token: TOKEN,
    allowedHosts: ["127.0.0.1", "localhost"],
    clock: () => new Date(T),
  });
  ({ store, deps } = fixture);
  app = createApp(deps);
}, 120_000);

afterAll(async () => {
  await fixture.close();
});

describe("POST /api/ingest with a STIX bundle", () => {
  it("needs a token, and without one keeps nothing", async () => {
    const answer = await post(JSON.stringify(bundle()), "application/json", null);
    expect(answer.status).toBe(401);
    expect(errorBodySchema.parse(answer.body).error.code).toBe("unauthorized");
    expect(await imported()).toBe(0);
  });

  it("imports the bundle and answers with its counts and ids", async () => {
    const answer = await post(JSON.stringify(bundle()));
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    const body = ingestResponseSchema.parse(answer.body);
    expect(body).toMatchObject({ stored: 1, unchanged: 0, skipped: 0, rejected: 0 });
    expect(body.results).toEqual([expect.objectContaining({ status: "stored", id: BUNDLE_ID })]);
    expect(body.stix).toEqual([
      {
        origin: "api",
        bundle_id: BUNDLE_ID,
        objects: 3,
        added: 3,
        reports: 1,
        actors: 1,
        ids: [SET, REPORT, REL],
        skipped: [],
      },
    ]);
    const kept = await store.listImportedStixObjects();
    expect(kept.map((o) => o["id"]).sort()).toEqual([SET, REPORT, REL].sort());
    expect(kept.find((o) => o["id"] === SET)).toMatchObject({ name: "Quillwort Panda" });
  });

  it("says a bundle sent again is unchanged, as application/stix+json too", async () => {
    const answer = await post(JSON.stringify(bundle()), "application/stix+json;version=2.1");
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    const body = ingestResponseSchema.parse(answer.body);
    expect(body).toMatchObject({ stored: 0, unchanged: 1 });
    expect(body.stix?.[0]).toMatchObject({ objects: 3, added: 0 });
    expect(await imported()).toBe(3);
  });

  it("keeps a new version of an object beside the old one", async () => {
    const later = "2026-06-01T00:00:00.000Z";
    const objects = (bundle()["objects"] as Record<string, unknown>[]).map((o) =>
      o["id"] === SET ? { ...o, modified: later, aliases: ["QUILLWORT", "Team Sedge"] } : o,
    );
    const body = ingestResponseSchema.parse((await post(JSON.stringify(bundle({ objects })))).body);
    expect(body).toMatchObject({ stored: 1 });
    expect(body.stix?.[0]).toMatchObject({ objects: 3, added: 1 });
  });

  it("refuses what is not a STIX bundle with one 422 and keeps nothing", async () => {
    const before = await imported();
    const objects = [
      {
        type: "intrusion-set",
        spec_version: "2.1",
        id: `intrusion-set--${"1".repeat(8)}-1111-4111-8111-${"1".repeat(12)}`,
        created: T,
        modified: T,
        name: "Never Kept",
      },
    ];
    const answer = await post(JSON.stringify(bundle({ id: "bundle-without-uuid", objects })));
    expect(answer.status).toBe(422);
    const { error } = errorBodySchema.parse(answer.body);
    expect(error.code).toBe("malformed");
    expect(error.message).toMatch(/not a STIX bundle/);
    expect(await imported()).toBe(before);
  });

  it("refuses a bundle whose objects is not an array, or JSON that does not parse", async () => {
    const notArray = await post(JSON.stringify(bundle({ objects: { a: 1 } })));
    expect(notArray.status).toBe(400);
    expect(errorBodySchema.parse(notArray.body).error.code).toBe("bad-usage");
    const broken = await post('{"type":"bundle","objects":[');
    expect(broken.status).toBe(422);
    expect(errorBodySchema.parse(broken.body).error.code).toBe("malformed");
  });

  it("refuses a bundle over maxStixObjects or maxJsonDepth with 413, keeping none of it", async () => {
    const before = await imported();
    const small = createApp({ ...deps, limits: { ...deps.limits, maxStixObjects: 2, maxJsonDepth: 6 } });
    const fresh = (n: number) => ({ ...(bundle()["objects"] as object[])[0], id: SET.replace("8a1f", `${n}a1f`) });
    const many = await post(
      JSON.stringify(bundle({ objects: [fresh(1), fresh(2), fresh(3)] })),
      "application/json",
      TOKEN,
      small,
    );
    expect(many.status).toBe(413);
    expect(errorBodySchema.parse(many.body).error).toMatchObject({ code: "too-large" });
    expect(errorBodySchema.parse(many.body).error.message).toMatch(/maxStixObjects/);
    const deep = await post(
      JSON.stringify(bundle({ objects: [{ ...fresh(4), x: { a: { b: { c: { d: 1 } } } } }] })),
      "application/json",
      TOKEN,
      small,
    );
    expect(deep.status).toBe(413);
    expect(errorBodySchema.parse(deep.body).error.message).toMatch(/maxJsonDepth/);
    expect(await imported()).toBe(before);
  });

  it("imports a bundle sent as text/plain the same way", async () => {
    const id = "bundle--1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";
    const objects = [{ ...(bundle()["objects"] as object[])[0], id: SET.replace("8a1f", "9b2e") }];
    const body = ingestResponseSchema.parse((await post(JSON.stringify(bundle({ id, objects })), "text/plain")).body);
    expect(body.stix).toEqual([expect.objectContaining({ bundle_id: id, objects: 1, added: 1, actors: 1 })]);
  });
});
