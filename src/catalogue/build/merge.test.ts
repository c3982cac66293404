import { describe, expect, it } from "vitest";
import { buildCatalogue, formatCatalogue, parseCatalogueSources } from "./index.ts";
import { parseCatalogueFile } from "../schema.ts";
import { TINY_ATTACK, TINY_MISP } from "./fixtures/tiny-sources.ts";

const build = () =>
  buildCatalogue(
    parseCatalogueSources({ misp: TINY_MISP, attack: TINY_ATTACK, attackMeta: { attack_version: "99.1" } }),
  );
const actor = (key: string) => build().actors.find((a) => a.key === key)!;

describe("buildCatalogue", () => {
  it("makes one actor per MISP entry and one per ATT&CK group no entry holds", () => {
    const keys = build().actors.map((a) => a.key);
    expect(keys).toEqual([
      "attack:G9001",
      "attack:G9003",
      "attack:G9004",
      "misp:33333333-3333-4333-8333-333333333333",
      "misp:44444444-4444-4444-8444-444444444444",
    ]);
  });

  it("links a MISP entry to its ATT&CK group and keys it by the G-number", () => {
    const a = actor("attack:G9001");
    expect(a.misp).toBe("11111111-1111-4111-8111-111111111111");
    expect(a.attack).toEqual(["G9001"]);
    expect(a.name).toBe("APT99"); // MISP's value is the display name
    expect(a.country).toBe("CN");
    expect(a.sponsor).toBe("China");
  });

  it("keeps where every name came from, with the vendor that coined it", () => {
    const names = Object.fromEntries(actor("attack:G9001").names.map((n) => [n.name, n]));
    expect(names["APT99"]).toEqual({ name: "APT99", from: ["attack:G9001", "misp"] });
    expect(names["BRONZE HOLLOW"]).toEqual({ name: "BRONZE HOLLOW", from: ["misp"], vendor: "Secureworks" });
    // Equal ignoring case: one name, the mixed-case spelling shown, both sources kept.
    expect(names["Wobbly Panda"]?.from).toEqual(["attack:G9001", "misp"]);
    expect(names["WOBBLY PANDA"]).toBeUndefined();
  });

  it("points a revoked group's names to its successor", () => {
    const a = actor("attack:G9001");
    expect(a.attackRevoked).toEqual(["G9002"]);
    expect(a.names.find((n) => n.name === "Former Alias")?.from).toEqual(["attack:G9002"]);
  });

  it("keeps a name two actors claim on both, never merging them", () => {
    const file = build();
    const claimants = file.actors.filter((a) => a.names.some((n) => n.name === "Shared Name")).map((a) => a.key);
    expect(claimants).toHaveLength(2);
  });

  it("records disputed overlaps as possibly-the-same links, both ways, ignoring 'uses'", () => {
    const crew = actor("attack:G9003");
    expect(crew.possiblySameAs).toEqual([{ key: "attack:G9001", via: "misp:similar" }]);
    expect(actor("attack:G9001").possiblySameAs).toEqual([
      { key: "attack:G9003", via: "misp:similar" },
      { key: "misp:44444444-4444-4444-8444-444444444444", via: "attack-revoked" },
    ]);
  });

  it("links an entry named like a revoked ATT&CK group to the group it was revoked into, without merging", () => {
    const old = actor("misp:44444444-4444-4444-8444-444444444444");
    expect(old.attack).toEqual([]);
    expect(old.possiblySameAs).toEqual([{ key: "attack:G9001", via: "attack-revoked" }]);
  });

  it("gives a group a MISP entry lists by G-number to that entry, and flags deprecated groups it does not hold", () => {
    const crew = actor("attack:G9003");
    expect(crew.misp).toBe("22222222-2222-4222-8222-222222222222");
    expect(crew.name).toBe("Other Crew");
    expect(crew.sponsor).toBeNull(); // "Unknown" is no sponsor
    expect(actor("attack:G9004").misp).toBeNull();
  });

  it("keeps ATT&CK software apart, revoked entries folded into their successors", () => {
    expect(build().software).toEqual([
      { id: "S9001", type: "malware", name: "WobbleRAT", aliases: ["Wobbler", "OldTool"] },
    ]);
  });

  it("formats deterministically, one actor per line, and the result passes its own schema", () => {
    const a = formatCatalogue(build());
    const b = formatCatalogue(build());
    expect(a).toBe(b);
    expect(a.endsWith("]}\n")).toBe(true);
    expect(a.split("\n").filter((l) => l.startsWith('{"key"'))).toHaveLength(5);
    expect(parseCatalogueFile(JSON.parse(a)).sources.attack.version).toBe("99.1");
  });
});
