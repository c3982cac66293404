import { describe, expect, it } from "vitest";
import { loadConfig } from "./index.ts";

describe("loadConfig", () => {
  it("defaults to the embedded store in .espial", () => {
    const c = loadConfig({ env: {} });
    expect(c.dbPath).toBe(".espial");
    expect(c.databaseUrl).toBeNull();
    expect(Object.isFrozen(c)).toBe(true);
  });

  it("lets the flag win over the environment", () => {
    expect(loadConfig({ env: { ESPIAL_DB: "/a" }, flags: { db: "/b" } }).dbPath).toBe("/b");
    const pg = "postgres://u@127.0.0.1:5432/x";
    expect(loadConfig({ env: { DATABASE_URL: pg } }).databaseUrl).toBe(pg);
    expect(loadConfig({ env: { DATABASE_URL: pg }, flags: { db: "/b" } }).databaseUrl).toBeNull();
  });

  it("names the key at fault", () => {
    expect(() => loadConfig({ env: { DATABASE_URL: "mysql://x" } })).toThrow(/databaseUrl/);
    expect(() => loadConfig({ env: {}, flags: { tlp: "purple" } })).toThrow(/defaults.tlp/);
  });
});
