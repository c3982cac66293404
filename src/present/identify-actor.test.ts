import { describe, expect, it } from "vitest";
import { createCatalogue } from "../catalogue/index.ts";
import { readCatalogueFile } from "../catalogue/data-file.ts";
import { identifyActor } from "./identify-actor.ts";

const catalogue = createCatalogue(readCatalogueFile());
/** A store holding reports about these actors (keys), as listActors gives them. */
const storeWith = (...keys: string[]) => ({
  listActors: () => Promise.resolve(keys.map((key) => ({ key, name: catalogue.actor(key)?.name ?? key }))),
});

describe("identifyActor", () => {
  it("finds an actor by any of its names, forgiving case, spacing and a typo", async () => {
    for (const typed of ["stone panda", "APT 10", "apt-10", "POTASSIUM", "ATP10", "attack:G0045"]) {
      expect((await identifyActor(typed, catalogue, storeWith())).name, typed).toBe("APT10");
    }
  });

  it("asks which actor a shared name means, naming every claimant, rather than picking one", async () => {
    const asked = identifyActor("grizzly steppe", catalogue, storeWith());
    await expect(asked).rejects.toMatchObject({ code: "ambiguous" });
    await expect(asked).rejects.toThrow(/claimed by 2 actors: APT28 \(attack:G0007\), APT29 \(attack:G0016\)/);
  });

  it("reads a shared name as the one claimant this store has reports about", async () => {
    expect((await identifyActor("Grizzly Steppe", catalogue, storeWith("attack:G0016"))).name).toBe("APT29");
    await expect(
      identifyActor("Grizzly Steppe", catalogue, storeWith("attack:G0016", "attack:G0007")),
    ).rejects.toMatchObject({ code: "ambiguous" });
  });

  it("says no actor is known by a name no catalogue entry or report gives", async () => {
    await expect(identifyActor("Blue Lagoon Collective", catalogue, storeWith())).rejects.toMatchObject({
      code: "not-found",
    });
  });
});
