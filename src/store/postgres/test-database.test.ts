import { describe, expect, it } from "vitest";
import { connectTestServer, findTestServer } from "./test-database.ts";

// Port 1 on loopback: nothing listens there, so the connection is refused at once.
const DEAD = "postgres://postgres@127.0.0.1:1/test";

describe("the PostgreSQL tests' server", () => {
  it("skips with one message when DATABASE_URL is not set, in CI too", async () => {
    const server = await findTestServer({ CI: "true" });
    expect("skip" in server && server.skip).toMatch(/DATABASE_URL is not set/);
  });

  it("skips outside CI when DATABASE_URL does not answer", async () => {
    const server = await findTestServer({ DATABASE_URL: DEAD });
    expect("skip" in server && server.skip).toMatch(/127\.0\.0\.1:1.* did not answer/);
  });

  it("fails in CI when DATABASE_URL is set but does not answer", async () => {
    const server = await findTestServer({ DATABASE_URL: DEAD, CI: "true" });
    expect("fail" in server && server.fail).toMatch(/did not answer.*CI=true/);
    const opener = await connectTestServer(DEAD, { CI: "true" });
    expect(typeof opener).toBe("function");
    if (typeof opener === "function") await expect(opener()).rejects.toThrow(/must run/);
  });

  it("does not treat CI=false as CI", async () => {
    expect(await findTestServer({ DATABASE_URL: DEAD, CI: "false" })).toHaveProperty("skip");
  });
});
